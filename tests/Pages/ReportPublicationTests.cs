using System.Net;
using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pages;

/// <summary>
/// The annual report read as a publication (issue 18): a cover, the year at a glance as its headline,
/// changes right for every unit, and a lone figure shown as a figure. Built once from the contract fixture
/// with a second report (Glan-y-Môr, one reported year) and a carbon highlight added.
/// </summary>
public sealed partial class ReportPublicationTests : IClassFixture<ReportPublicationTests.Built>
{
    public sealed class Built : IDisposable
    {
        public TempSite Site { get; } = new("contract-site");
        public Built()
        {
            Site.Replace("input/reports/northshire/2023-24.md", "highlights:\n  - local-spend-share\n", "highlights:\n  - carbon-emissions\n  - local-spend-share\n");
            Site.Write("input/reports/glan-y-mor/2023-24.md", "---\ntitle: Glan-y-Môr anchor report\nthemes:\n  - title: Local jobs\n    metrics:\n      - local-hires\nhighlights:\n  - local-hires\n---\nOur first report.\n");
            var run = Site.Run("build");
            Assert.True(run.ExitCode == 0, run.Stderr);
        }
        public void Dispose() => Site.Dispose();
    }

    private readonly TempSite _site;
    public ReportPublicationTests(Built built) => _site = built.Site;

    private static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    private string Section(string route, string startMarker, string endMarker)
    {
        var html = _site.Page(route);
        var start = html.IndexOf(startMarker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {startMarker} in {route}");
        var end = html.IndexOf(endMarker, start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    [Fact]
    public void Cover_NamesSystemTitlePeriodAndPublisher_BeforeAnythingElse()
    {
        var html = _site.Page("/reports/northshire/2023-24/");
        var cover = Text(Section("/reports/northshire/2023-24/", "<header class=\"report-cover\">", "</header>"));
        Assert.Equal("Northshire Integrated Care System Northshire anchor impact report 2023/24 Annual impact report 2023/24 Published by Northshire Integrated Care Board.", cover);
        Assert.True(html.IndexOf("report-cover", StringComparison.Ordinal) < html.IndexOf("id=\"at-a-glance\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"at-a-glance\"", StringComparison.Ordinal) < html.IndexOf("id=\"foreword\"", StringComparison.Ordinal));
        Assert.Equal(1, Regex.Count(html, "id=\"foreword\""));
    }

    [Fact]
    public void Glance_PutsPeopleAndPoundsFirst_ThenTheAuthorsOrder()
    {
        var glance = Section("/reports/northshire/2023-24/", "id=\"at-a-glance\"", "</section>");
        var order = Regex.Matches(glance, "<span class=\"glance-value\">([^<]+)").Select(m => m.Groups[1].Value).ToList();
        // Written as carbon, share, spend, hires: hires (count) and spend (gbp) lead, carbon before share as written.
        Assert.Equal(["1,234", "£61.2m", "45,000", "23.5%"], order);
    }

    [Fact]
    public void Glance_ShowsChangeForTheUnit_AndTheSource()
    {
        var glance = Text(Section("/reports/northshire/2023-24/", "id=\"at-a-glance\"", "</section>"));
        // 48,500 → 45,000: −3,500 tonnes, 3,500 / 48,500 = 7.22%.
        Assert.Contains("45,000 tonnes CO2e Carbon", glance, StringComparison.Ordinal);
        Assert.Contains("▼ −3,500 tonnes CO2e (−7.2%) since 2022/23, better", glance, StringComparison.Ordinal);
        Assert.Contains("(−3,500 tonnes CO2e, −7.2%), an improvement", glance, StringComparison.Ordinal);
        // 1,000 → 1,234: +23.4%; 21 → 23.5: +2.5 points.
        Assert.Contains("▲ +23.4% since 2022/23, better", glance, StringComparison.Ordinal);
        Assert.Contains("▲ +2.5 percentage points since 2022/23, better", glance, StringComparison.Ordinal);
        Assert.Contains("Source: Partner carbon returns 2023/24", glance, StringComparison.Ordinal);
    }

    [Fact]
    public void Glance_WithOneReportedYear_ReadsAsAFigure_NotAsNoChange()
    {
        var glance = Section("/reports/glan-y-mor/2023-24/", "id=\"at-a-glance\"", "</section>");
        var text = Text(glance);
        Assert.Matches("The year at a glance 140 Local people recruited ?, 2023/24 No figure for 2022/23, so no change can be shown.", text);
        Assert.DoesNotContain("No change shown", text, StringComparison.Ordinal);
        Assert.DoesNotContain("figure-change", glance, StringComparison.Ordinal);
        Assert.Contains("Illustrative", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChapterMetricWithOneValue_IsACallOut_WithItsTableFolded()
    {
        var chapter = Section("/reports/glan-y-mor/2023-24/", "id=\"chapter-1\"", "</section>");
        Assert.Contains("class=\"series series-callout\"", chapter, StringComparison.Ordinal);
        Assert.Matches("<span class=\"callout-value\">140</span> <span class=\"callout-period\">2023/24</span>", chapter);
        Assert.Matches("<details class=\"table-details\">\\s*<summary>", chapter);
        Assert.Contains("<td class=\"num\">140</td>", chapter, StringComparison.Ordinal);
        // A metric with a trend keeps its chart and is no call-out.
        var trend = Section("/reports/northshire/2023-24/", "id=\"chapter-1\"", "</section>");
        Assert.DoesNotContain("series-callout", trend, StringComparison.Ordinal);
        Assert.Contains("<svg", trend, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
