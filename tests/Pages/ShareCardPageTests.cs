using System.Net;
using System.Text.RegularExpressions;
using SkiaSharp;
using StatiqReport.Pipeline;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pages;

/// <summary>
/// Share cards on the built site (issue 18, item 6): every report and case study has a 1200 × 630
/// share.png beside it; with the site's address known its head names it (absolute) with its size, type
/// and a text alternative that gives the figures; without it the card is named by its address from the root.
/// </summary>
public sealed partial class ShareCardPageTests : IClassFixture<ShareCardPageTests.Built>
{
    public sealed class Built : IDisposable
    {
        public TempSite WithUrl { get; } = new("contract-site");
        public TempSite WithoutUrl { get; } = new("contract-site");
        public TempSite Welsh { get; } = new("welsh-site");

        public Built()
        {
            WithUrl.Write("data/site.yml", WithUrl.Read("data/site.yml") + "url: https://anchors.example.org/network/\n");
            Welsh.Write("data/site.yml", Welsh.Read("data/site.yml") + "url: https://anchors.example.org/\n");
            foreach (var site in new[] { WithUrl, WithoutUrl, Welsh })
            {
                var run = site.Run("build");
                Assert.True(run.ExitCode == 0, run.Stderr);
            }
        }

        public void Dispose()
        {
            WithUrl.Dispose();
            WithoutUrl.Dispose();
            Welsh.Dispose();
        }
    }

    private readonly Built _built;
    public ShareCardPageTests(Built built) => _built = built;

