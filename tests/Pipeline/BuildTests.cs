using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pipeline;

/// <summary>End-to-end: the contract fixture site (written to the contract, not by the generator's authors' sample) in, pages out.</summary>
public sealed class BuildTests
{
    [Fact]
    public void Build_ContractSite_ProducesEveryPageOfTheLayout()
    {
        using var site = new TempSite("contract-site");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);

        string[] routes =
        [
            "/", "/systems/", "/systems/northshire/", "/systems/southvale/", "/systems/glan-y-mor/", "/principles/",
            "/principles/anchor-system/", "/principles/long-term/", "/domains/net-zero/", "/domains/estates/", "/case-studies/",
            "/case-studies/shared-apprenticeships/", "/reports/northshire/2022-23/", "/reports/northshire/2023-24/", "/search/",
            "/about/", "/accessibility/", "/404.html", "/sitemap.xml", "/feed.xml", "/data/metrics.csv", "/data/case-studies.json",
        ];
        foreach (var route in routes) Assert.True(site.Exists(route), $"missing {route}");
        var metrics = File.ReadAllText(site.Path_("data/metrics.yml"));
        foreach (var id in System.Text.RegularExpressions.Regex.Matches(metrics, @"(?m)^- id: ([a-z0-9-]+)").Select(m => m.Groups[1].Value))
            Assert.True(site.Exists($"/metrics/{id}/"), $"missing metric page {id}");
        foreach (var file in Directory.EnumerateFiles(site.Path_("data/case-studies"), "*.yml", SearchOption.AllDirectories))
            Assert.True(site.Exists($"/case-studies/{Path.GetFileNameWithoutExtension(file)}/"));
    }

    [Fact]
    public void Build_CaseStudyInTwoPrinciples_IsListedOnBothPrinciplePagesAndNoOther()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        const string link = "/case-studies/shared-apprenticeships/\"";
        foreach (var p in new[] { "anchor-system", "local-assets", "inclusive-growth", "devolve-accountability", "share-resources", "long-term" })
        {
            var listed = site.Page($"/principles/{p}/").Contains(link, StringComparison.Ordinal);
            Assert.True(listed == p is "local-assets" or "share-resources", $"principle {p}: listed={listed}");
        }
    }

    [Fact]
    public void Build_Twice_IsByteIdentical()
    {
        using var site = new TempSite("contract-site");
        // A cold build (nothing reused) and a build that reuses cached charts give the same bytes.
        Assert.Equal(0, site.Run("build", "--no-cache", "--output", site.Path_("out1")).ExitCode);
        Assert.Equal(0, site.Run("build", "--output", site.Path_("out2")).ExitCode);
        var a = Hashes(site.Path_("out1"));
        var b = Hashes(site.Path_("out2"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (file, hash) in a) Assert.True(hash == b[file], $"{file} differs between builds");
    }

    private static Dictionary<string, string> Hashes(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Build_BrokenSite_ReportsFourLocatedErrorsAndLeavesPreviousOutputUnchanged()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = Hashes(site.Output);

        // Given four mistakes: an unknown principle, a misspelt key, "£1,200" in a CSV value, an unknown system in a CSV row.
        site.Replace("data/case-studies/alpha-jobs.yml", "principles: [local-assets, share-resources]", "principles: [local-assets, inclusive-grwth]");
        site.Replace("data/case-studies/alpha-jobs.yml", "summary:", "sumary:");
        site.Replace("data/metrics/values.csv", "alpha,local-spend,2022-23,1200000", "alpha,local-spend,2022-23,\"£1,200\"");
        site.Replace("data/metrics/values.csv", "alpha,carbon,2022-23", "beta,carbon,2022-23");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("error SR0102", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("error SR0101", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("error SR0203", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("error SR0104", StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Matches(@"^[\w./-]+\(\d+,\d+\): error SR\d{4}: .+", e));
        Assert.Equal(before, Hashes(site.Output));
    }

    [Fact]
    public void Build_FailingAfterPagesWereStreamedOut_LeavesPreviousOutputAndNoStagingFolder()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = Hashes(site.Output);

        // A broken link is found only after every page has been rendered and streamed to the staging folder.
        site.Write("input/about.md", "---\ntitle: About\n---\nSee [the list](/system/).\n");
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("error SR0401", StringComparison.Ordinal));
        Assert.Equal(before, Hashes(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Build_Again_ReusesUnchangedFilesAndRewritesChangedOnes()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var first = Hashes(site.Output);
        site.Replace("data/case-studies/alpha-jobs.yml", "title: Alpha jobs", "title: Alpha jobs, renamed");
        // A file changed by hand in the output is not trusted: its size no longer matches the manifest.
        File.AppendAllText(Path.Combine(site.Output, "robots.txt"), "# edited by hand\n");

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches(@": [\d,]+ new or changed, [\d,]+ removed; [\d,]+ unchanged files left as they were", result.Stdout);
        var second = Hashes(site.Output);
        Assert.Contains("Alpha jobs, renamed", site.Page("/case-studies/alpha-jobs/"), StringComparison.Ordinal);
        Assert.NotEqual(first[Path.Combine("case-studies", "alpha-jobs", "index.html")], second[Path.Combine("case-studies", "alpha-jobs", "index.html")]);
        Assert.Equal(first["robots.txt"], second["robots.txt"]);
        Assert.Equal(first[Path.Combine("data", "metrics.csv")], second[Path.Combine("data", "metrics.csv")]);
        // The same bytes as a build from nothing.
        Assert.Equal(0, site.Run("build", "--no-cache", "--output", site.Path_("fresh")).ExitCode);
        Assert.Equal(Hashes(site.Path_("fresh")), second);
    }

    /// <summary>Edits a comms team makes between builds; after each, a build that reuses unchanged pages must equal a build from nothing.</summary>
    public static TheoryData<string> Edits => new()
    {
        "case study title", "case study moved to another system", "new case study", "metric value", "principle title",
        "report text", "Welsh translation edited", "Welsh translation removed", "interface string", "case study deleted",
        "metric reported by one more system", "case study principle changed", "case study domain changed",
        "metric reported by no system any more",
    };

    private static void Edit(TempSite site, string edit)
    {
        const string Heat = "data/case-studies/northshire-heat-network.yml";
        switch (edit)
        {
            case "case study title": site.Replace(Heat, "title: A shared heat network", "title: A shared, renamed heat network"); break;
            case "case study moved to another system": site.Replace(Heat, "system: northshire", "system: southvale"); break;
            case "new case study": site.Write("data/case-studies/2024/northshire-new-study.yml", site.Read(Heat).Replace("title: A shared heat network", "title: A second heat network", StringComparison.Ordinal)); break;
            case "metric value": site.Replace("data/metrics/values.csv", "northshire,local-spend,2022-23,51000000", "northshire,local-spend,2022-23,52000000"); break;
            case "principle title": site.Replace("data/principles.yml", "title: Put the partnership board at the centre", "title: Put the board at the centre"); break;
            case "report text": site.Replace("input/reports/northshire/2023-24.md", "title: Northshire anchor impact report 2023/24", "title: Northshire's anchor report 2023/24"); break;
            case "Welsh translation edited": site.Replace("data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml", "title: Cynnal tiroedd", "title: Gofalu am diroedd"); break;
            case "Welsh translation removed": site.Replace("data/site.yml", "  required: [glan-y-mor]\n", "  required: none\n").Delete("data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml"); break;
            case "interface string": site.Write("theme/strings/en.yml", "nav.home: Start\n"); break;
            case "case study deleted": site.Delete("data/case-studies/2024/southvale-wellbeing-hubs.yml"); break;
            case "metric reported by one more system": site.Write("data/metrics/values.csv", site.Read("data/metrics/values.csv") + "glan-y-mor,apprenticeship-starts,2023-24,12,Invented sample figure,,true\n"); break;
            case "case study principle changed": site.Replace(Heat, "  - long-term", "  - share-resources"); break;
            case "case study domain changed": site.Replace(Heat, "  - net-zero", "  - procurement"); break;
            // Its page goes, and the report that names it shows its title as text.
            case "metric reported by no system any more":
                site.Write("data/metrics/values.csv", string.Join('\n', site.Read("data/metrics/values.csv").Split('\n').Where(l => !l.Contains(",apprenticeship-starts,", StringComparison.Ordinal))));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Build_AfterAnEdit_ReusingUnchangedPages_EqualsABuildFromNothing(string edit)
    {
        using var site = new TempSite("welsh-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        Edit(site, edit);

        var warm = site.Run("build");
        Assert.True(warm.ExitCode == 0, warm.Stderr);
        // An edit to one item leaves most pages as they were; an edit to what every page shows (a catalogue, a
        // report, the site's settings or strings) makes every page again.
        if (edit is "case study title" or "case study moved to another system" or "new case study" or "metric value" or "Welsh translation edited" or "case study deleted"
            or "metric reported by one more system" or "case study principle changed" or "case study domain changed")
            Assert.Contains("pages whose inputs did not change", warm.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, site.Run("build", "--no-cache", "--output", site.Path_("fresh")).ExitCode);

        var reused = Hashes(site.Output);
        var fresh = Hashes(site.Path_("fresh"));
        Assert.Equal(fresh.Keys.Order(), reused.Keys.Order());
        foreach (var (file, hash) in fresh) Assert.True(hash == reused[file], $"after '{edit}', {file} differs from a build from nothing");
    }

    [Fact]
    public void Build_AfterAnImageIsDeleted_ReportsIt_EvenThoughTheCaseStudyWasCached()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes("input/images/p.png", [0x89, 0x50, 0x4E, 0x47]).Replace("data/case-studies/alpha-jobs.yml", "summary:", "image:\n  src: input/images/p.png\n  alt: A photo\nsummary:");
        Assert.Equal(0, site.Run("build").ExitCode); // parses the case study and keeps it in the content cache
        site.Delete("input/images/p.png");
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith("data/case-studies/alpha-jobs.yml(", StringComparison.Ordinal) && e.Contains("error SR0114", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_FeedSitemapAndData_AreValidAndComplete()
    {
        using var site = new TempSite("contract-site");
        site.Replace("data/site.yml", "title:", "url: https://anchors.example.org/\ntitle:");
        Assert.Equal(0, site.Run("build").ExitCode);
        var caseIds = Directory.EnumerateFiles(site.Path_("data/case-studies"), "*.yml", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToList();

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.Page("/feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
        foreach (var id in caseIds) Assert.Contains(entries, e => e.EndsWith($"/case-studies/{id}/", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith("/reports/northshire/2023-24/", StringComparison.Ordinal));

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(site.Page("/sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Count();
        Assert.Equal(pages, locs.Count);
        Assert.All(locs, l => Assert.StartsWith("https://anchors.example.org/", l, StringComparison.Ordinal));

        using var json = JsonDocument.Parse(site.Page("/data/case-studies.json"));
        Assert.Equal(caseIds.Order(), json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Build_WithBaseUrl_OrAUrlWithAPath_KeepsEveryLinkUnderIt(bool option)
    {
        using var site = new TempSite("contract-site");
        if (!option) site.Replace("data/site.yml", "title:", "url: https://owner.github.io/anchors/\ntitle:");
        Assert.Equal(0, (option ? site.Run("build", "--base-url", "/anchors/") : site.Run("build")).ExitCode);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/[^\"]*)\""))
                Assert.True(m.Groups[1].Value.StartsWith("/anchors/", StringComparison.Ordinal), $"{file}: {m.Groups[1].Value}");
        }
    }

    [Fact]
    public void Build_EmptyValue_ReadsNotReported()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var page = site.Page("/systems/alpha/");
        Assert.Contains("not reported", page, StringComparison.Ordinal);
        Assert.Contains("160 tonnes CO2e", page, StringComparison.Ordinal);
    }
}
