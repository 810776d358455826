using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Markdown text that would not show as its author meant: HTML tags pasted from a web page (shown as text,
/// since raw HTML is off), and a first heading that repeats the heading the page already has.
/// Both are warnings at the place in the file, saying what to write instead.
/// </summary>
public sealed class MarkdownWarningTests
{
    private static List<string> Warnings(RunResult result) =>
        (result.Stdout + result.Stderr).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": warning SR", StringComparison.Ordinal)).ToList();

    [Fact]
    public void HtmlInAPage_IsAWarningAtEachTag_SayingWhatMarkdownToWrite()
    {
        // Given a free page with HTML pasted from a web page (p06),
        using var site = new TempSite("minimal-site");
        site.Write("input/about.md", "---\ntitle: About us\n---\n<b>Who we are.</b> We are <span style=\"color:red\">the NHS</span>.\n\n<div align=\"center\">Contact us</div>\n");

        var result = site.Run("validate");

        // each opening tag is a warning at its line and column, saying the tag would show and what to write.
        Assert.True(result.ExitCode == 0, result.Stderr);
        var warnings = Warnings(result);
        var bold = Assert.Single(warnings, w => w.StartsWith("input/about.md(4,1): warning SR0011: ", StringComparison.Ordinal));
        Assert.Contains("'<b>' is an HTML tag", bold, StringComparison.Ordinal);
        Assert.Contains("the page would show the tag as it is", bold, StringComparison.Ordinal);
        Assert.Contains("for bold text put two stars each side, as in **like this**, instead of <b>...</b>", bold, StringComparison.Ordinal);
        var span = Assert.Single(warnings, w => w.StartsWith("input/about.md(4,27): warning SR0011: ", StringComparison.Ordinal));
        Assert.Contains("delete the tags and keep the words", span, StringComparison.Ordinal);
        Assert.Single(warnings, w => w.StartsWith("input/about.md(6,1): warning SR0011: '<div align=\"center\">'", StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count(w => w.Contains("SR0011", StringComparison.Ordinal)));
    }

    [Fact]
    public void HtmlInACaseStudyAndAReport_IsAWarningAtItsPlaceInTheFile()
    {
        using var site = new TempSite("minimal-site");
        site.Replace("data/case-studies/alpha-jobs.yml", "  The system ran a *jobs* programme.", "  The system ran a <a href=\"https://example.org\">jobs</a> programme.")
            .Replace("data/case-studies/alpha-jobs.yml", "summary: Local people into local jobs.", "summary: Local <i>people</i> into local jobs.")
            .Replace("input/reports/alpha/2023-24.md", "Our foreword.", "Our foreword.<br>Second line.");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var warnings = Warnings(result);
        Assert.Contains(warnings, w => w.StartsWith("data/case-studies/alpha-jobs.yml(8,20): warning SR0011: '<a href=\"https://example.org\">'", StringComparison.Ordinal)
            && w.Contains("write [the words to click](https://...)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("data/case-studies/alpha-jobs.yml(4,16): warning SR0011: '<i>'", StringComparison.Ordinal)
            && w.Contains("*like this*", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("input/reports/alpha/2023-24.md(15,14): warning SR0011: '<br>'", StringComparison.Ordinal)
            && w.Contains("leave a blank line", StringComparison.Ordinal));
    }

    [Fact]
    public void AngleBracketsThatAreNotTags_AndCode_AreNotWarnings()
    {
        using var site = new TempSite("minimal-site");
        site.Write("input/about.md", "---\ntitle: About us\n---\nWaits fell from <18 weeks> to 12, for people aged <65>.\n\nType `<b>` to see it.\n");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("SR0011", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ForewordStartingWithItsOwnHeading_IsAWarningToDeleteIt()
    {
        // Given a report whose foreword starts with "# Foreword" (r07): the page already heads it "Foreword".
        using var site = new TempSite("minimal-site");
        site.Replace("input/reports/alpha/2023-24.md", "---\nOur foreword.", "---\n# Foreword\n\nOur foreword.");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("input/reports/alpha/2023-24.md(15,1): warning SR0012: the text starts with the heading 'Foreword', which the page already shows above it as 'Foreword', so it would show twice; delete this heading line",
            Warnings(result));
    }

    [Fact]
    public void PageStartingWithItsTitleAsAHeading_IsAWarning_OtherHeadingsAreNot()
    {
        using var site = new TempSite("minimal-site");
        site.Write("input/about.md", "---\ntitle: About us\n---\n## About us:\n\nText.\n")
            .Write("input/contact.md", "---\ntitle: Contact\n---\n## How to reach us\n\nText.\n");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var warnings = Warnings(result).Where(w => w.Contains("SR0012", StringComparison.Ordinal)).ToList();
        var only = Assert.Single(warnings);
        Assert.StartsWith("input/about.md(4,1): warning SR0012: the text starts with the heading 'About us:', which the page already shows above it as 'About us'", only, StringComparison.Ordinal);
    }
}
