using System.Security.Cryptography;
using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pages;

/// <summary>
/// A site with one system (tests/fixtures/one-system-site: Fenmoor ICS publishing its own report) reads as that
/// system's own site, not as a national site with one entry; a site with several systems reads as before.
/// </summary>
public sealed partial class OneSystemSiteTests
{
    private const string Name = "Fenmoor Integrated Care System";

    private static TempSite Built(string fixture = "one-system-site")
    {
        var site = new TempSite(fixture);
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return site;
    }

    private static IEnumerable<(string File, string Html)> Pages(TempSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(site.Output, f), File.ReadAllText(f)));

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    private static string Nav(string html) => NavList().Match(html).Value;

    [Fact]
    public void Home_OneSystem_IsTheSystemsFrontPage()
    {
        using var site = Built();
        var home = site.Page("/");
        var main = MainOf(home);

        // The system's name is the heading; the site's title stays in the header.
        Assert.Equal(Name, H1().Match(home).Groups[1].Value);
        Assert.Contains("class=\"site-name\" href=\"/\">Fenmoor Anchor Network</a>", home, StringComparison.Ordinal);
        // input/index.md's text is the introduction.
        Assert.Contains("among the largest", main, StringComparison.Ordinal);
        // The latest report first, with a link, then the earlier one.
        var latest = main.IndexOf("href=\"/reports/fenmoor/2023-24/\"", StringComparison.Ordinal);
        var earlier = main.IndexOf("href=\"/reports/fenmoor/2022-23/\"", StringComparison.Ordinal);
        Assert.True(latest >= 0 && earlier > latest, "the 2023/24 report is linked before the 2022/23 one");
        Assert.Contains("Read the 2023/24 report", main, StringComparison.Ordinal);
        // Headline figures: the latest report's highlights with their latest value and period; the invented one marked in words.
        Assert.Contains("24.1%", main, StringComparison.Ordinal);
        Assert.Contains("785", main, StringComparison.Ordinal);
        Assert.Matches(@"248</span>\s*<span class=""figure-label""><a href=""/metrics/apprenticeship-starts/"">Apprenticeship starts</a>, 2023/24</span>\s*<strong class=""tag tag-illustrative"">Illustrative", main);
        // The system's case studies as cards, and the principles.
        foreach (var id in new[] { "fenmoor-local-food", "fenmoor-care-academy", "fenmoor-estates-partnership", "fenmoor-anchor-charter" })
            Assert.Contains($"href=\"/case-studies/{id}/\"", main, StringComparison.Ordinal);
        Assert.Contains("href=\"/principles/long-term/\"", main, StringComparison.Ordinal);
        // No counters of systems.
        Assert.DoesNotContain("system</span>", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Browse all systems", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_OneSystemWithoutReportOrIntro_ShowsTheSummaryAndLatestFigures()
    {
        using var site = new TempSite("one-system-site");
        site.Delete("input/index.md").Delete("input/reports/fenmoor/2022-23.md").Delete("input/reports/fenmoor/2023-24.md");
        // Nothing else names the reports' case studies; the site still builds.
        Assert.Equal(0, site.Run("build").ExitCode);
        var main = MainOf(site.Page("/"));

        Assert.Contains("The NHS, two councils, a university and three colleges", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Latest annual impact report", main, StringComparison.Ordinal);
        Assert.Contains("The most recently reported figures of Fenmoor Integrated Care System.", main, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(main, "class=\"figure-tile\""));
    }

    [Fact]
    public void Navigation_OneSystem_HasNoSystemsItem_ButTheSystemPagesStillExist()
    {
        using var site = Built();
        foreach (var (file, html) in Pages(site))
        {
            Assert.DoesNotContain("href=\"/systems/\"", Nav(html), StringComparison.Ordinal);
            Assert.DoesNotContain(">Systems</a>", html, StringComparison.Ordinal);
        }
        Assert.True(site.Exists("/systems/"));
        var system = site.Page("/systems/fenmoor/");
        Assert.Contains($"<h1>{Name}</h1>", system, StringComparison.Ordinal);
        // Breadcrumbs: Home, not Home > Systems.
        Assert.DoesNotContain("href=\"/systems/\"", system, StringComparison.Ordinal);
        Assert.Contains("This site reports the anchor work of Fenmoor Integrated Care System.", site.Page("/systems/"), StringComparison.Ordinal);
        // The not-found page offers the reports instead of a list of one system.
        var notFound = site.Page("/404.html");
        Assert.DoesNotContain("All systems", notFound, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/\">All annual impact reports</a>", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_OneSystem_HasNoSystemFilterNorBrowseBySystem()
    {
        using var site = Built();
        var search = site.Page("/search/");
        Assert.DoesNotContain("filter-system", search, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"system\"", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Browse by system", search, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-principle\"", search, StringComparison.Ordinal);
        Assert.Contains("Browse by principle", search, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPage_OneSystem_NeverCountsOneSystem()
    {
        using var site = Built();
        foreach (var (file, html) in Pages(site))
            Assert.False(OneSystemCounter().IsMatch(html), $"{file} says '{OneSystemCounter().Match(html).Value}'");
        // The metrics index gives the system's latest value instead of "reported by 1 system".
        Assert.Contains("£47.6m (2023/24)", site.Page("/metrics/"), StringComparison.Ordinal);
        Assert.Contains("The latest figure is 24.1% (2023/24).", site.Page("/metrics/local-spend-share/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_OneSystem_AreListedWithoutTheSystemsName()
    {
        using var site = Built();
        var reports = site.Page("/reports/");
        Assert.Matches(@"2023-24/"">Fenmoor anchor impact report 2023/24</a> <span class=""card-meta"">2023/24</span>", reports);
    }

    [Fact]
    public void CaseStudyCounts_None_AreSaidInWords_OnEveryList()
    {
        using var site = Built();
        // devolve-accountability and long-term have no case study; research-development has none either.
        Assert.Contains("No case studies for this principle yet.", site.Page("/principles/long-term/"), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"cases-heading\">Case studies</h2>", site.Page("/principles/long-term/"), StringComparison.Ordinal);
        Assert.Contains("No case studies yet", MainOf(site.Page("/")), StringComparison.Ordinal);
        Assert.Contains("No case studies yet", site.Page("/principles/"), StringComparison.Ordinal);
        Assert.Contains("No figures yet · No case studies yet", site.Page("/domains/"), StringComparison.Ordinal);
        Assert.Contains("No case studies in this domain yet.", site.Page("/domains/research-development/"), StringComparison.Ordinal);
        Assert.Contains("No figures are published for this domain yet.", site.Page("/domains/research-development/"), StringComparison.Ordinal);
        foreach (var (file, html) in Pages(site))
        {
            Assert.False(ZeroCount().IsMatch(html), $"{file} says '{ZeroCount().Match(html).Value}'");
            Assert.DoesNotContain("Case studies (0)", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Welsh_OneSystem_GetsTheSameTreatment()
    {
        using var site = new TempSite("one-system-site");
        site.Write("data/systems/fenmoor.cy.yml", "name: System Gofal Integredig Fenmoor\nsummary: Y GIG, dau gyngor, prifysgol a thri choleg yn cydweithio fel sefydliadau angor ar draws Fenmoor.\n");
        Assert.Equal(0, site.Run("build").ExitCode);
        var home = site.Page("/cy/");
        Assert.Equal("System Gofal Integredig Fenmoor", H1().Match(home).Groups[1].Value);
        Assert.Contains("Darllen adroddiad 2023/24", home, StringComparison.Ordinal);
        Assert.Contains("Dim astudiaethau achos eto", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cy/systems/\"", Nav(home), StringComparison.Ordinal);
        Assert.DoesNotContain("filter-system", site.Page("/cy/search/"), StringComparison.Ordinal);
        Assert.False(site.Exists("/cy/metrics/staff-sickness-absence/"));
        Assert.Contains("Y ffigur diweddaraf yw", site.Page("/cy/metrics/local-hires/"), StringComparison.Ordinal);
    }

    [Fact]
    public void MultiSystemSite_KeepsItsSystemsLinkFilterAndCounters()
    {
        using var site = Built("contract-site");
        var home = site.Page("/");
        Assert.Contains("href=\"/systems/\">Systems</a>", Nav(home), StringComparison.Ordinal);
        Assert.Equal("Northshire Anchor Network", H1().Match(home).Groups[1].Value);
        Assert.Matches(@"<span class=""figure-value"">3</span>\s*<span class=""figure-label"">systems", home);
        var search = site.Page("/search/");
        Assert.Contains("id=\"filter-system\"", search, StringComparison.Ordinal);
        Assert.Contains("<option value=\"glan-y-mor\">", search, StringComparison.Ordinal);
        Assert.Contains("Browse by system", search, StringComparison.Ordinal);
        Assert.Contains("href=\"/systems/\">Systems</a>", site.Page("/systems/northshire/"), StringComparison.Ordinal);
        Assert.Contains("reported by 3 systems", site.Page("/metrics/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metric value")]
    [InlineData("second system")]
    [InlineData("report deleted")]
    public void Build_OneSystemAfterAnEdit_ReusingUnchangedPages_EqualsABuildFromNothing(string edit)
    {
        using var site = Built();
        switch (edit)
        {
            case "metric value": site.Replace("data/metrics/fenmoor.csv", "fenmoor,local-hires,2023-24,785", "fenmoor,local-hires,2023-24,790"); break;
            case "second system": site.Write("data/systems/marshby.yml", "name: Marshby Integrated Care System\ntype: ICS\nnation: England\n"); break;
            case "report deleted": site.Delete("input/reports/fenmoor/2022-23.md"); break;
        }
        var warm = site.Run("build");
        Assert.True(warm.ExitCode == 0, warm.Stderr);
        Assert.Equal(0, site.Run("build", "--no-cache", "--output", site.Path_("fresh")).ExitCode);
        var reused = Hashes(site.Output);
        var fresh = Hashes(site.Path_("fresh"));
        Assert.Equal(fresh.Keys.Order(), reused.Keys.Order());
        foreach (var (file, hash) in fresh) Assert.True(hash == reused[file], $"after '{edit}', {file} differs from a build from nothing");
        if (edit == "metric value") Assert.Contains("790", MainOf(site.Page("/")), StringComparison.Ordinal);
        if (edit == "second system") Assert.Contains("href=\"/systems/\">Systems</a>", Nav(site.Page("/")), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Hashes(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex H1();

    [GeneratedRegex("<ul class=\"nav-list\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex NavList();

    [GeneratedRegex(@"\b1 systems?\b|\bby 1 system|\bsystem</span>")]
    private static partial Regex OneSystemCounter();

    [GeneratedRegex(@"\b0 (case stud|reports?\b|metrics?\b)")]
    private static partial Regex ZeroCount();
}
