using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// A report saved under another name or folder, and an image the case study names that is not there, are
/// answered with the exact path to use (found by the held-out trial of issue 15: the generic example before).
/// </summary>
public sealed class PlacementHintTests
{
    private static string OnlyError(RunResult result)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Errors.Count == 1, result.Stderr);
        return result.Errors[0];
    }

    private static TempSite WithReport(string rel) =>
        new TempSite("minimal-site").Write(rel, File.ReadAllText(Fixtures.Path("minimal-site/input/reports/alpha/2023-24.md")))
            .Delete("input/reports/alpha/2023-24.md");

    [Theory]
    [InlineData("input/reports/alpha/2023-2024.md", "the file name '2023-2024.md' must be written 2023-24.md. Rename it to input/reports/alpha/2023-24.md")]
    [InlineData("input/reports/alpha/2023_24.md", "the file name '2023_24.md' must be written 2023-24.md. Rename it to input/reports/alpha/2023-24.md")]
    [InlineData("input/reports/Alpha Reports/2023-24.md", "the folder 'Alpha Reports' must be the system's id, in lower case with hyphens, e.g. 'alpha'. Rename it to input/reports/alpha/2023-24.md")]
    [InlineData("input/reports/2023-24.md", "is not in a system's folder; move it to input/reports/<system id>/2023-24.md")]
    [InlineData("input/reports/alpha/2024.md", "must be the financial year: 2023-24.md or 2024-25.md")]
    public void AReportSavedUnderAnotherNameOrFolder_IsAnsweredWithThePathToUse(string rel, string fix)
    {
        using var site = WithReport(rel);
        var error = OnlyError(site.Run("validate"));
        Assert.StartsWith($"{rel}(1,1): error SR0303: ", error, StringComparison.Ordinal);
        Assert.Contains(fix, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImageNamedWithOtherCapitals_SaysCapitalsCount_AndTheNameToWrite()
    {
        using var site = new TempSite("minimal-site").WriteBytes("input/images/team.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);
        site.Write("data/case-studies/alpha-jobs.yml", site.Read("data/case-studies/alpha-jobs.yml") + "image:\n  src: input/images/Team.JPG\n  alt: Our team\n");
        var error = OnlyError(site.Run("validate"));
        Assert.StartsWith("data/case-studies/alpha-jobs.yml(16,8): error SR0", error, StringComparison.Ordinal);
        Assert.Contains("there is no file 'input/images/Team.JPG'", error, StringComparison.Ordinal);
        Assert.Contains("capital letters count", error, StringComparison.Ordinal);
        Assert.Contains("write src: input/images/team.jpg", error, StringComparison.Ordinal);
        Assert.DoesNotContain("SR0010", site.Run("validate").Stderr, StringComparison.Ordinal); // not also "unused": the error says which file it meant
    }

    [Fact]
    public void AnImageThatIsNotThere_SaysSo_WithoutSuggestingThePathItAlreadyHas()
    {
        using var site = new TempSite("minimal-site");
        site.Write("data/case-studies/alpha-jobs.yml", site.Read("data/case-studies/alpha-jobs.yml") + "image:\n  src: input/images/photo.jpg\n  alt: Our team\n");
        var error = OnlyError(site.Run("validate"));
        Assert.Contains("there is no file 'input/images/photo.jpg': put the image there, or correct the name in src.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("e.g. input/images/photo.jpg", error, StringComparison.Ordinal);
    }
}
