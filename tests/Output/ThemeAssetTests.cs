using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Output;

/// <summary>
/// The theme's files as published: under a folder named by a hash of their content (so they may be cached
/// for a year), styles and scripts minified, fonts as WOFF2 subsets that cover what the pages print.
/// </summary>
public sealed partial class ThemeAssetTests
{
    [Fact]
    public void Build_PublishesAssetsUnderAVersionFolder_ThatEveryPageLinksTo_AndThatCaches()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var folders = Directory.GetDirectories(Path.Combine(site.Output, "assets")).Select(Path.GetFileName).ToList();
        var version = Assert.Single(folders)!;
        Assert.Matches("^[0-9a-f]{10}$", version);

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var links = AssetLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.Contains($"/assets/{version}/css/site.css", links);
            Assert.Contains($"/assets/{version}/fonts/OpenSans-Regular.woff2", links);
            foreach (var link in links)
                Assert.True(File.Exists(Path.Combine(site.Output, link.TrimStart('/'))), $"{file} links to {link}, which was not published");
        }
        Assert.Contains($"/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n", site.Page("/_headers"), StringComparison.Ordinal);
        Assert.Contains("url(../fonts/OpenSans-Bold.woff2)", File.ReadAllText(Path.Combine(site.Output, "assets", version, "css", "site.css")).Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPage_HasAnIcon_InSvgAndPng_ThatIsNotTheNhsLogo()
    {
        using var site = new TempSite("one-system-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        foreach (var route in new[] { "/", "/case-studies/", "/404.html" })
        {
            var html = site.Page(route);
            var svg = IconLink().Match(html);
            Assert.True(svg.Success, $"{route} has no SVG icon");
            var png = PngIconLink().Match(html);
            Assert.True(png.Success, $"{route} has no PNG icon");
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, png.Groups[1].Value.TrimStart('/')));
            // PNG signature, then the IHDR chunk's width and height.
            Assert.Equal(0x89, bytes[0]);
            Assert.Equal((32, 32), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
            var drawing = File.ReadAllText(Path.Combine(site.Output, svg.Groups[1].Value.TrimStart('/')));
            Assert.StartsWith("<svg", drawing, StringComparison.Ordinal);
            Assert.DoesNotContain("NHS", drawing, StringComparison.Ordinal); // a bar chart on NHS blue, not the NHS logotype
        }
    }

    [Fact]
    public void Build_AChangedStyle_GetsANewVersion_AndTheSameThemeTheSame()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var first = Directory.GetDirectories(Path.Combine(site.Output, "assets")).Single();
        Assert.Equal(0, site.Run("build", "--no-cache").ExitCode);
        Assert.Equal(first, Directory.GetDirectories(Path.Combine(site.Output, "assets")).Single());

        // A site's own style replaces the bundled one: a new address, and the old folder is gone.
        site.Write("theme/css/site.css", "/* our own */ body { color: #212b32; }\n");
        Assert.Equal(0, site.Run("build").ExitCode);
        var second = Directory.GetDirectories(Path.Combine(site.Output, "assets")).Single();
        Assert.NotEqual(first, second);
        Assert.Equal("body{color:#212b32}", File.ReadAllText(Path.Combine(second, "css", "site.css")));
        Assert.Contains($"/assets/{Path.GetFileName(second)}/css/site.css", site.Page("/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_WithACache_KeepsEachMinifiedFile_PublishesTheSameBytes_AndMinifiesAChangedStyleAgain()
    {
        using var site = new TempSite("contract-site");
        var cache = Path.Combine(Path.GetTempPath(), "statiqreport-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var root = new StatiqReport.Content.ContentRoot(site.Root);
            var fresh = StatiqReport.Output.ThemeAssets.Collect(root);
            var cached = StatiqReport.Output.ThemeAssets.Collect(root, cache);
            Assert.Equal(fresh.Version, cached.Version);
            Assert.Equal(fresh.Files.Keys, cached.Files.Keys);
            foreach (var (route, bytes) in fresh.Files) Assert.Equal(bytes, cached.Files[route]);
            var kept = Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Select(Path.GetExtension).ToList();
            Assert.Contains(".css", kept);
            Assert.True(kept.Count(e => e == ".js") >= 3, string.Join(' ', kept));
            Assert.DoesNotContain(kept, e => e is ".woff2" or ".png" or ".tmp"); // only what was minified, and no half-written file

            site.Write("theme/css/site.css", "/* our own */ body { color: #005eb8; }\n");
            var changed = StatiqReport.Output.ThemeAssets.Collect(root, cache);
            Assert.NotEqual(cached.Version, changed.Version);
            Assert.Equal("body{color:#005eb8}", System.Text.Encoding.UTF8.GetString(changed.Files.Single(f => f.Key.EndsWith("/css/site.css", StringComparison.Ordinal)).Value));
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Build_MinifiesStylesAndScripts()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var published = Directory.GetDirectories(Path.Combine(site.Output, "assets")).Single();
        var theme = Path.Combine(Fixtures.RepoRoot, "theme");
        foreach (var rel in new[] { "css/site.css", "js/minisearch.js", "js/search.js", "js/cite.js" })
        {
            var source = new FileInfo(Path.Combine(theme, rel)).Length;
            var output = File.ReadAllText(Path.Combine(published, rel));
            Assert.True(output.Length < source * 0.85, $"{rel}: {output.Length} bytes published from {source}");
            Assert.DoesNotContain("\n  ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fonts_AreSmallWoff2Subsets_CoveringEveryCharacterThePagesPrint()
    {
        var fonts = Path.Combine(Fixtures.RepoRoot, "theme", "fonts");
        // What the pages print: the interface strings, the sample site's content, and the punctuation the formatters use.
        var text = string.Concat(Directory.EnumerateFiles(Path.Combine(Fixtures.RepoRoot, "theme", "strings"), "*.yml").Select(File.ReadAllText))
            + string.Concat(new[] { "data", "input", "tests/fixtures" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(Fixtures.RepoRoot, d), "*.*", SearchOption.AllDirectories))
                .Where(f => Path.GetExtension(f) is ".yml" or ".md" or ".csv").Select(File.ReadAllText))
            + "−–—‘’“”…£€·•\u00a0\u2009ŵŷẁẃẅỳŴŶẀẂẄỲâêîôûäëïöüáéíóú";
        var needed = text.EnumerateRunes().Where(r => r.Value > 0x20).Select(r => r.Value).ToHashSet();
        foreach (var weight in new[] { "Regular", "Bold" })
        {
            var woff2 = File.ReadAllBytes(Path.Combine(fonts, $"OpenSans-{weight}.woff2"));
            Assert.True(woff2.Length < 16_000, $"OpenSans-{weight}.woff2 is {woff2.Length:N0} bytes");
            var has = Woff2Characters.Of(woff2);
            var source = Woff2Characters.OfTrueType(File.ReadAllBytes(Path.Combine(fonts, $"OpenSans-{weight}.ttf")));
            // A character Open Sans itself lacks (arrows, triangles) is drawn in the reader's sans-serif either way.
            var missing = needed.Where(c => source.Contains(c) && !has.Contains(c)).Select(c => $"U+{c:X4} {char.ConvertFromUtf32(c)}").ToList();
            Assert.True(missing.Count == 0, $"OpenSans-{weight}.woff2 lacks {string.Join(", ", missing)}: add them to CHARACTERS in theme/fonts/make-subsets.py and run it");
            Assert.Contains('ŵ', has.Select(c => (char)c));
            // And it is a subset: Greek, which Open Sans has, is left out.
            Assert.Contains(0x03A9, source);
            Assert.DoesNotContain(0x03A9, has);
        }
    }

    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+\\.svg)\" type=\"image/svg(?:\\+|&#x2B;)xml\"")]
    private static partial Regex IconLink();

    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+\\.png)\" sizes=\"32x32\" type=\"image/png\"")]
    private static partial Regex PngIconLink();

    [GeneratedRegex("(?:href|src)=\"(/assets/[^\"]+)\"")]
    private static partial Regex AssetLink();
}
