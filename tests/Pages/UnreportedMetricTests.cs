using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pages;

/// <summary>
/// A metric that no system reports (no row in any CSV) is not listed and has no page, on any site; whatever names
/// it (a report's highlight, chapter or commitment, a link in a case study) shows its title as text, and the
/// build's link check passes.
/// </summary>
public sealed class UnreportedMetricTests
{
    private static readonly string[] Unreported = ["staff-sickness-absence", "research-participants"];

    [Fact]
    public void UnreportedMetric_OneSystemSite_HasNoPageNoListingAndNoLink()
    {
        using var site = new TempSite("one-system-site");
        site.Replace("data/site.yml", "title:", "url: https://anchors.example.org/\ntitle:"); // so the sitemap lists pages
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);

        foreach (var id in Unreported)
        {
            Assert.False(site.Exists($"/metrics/{id}/"), $"a page was built for {id}");
            Assert.DoesNotContain($"/metrics/{id}/", site.Page("/sitemap.xml"), StringComparison.Ordinal);
            Assert.DoesNotContain($"/metrics/{id}/", site.Page("/search/index.json"), StringComparison.Ordinal);
            foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
                Assert.DoesNotContain($"/metrics/{id}/", File.ReadAllText(file), StringComparison.Ordinal);
        }
        Assert.True(site.Exists("/metrics/local-hires/"));
        Assert.DoesNotContain("Staff sickness absence", site.Page("/metrics/"), StringComparison.Ordinal);
        Assert.DoesNotContain("People taking part in health research", site.Page("/domains/research-development/"), StringComparison.Ordinal);

        // The report names it as text: in its highlights and in its commitment.
        var report = site.Page("/reports/fenmoor/2023-24/");
        Assert.Contains("<span class=\"figure-label\">Staff sickness absence, 2023/24</span>", report, StringComparison.Ordinal);
        Assert.Contains("(Staff sickness absence)", report, StringComparison.Ordinal);
        // A case study's Markdown link to it keeps its words, without an address.
        Assert.Contains("<a>research in the community</a>", site.Page("/case-studies/fenmoor-estates-partnership/"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/metrics/carbon-emissions/\">carbon figures</a>", site.Page("/case-studies/fenmoor-estates-partnership/"), StringComparison.Ordinal);
    }

    [Fact]
    public void UnreportedMetric_MultiSystemSite_HasNoPageAndTheBuildPasses()
    {
        using var site = new TempSite("contract-site");
        site.Write("data/metrics.yml", site.Read("data/metrics.yml") +
            "\n- id: research-participants\n  domain: research-development\n  title: People taking part in health research\n  unit: count\n  better: up\n  definition: Residents recruited to research studies.\n");
        site.Replace("input/about.md", "## Who is involved", "See [research](/metrics/research-participants/).\n\n## Who is involved");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);

        Assert.False(site.Exists("/metrics/research-participants/"));
        Assert.DoesNotContain("People taking part in health research", site.Page("/metrics/"), StringComparison.Ordinal);
        Assert.Contains("<a>research</a>", site.Page("/about/"), StringComparison.Ordinal);
        Assert.Contains("No figures yet", site.Page("/domains/"), StringComparison.Ordinal);
        // A metric that some system reports keeps its page.
        Assert.True(site.Exists("/metrics/local-spend/"));
    }

    [Fact]
    public void LinkToAMetricThatDoesNotExist_IsStillABrokenLink()
    {
        using var site = new TempSite("contract-site");
        site.Replace("input/about.md", "## Who is involved", "See [research](/metrics/no-such-metric/).\n\n## Who is involved");
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith("input/about.md(", StringComparison.Ordinal) && e.Contains("error SR0401", StringComparison.Ordinal));
    }
}
