using StatiqReport.Cli;

namespace StatiqReport.Tests.Cli;

/// <summary>The commands we print for people to type next must work as printed, on each platform.</summary>
public sealed class InvocationTests
{
    [Theory]
    [InlineData(@"C:\Users\sam\Documents\statiqreport-1.0.0-win-x64\statiqreport.exe", @"C:\Windows;C:\Users\sam\Documents\statiqreport-1.0.0-win-x64\", true, "statiqreport")]
    [InlineData(@"C:\Users\sam\Documents\statiqreport-1.0.0-win-x64\statiqreport.exe", @"C:\Windows", true, @"C:\Users\sam\Documents\statiqreport-1.0.0-win-x64\statiqreport.exe")]
    [InlineData(@"C:\Users\Sam Jones\Documents\sr\statiqreport.exe", @"C:\Windows", true, @"& ""C:\Users\Sam Jones\Documents\sr\statiqreport.exe""")]
    [InlineData("/Users/sam/statiqreport-1.0.0-osx-arm64/statiqreport", "/usr/bin:/Users/sam/statiqreport-1.0.0-osx-arm64", false, "statiqreport")]
    [InlineData("/opt/sr/statiqreport", "/usr/bin", false, "/opt/sr/statiqreport")]
    [InlineData("/home/sam/My Tools/statiqreport", "/usr/bin", false, "\"/home/sam/My Tools/statiqreport\"")]
    public void Describe_TheReleasedProgram_ByNameOnPath_ElseByItsPath(string process, string path, bool windows, string expected) =>
        Assert.Equal(expected, Invocation.Describe(process, "/unused/", path, windows));

    [Fact]
    public void Describe_UnderDotnet_IsTheDeveloperRoute()
    {
        var command = Invocation.Describe("/usr/share/dotnet/dotnet", AppContext.BaseDirectory, "/usr/bin", windows: false);
        Assert.StartsWith("dotnet run --project ", command, StringComparison.Ordinal);
        Assert.EndsWith("StatiqReport.csproj --", command, StringComparison.Ordinal);
    }
}
