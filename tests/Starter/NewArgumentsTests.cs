using StatiqReport.Cli;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Starter;

/// <summary>
/// `new case-study` and `new report` take their words the ways people give them: the system left out on a
/// one-system site, given with --system (as `new site` takes it), after the id, or by its full name; run from
/// any folder inside the site. Words that cannot be used are answered in plain words, and nothing is written.
/// </summary>
[Collection("working directory")]
public sealed class NewArgumentsTests
{
    [Theory]
    [InlineData("community-garden")]
    [InlineData("community-garden", "--system", "alpha")]
    [InlineData("community-garden", "alpha")]
    [InlineData("Alpha Integrated Care System", "community-garden")]
    public void NewCaseStudy_OnAOneSystemSite_WritesItForThatSystem(params string[] words)
    {
        using var site = new TempSite("minimal-site");
        var r = In(site.Root, ["new", "case-study", .. words]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("system: alpha", site.Read("data/case-studies/community-garden.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewCaseStudy_WithATitleForItsId_SaysTheIdToUse_AndWritesNothing()
    {
        using var site = new TempSite("minimal-site");
        var r = In(site.Root, "new", "case-study", "Community Garden Project");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("use lower-case words joined by hyphens, e.g. community-garden-project", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("kebab", r.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(site.Path_("data/case-studies")));
    }

    [Fact]
    public void NewCaseStudy_WithNoWords_SaysWhatToType_InPlainWords()
    {
        using var site = new TempSite("minimal-site");
        var r = In(site.Root, "new", "case-study");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("name the new case study", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("new case-study community-garden", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required argument", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewCaseStudy_OnASiteOfSeveralSystems_WithoutOne_ListsThem()
    {
        using var site = new TempSite("contract-site");
        var r = In(site.Root, "new", "case-study", "community-garden");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("this site has 3 systems, so say which one", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("(the systems are glan-y-mor, northshire, southvale)", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewCaseStudy_WithANearSystemId_SuggestsTheRightOne()
    {
        using var site = new TempSite("contract-site");
        var r = In(site.Root, "new", "case-study", "northshir", "community-garden");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("there is no system 'northshir'; did you mean northshire?", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("new case-study northshire community-garden", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewCaseStudy_RunInACaseStudySubFolder_WritesItThere_AndItsValidateWorksFromThere()
    {
        using var site = new TempSite("contract-site");
        var folder = site.Path_("data/case-studies/2023");
        var r = In(folder, "new", "case-study", "northshire", "community-garden");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.True(File.Exists(site.Path_("data/case-studies/2023/community-garden.yml")));
        Assert.Contains("validate --root ../../..", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-26")]
    [InlineData("2025-26", "alpha")]
    [InlineData("alpha", "2025-26")]
    public void NewReport_OnAOneSystemSite_FromItsInputFolder_WritesTheReport(params string[] words)
    {
        using var site = new TempSite("minimal-site");
        var r = In(site.Path_("input"), ["new", "report", .. words]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.True(File.Exists(site.Path_("input/reports/alpha/2025-26.md")));
    }

    private static RunResult In(string folder, params string[] args) => Local.RunIn(folder, args);
}