    /// <summary>The og:image tags of a page, by property ("og:image", "og:image:alt", ...).</summary>
    private static Dictionary<string, string> OgImage(string html) =>
        OgImageTag().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);

    private static string TwitterCard(string html) => TwitterCardTag().Match(html).Groups[1].Value;

    private static SKBitmap Png(TempSite site, string route) =>
        SKBitmap.Decode(File.ReadAllBytes(Path.Combine(site.Output, Routing.Routes.FileOf(route).Replace('/', Path.DirectorySeparatorChar))));

    private static int YellowPixels(SKBitmap bitmap)
    {
        var n = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) == StatiqReport.Rendering.ShareCardLayout.WarmYellow) n++;
        return n;
    }

    [Theory]
    [InlineData("/reports/northshire/2023-24/")]
    [InlineData("/case-studies/northshire-heat-network/")]
    [InlineData("/case-studies/southvale-wellbeing-hubs/")]
    public void Page_WithUrl_NamesItsCard_Absolute_WithSizeTypeAndAlt(string route)
    {
        var tags = OgImage(_built.WithUrl.Page(route));
        Assert.Equal("https://anchors.example.org/network" + route + "share.png", tags["og:image"]);
        Assert.Equal("1200", tags["og:image:width"]);
        Assert.Equal("630", tags["og:image:height"]);
        Assert.Equal("image/png", tags["og:image:type"]);
        Assert.False(string.IsNullOrWhiteSpace(tags["og:image:alt"]));
        Assert.Equal("summary_large_image", TwitterCard(_built.WithUrl.Page(route)));
        using var png = Png(_built.WithUrl, route + "share.png");
        Assert.Equal((1200, 630), (png.Width, png.Height));
    }

    [Fact]
    public void Page_WithoutUrl_NamesItsCardFromTheRoot_AndTheCardIsDrawn()
    {
        foreach (var route in new[] { "/reports/northshire/2023-24/", "/case-studies/northshire-heat-network/" })
        {
            var html = _built.WithoutUrl.Page(route);
            Assert.Contains($"<meta property=\"og:image\" content=\"{route}share.png\"", html, StringComparison.Ordinal);
            Assert.Equal("summary_large_image", TwitterCard(html));
            using var png = Png(_built.WithoutUrl, route + "share.png");
            Assert.Equal((1200, 630), (png.Width, png.Height));
        }
    }

    [Fact]
    public void OtherPages_HaveNoCard()
    {
        Assert.DoesNotContain("og:image", _built.WithUrl.Page("/systems/northshire/"), StringComparison.Ordinal);
        Assert.False(_built.WithUrl.Exists("/systems/northshire/share.png"));
        Assert.DoesNotContain("share.png", _built.WithUrl.Read("output/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAlt_GivesSystemTitleAndHighlights_PeopleAndPoundsFirst()
    {
        var alt = OgImage(_built.WithUrl.Page("/reports/northshire/2023-24/"))["og:image:alt"];
        Assert.StartsWith("Northshire Integrated Care System. Annual impact report 2023/24: ", alt, StringComparison.Ordinal);
        // Written as share, spend, hires: hires (a count) and spend (money) lead, as in the year at a glance.
        var (hires, spend, share) = (alt.IndexOf("1,234", StringComparison.Ordinal), alt.IndexOf("£61.2m", StringComparison.Ordinal), alt.IndexOf("23.5%", StringComparison.Ordinal));
        Assert.True(hires > 0 && hires < spend && spend < share, alt);
        Assert.DoesNotContain("illustrative", alt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IllustrativeCaseStudy_IsMarkedInTheAlt_AndOnTheCard()
    {
        var alt = OgImage(_built.WithUrl.Page("/case-studies/southvale-wellbeing-hubs/"))["og:image:alt"];
        Assert.Contains("1,500 health checks completed (illustrative)", alt, StringComparison.Ordinal);
        using var marked = Png(_built.WithUrl, "/case-studies/southvale-wellbeing-hubs/share.png");
        using var real = Png(_built.WithUrl, "/case-studies/northshire-heat-network/share.png");
        Assert.True(YellowPixels(marked) > 1000, "the illustrative case study's card has no yellow tag");
        Assert.Equal(0, YellowPixels(real));
    }

    [Fact]
    public void WelshPages_HaveWelshCards()
    {
        var html = _built.Welsh.Page("/cy/case-studies/glan-y-mor-foundational-economy/");
        var tags = OgImage(html);
        Assert.Equal("https://anchors.example.org/cy/case-studies/glan-y-mor-foundational-economy/share.png", tags["og:image"]);
        Assert.StartsWith("Bwrdd Iechyd Prifysgol Glan-y-Môr. Astudiaeth achos: Cynnal tiroedd", tags["og:image:alt"], StringComparison.Ordinal);
        Assert.Contains("Ffigurau: 14 o bobl sy'n gwella mewn gwaith", tags["og:image:alt"], StringComparison.Ordinal);
        // The report's invented figure is marked in Welsh, and on the card.
        var report = OgImage(_built.Welsh.Page("/cy/reports/glan-y-mor/2023-24/"))["og:image:alt"];
        Assert.Contains("140 (enghreifftiol)", report, StringComparison.Ordinal);
        using var card = Png(_built.Welsh, "/cy/reports/glan-y-mor/2023-24/share.png");
        Assert.True(YellowPixels(card) > 1000);
        // The English twin has its own English card.
        Assert.NotEqual(File.ReadAllBytes(_built.Welsh.Path_("output/reports/glan-y-mor/2023-24/share.png")),
            File.ReadAllBytes(_built.Welsh.Path_("output/cy/reports/glan-y-mor/2023-24/share.png")));
    }

    [Fact]
    public void Cards_AreTheSameBytes_InTwoBuilds()
    {
        var again = _built.WithoutUrl.Run("build", "--no-cache", "--output", _built.WithoutUrl.Path_("again"));
        Assert.True(again.ExitCode == 0, again.Stderr);
        var cards = Directory.EnumerateFiles(_built.WithoutUrl.Output, "share.png", SearchOption.AllDirectories).ToList();
        Assert.Equal(7, cards.Count); // 2 reports and 5 case studies
        foreach (var card in cards)
            Assert.Equal(File.ReadAllBytes(card), File.ReadAllBytes(Path.Combine(_built.WithoutUrl.Path_("again"), Path.GetRelativePath(_built.WithoutUrl.Output, card))));
    }

    [Fact]
    public void WarmBuild_DrawsNoCard_AndAnEditRedrawsOnlyTheCardsItChanges()
    {
        using var site = new TempSite("contract-site");
        BuildResult Build() => new BuildPipeline(new BuildSettings(site.Root, site.Output, null)).Run();
        Assert.Equal(7, Build().Drawn);
        Assert.Equal(0, Build().Drawn);
        // A foreword is not on the card: nothing is drawn again.
        site.Replace("input/reports/northshire/2023-24.md", "---\nOur second year", "---\nA new first paragraph.\n\nOur second year");
        Assert.Equal(0, Build().Drawn);
        // A case study's title is: its card alone is drawn again.
        site.Replace("data/case-studies/northshire-heat-network.yml", "title: ", "title: New ");
        Assert.Equal(1, Build().Drawn);
        Assert.Equal(7, new BuildPipeline(new BuildSettings(site.Root, site.Output, null, NoCache: true)).Run().Drawn);
    }

    [GeneratedRegex("<meta property=\"(og:image(?::[a-z]+)?)\" content=\"([^\"]*)\"")]
    private static partial Regex OgImageTag();

    [GeneratedRegex("<meta name=\"twitter:card\" content=\"([^\"]*)\"")]
    private static partial Regex TwitterCardTag();
}
