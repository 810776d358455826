using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Help_ExplainsTheCommands()
    {
        using var site = new TempSite();
        var r = site.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("build", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("--base-url", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsUsageError2()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(2, site.Run("build", "--outptu", "x").ExitCode);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("data")]
    [InlineData("input/out")]
    [InlineData("theme")]
    [InlineData("..")]
    public void Build_OutputOverlappingContent_IsRefusedWith2(string output)
    {
        using var site = new TempSite("minimal-site");
        var before = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count();
        var r = site.Run("build", "--output", Path.GetFullPath(Path.Combine(site.Root, output)));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(before, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Build_IntoForeignNonEmptyFolder_IsRefused()
    {
        using var site = new TempSite("minimal-site");
        site.Write("elsewhere/precious.txt", "keep me");
        Assert.Equal(2, site.Run("build", "--output", site.Path_("elsewhere")).ExitCode);
        Assert.Equal("keep me", site.Read("elsewhere/precious.txt"));
    }

    [Fact]
    public void Validate_WritesNothing()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("validate").ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }
}

public sealed class ReadmeTests
{
    [Fact]
    public void Readme_ListsEveryErrorCode()
    {
        var readme = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "README.md"));
        foreach (var code in StatiqReport.Diagnostics.ErrorCodes.All)
            Assert.Contains($"| {code.Id} | {code.Title} |", readme, StringComparison.Ordinal);
    }
}

/// <summary>`new case-study` and `new report` on the command line (their files are tested in tests/Starter).</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void NewCaseStudy_WritesAFileThatValidatesOnceItsStarterTextIsReplaced()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "case-study", "alpha", "alpha-new-hub").ExitCode);
        Assert.Contains("system: alpha", site.Read("data/case-studies/alpha-new-hub.yml"), StringComparison.Ordinal);
        Assert.Equal(1, site.Run("validate").ExitCode); // unedited, it is starter text
        site.Write("data/case-studies/alpha-new-hub.yml", Starter.StarterEdits.FillIn(site.Read("data/case-studies/alpha-new-hub.yml")));
        var r = site.Run("validate");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(2, site.Run("new", "case-study", "alpha", "alpha-new-hub").ExitCode); // never overwrites
    }

    [Fact]
    public void NewReport_WritesAFileThatValidatesOnceItsStarterTextIsReplaced()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "report", "alpha", "2024-25").ExitCode);
        Assert.Equal(1, site.Run("validate").ExitCode);
        site.Write("input/reports/alpha/2024-25.md", Starter.StarterEdits.FillIn(site.Read("input/reports/alpha/2024-25.md")));
        var r = site.Run("validate");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(2, site.Run("new", "report", "alpha", "2024/25").ExitCode);
        Assert.Equal(2, site.Run("new", "report", "nobody", "2024-25").ExitCode);
    }
}
