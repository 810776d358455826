using System.Text.RegularExpressions;
using System.Xml.Linq;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pages;

/// <summary>
/// Canonical links, hreflang, og:url, the sitemap and robots.txt name absolute addresses when the site's
/// address is known (url in site.yml, or a full --base-url), and are left out when it is not: a relative
/// canonical or sitemap entry is read against wherever the page was found, which is worse than none.
/// </summary>
public sealed partial class PublicAddressTests
{
    [Fact]
    public void Build_WithUrl_NamesAbsoluteAddressesEverywhere()
    {
        using var site = new TempSite("welsh-site");
        site.Replace("data/site.yml", "title:", "url: https://anchors.example.org/north/\ntitle:");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("has no url", result.Stdout, StringComparison.Ordinal);

        var page = site.Page("/case-studies/glan-y-mor-foundational-economy/");
        Assert.Contains("<link rel=\"canonical\" href=\"https://anchors.example.org/north/case-studies/glan-y-mor-foundational-economy/\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"https://anchors.example.org/north/case-studies/glan-y-mor-foundational-economy/\"", page, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"cy\" href=\"https://anchors.example.org/north/cy/case-studies/glan-y-mor-foundational-economy/\"", page, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"x-default\" href=\"https://anchors.example.org/north/case-studies/glan-y-mor-foundational-economy/\"", page, StringComparison.Ordinal);

        var welsh = site.Page("/cy/case-studies/glan-y-mor-foundational-economy/");
        Assert.Contains("<link rel=\"canonical\" href=\"https://anchors.example.org/north/cy/case-studies/glan-y-mor-foundational-economy/\"", welsh, StringComparison.Ordinal);

        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://anchors.example.org/north/sitemap.xml\n", site.Page("/robots.txt"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(site.Page("/sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.Contains("https://anchors.example.org/north/cy/case-studies/glan-y-mor-foundational-economy/", locs);
        Assert.All(locs, l => Assert.StartsWith("https://anchors.example.org/north/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithAFullBaseUrl_TakesTheAddressFromIt()
    {
        using var site = new TempSite("contract-site");
        var result = site.Run("build", "--base-url", "https://owner.github.io/anchors/");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("<link rel=\"canonical\" href=\"https://owner.github.io/anchors/systems/\"", site.Page("/systems/"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://owner.github.io/anchors/sitemap.xml", site.Page("/robots.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("has no url", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutUrl_LeavesThemOut_AndSaysSoOnce()
    {
        using var site = new TempSite("welsh-site");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);

        // Said once, in plain words, with the line to add.
        Assert.Equal(1, Regex.Count(result.Stdout, "has no url"));
        Assert.Contains("add it to data/site.yml, e.g. url: https://", result.Stdout, StringComparison.Ordinal);

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("rel=\"canonical\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("og:url", html, StringComparison.Ordinal);
            Assert.False(HreflangAlternate().IsMatch(html), $"{file} has an hreflang alternate without the site's address");
        }
        // The language switch still works.
        Assert.Contains("class=\"language-switch\" href=\"/cy/\"", site.Page("/"), StringComparison.Ordinal);
        // The sitemap is there (the contract names it) but lists nothing, and says why; robots.txt names no sitemap.
        var sitemap = XDocument.Parse(site.Page("/sitemap.xml"));
        Assert.Empty(sitemap.Root!.Elements());
        Assert.Contains("data/site.yml has no url", sitemap.Root.Nodes().OfType<XComment>().Single().Value, StringComparison.Ordinal);
        Assert.Equal("User-agent: *\nAllow: /\n", site.Page("/robots.txt"));
    }

    [Fact]
    public void Validate_WithoutUrl_SaysNothingAboutIt()
    {
        using var site = new TempSite("contract-site");
        var result = site.Run("validate");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("url", result.Stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex("<link rel=\"alternate\" hreflang=")]
    private static partial Regex HreflangAlternate();
}
