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
            // Carbon is written first in the chapter, but people lead: local hires is its lead figure. A cover photograph too.
            Site.WriteBytes("input/images/glan-y-mor-cover.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            Site.Write("input/reports/glan-y-mor/2023-24.md", "---\ntitle: Glan-y-Môr anchor report\ncover:\n  src: input/images/glan-y-mor-cover.png\n  alt: The harbour at dawn\n"
                + "themes:\n  - title: Local jobs\n    metrics:\n      - carbon-emissions\n      - local-hires\nhighlights:\n  - local-hires\n---\nOur first report.\n");
            Run = Site.Run("build");
            Assert.True(Run.ExitCode == 0, Run.Stderr);
        }
        public RunResult Run { get; }
        public void Dispose() => Site.Dispose();
    }

    private readonly TempSite _site;
    private readonly RunResult _run;
    public ReportPublicationTests(Built built) => (_site, _run) = (built.Site, built.Run);

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
        var order = Regex.Matches(glance, "<span class=\"glance-value\">([^<]+)").Select(m => m.Groups[1].Value.TrimEnd()).ToList();
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
        var chapter = Section("/reports/glan-y-mor/2023-24/", "id=\"chapter-1\"", "</article>");
        Assert.Contains("class=\"series series-callout\"", chapter, StringComparison.Ordinal);
        Assert.Matches("<span class=\"callout-value\">6,400 tonnes CO2e</span> <span class=\"callout-period\">2023/24</span>", chapter);
        Assert.Matches("<details class=\"table-details\">\\s*<summary>", chapter);
        // The lead figure's own call-out keeps its sentence and folded table but does not draw the number a second time.
        Assert.Contains("<td class=\"num\">140</td>", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"callout-value\">140</span>", chapter, StringComparison.Ordinal);
        // A metric with a trend keeps its chart and is no call-out.
        var trend = Section("/reports/northshire/2023-24/", "id=\"chapter-1\"", "</section>");
        Assert.DoesNotContain("series-callout", trend, StringComparison.Ordinal);
        Assert.Contains("<svg", trend, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapter_OpensWithItsLeadFigure_PeopleAndPoundsFirst_WithChangeAndSource()
    {
        // Glan-y-Môr's chapter lists carbon, then local hires: the count of people leads.
        var glan = Section("/reports/glan-y-mor/2023-24/", "id=\"chapter-1\"", "</section>");
        var lead = Text(Section("/reports/glan-y-mor/2023-24/", "<div class=\"glance-figure lead-figure\">", "</div>"));
        Assert.StartsWith("140 Local people recruited", lead, StringComparison.Ordinal);
        Assert.True(glan.IndexOf("lead-figure", StringComparison.Ordinal) < glan.IndexOf("class=\"series", StringComparison.Ordinal));
        // Northshire's "Greener buildings": its one metric, large, with its change for the unit and its source, before its chart.
        var green = Section("/reports/northshire/2023-24/", "id=\"chapter-2\"", "</section>");
        var figure = Text(green[green.IndexOf("<div class=\"glance-figure lead-figure\">", StringComparison.Ordinal)..green.IndexOf("</div>", StringComparison.Ordinal)]);
        Assert.Contains("45,000 tonnes CO2e Carbon emissions from estates , 2023/24 ▼ −3,500 tonnes CO2e (−7.2%) since 2022/23, better", figure, StringComparison.Ordinal);
        Assert.Contains("Source: Partner carbon returns 2023/24", figure, StringComparison.Ordinal);
        Assert.True(green.IndexOf("lead-figure", StringComparison.Ordinal) < green.IndexOf("<svg", StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_WithAPhotograph_ShowsItWithItsAltText_AndPublishesIt()
    {
        var cover = Section("/reports/glan-y-mor/2023-24/", "<header class=\"report-cover with-image\">", "</header>");
        Assert.Contains("<img class=\"report-cover-image\" src=\"/input/images/glan-y-mor-cover.png\" alt=\"The harbour at dawn\" />", cover, StringComparison.Ordinal);
        Assert.Contains("Glan-y-Môr anchor report Annual impact report 2023/24", Text(cover), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Output, "input", "images", "glan-y-mor-cover.png")));
        Assert.DoesNotContain("glan-y-mor-cover.png", _run.Stdout + _run.Stderr, StringComparison.Ordinal); // no "not published" warning
        Assert.DoesNotContain("with-image", _site.Page("/reports/northshire/2023-24/"), StringComparison.Ordinal);
    }

    [Fact]
    public void PrintedContents_ListsEveryPartByItsHeading_InPrintOrder()
    {
        var html = _site.Page("/reports/northshire/2023-24/");
        var nav = Section("/reports/northshire/2023-24/", "<nav class=\"print-contents\"", "</nav>");
        Assert.Contains("data-running-title=\"Northshire anchor impact report 2023/24\"", nav, StringComparison.Ordinal);
        var entries = Regex.Matches(nav, "<a href=\"#([a-z0-9-]+)\"><span class=\"contents-title\">([^<]+)</span> <span class=\"contents-page\" data-for=\"\\1\"></span>")
            .Select(m => (Id: m.Groups[1].Value, Heading: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        Assert.Equal(["at-a-glance", "foreword", "chapter-1", "chapter-2", "progress", "commitments", "maturity", "data-notes"], entries.Select(e => e.Id));
        // Each entry reads as its part's heading, word for word, and links to it (the PDF printer follows the link to the part's page).
        var at = 0;
        foreach (var (id, heading) in entries)
        {
            var section = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(section > at, $"{id} is not after the previous part");
            Assert.Equal(heading, Text(html[html.IndexOf("<h2", section, StringComparison.Ordinal)..html.IndexOf("</h2>", section, StringComparison.Ordinal)]));
            at = section;
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
