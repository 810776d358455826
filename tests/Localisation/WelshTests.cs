using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Localisation;

/// <summary>
/// A bilingual site (tests/fixtures/welsh-site: the contract fixture plus Welsh translations for its
/// Welsh health board, Glan-y-Môr): both language trees build, every page has its twin, the language
/// switches and hreflang alternates resolve, lang is right, and a missing Welsh translation for a
/// board that must publish in Welsh is a located error naming the file.
/// </summary>
public sealed partial class WelshTests
{
    private static List<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>The address of a page from its file: "x/index.html" is "x/"; "404.html" stays.</summary>
    private static string Folder(string href) => href.EndsWith("/index.html", StringComparison.Ordinal) ? href[..^"index.html".Length] : href;

    [Fact]
    public void EveryPage_HasItsTwin_WithSwitchAlternatesAndLang()
    {
        using var site = new TempSite("welsh-site");
        // hreflang alternates name absolute addresses, so only a site with its address has them.
        site.Replace("data/site.yml", "title:", "url: https://anchors.example.org/\ntitle:");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var files = HtmlFiles(site.Output);
        var english = files.Where(f => !f.StartsWith("cy/", StringComparison.Ordinal)).ToList();
        var welsh = files.Where(f => f.StartsWith("cy/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();
        Assert.True(english.Count > 40, $"only {english.Count} English pages");
        Assert.Equal(english, welsh);

        foreach (var file in files)
        {
            var html = File.ReadAllText(Path.Combine(site.Output, file));
            var isWelsh = file.StartsWith("cy/", StringComparison.Ordinal);
            Assert.Matches(isWelsh ? "<html lang=\"cy\">" : "<html lang=\"en-GB\">", html);
            // The switch goes to the same page in the other language, and that page exists.
            var sw = SwitchLink().Match(html);
            Assert.True(sw.Success, $"{file}: no language switch");
            var target = sw.Groups["href"].Value.TrimStart('/');
            var targetFile = target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target;
            var expected = isWelsh ? file[3..] : "cy/" + file;
            Assert.Equal(expected, targetFile);
            Assert.True(File.Exists(Path.Combine(site.Output, targetFile)), $"{file}: the switch points at {targetFile}, which does not exist");
            Assert.Equal(isWelsh ? "en-GB" : "cy", sw.Groups["lang"].Value);
            Assert.Equal(isWelsh ? "English" : "Cymraeg", sw.Groups["text"].Value);
            // Alternates name both languages.
            var cyHref = isWelsh ? "https://anchors.example.org/" + file : "https://anchors.example.org/cy/" + file;
            var enHref = isWelsh ? "https://anchors.example.org/" + file[3..] : "https://anchors.example.org/" + file;
            Assert.Contains($"hreflang=\"cy\" href=\"{Folder(cyHref)}\"", html, StringComparison.Ordinal);
            Assert.Contains($"hreflang=\"en-GB\" href=\"{Folder(enHref)}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WelshPages_ShowTheTranslation_AndMarkEnglishFallbacks()
    {
        using var site = new TempSite("welsh-site");
        site.Replace("data/site.yml", "title:", "url: https://anchors.example.org/\ntitle:"); // so the sitemap lists pages
        Assert.Equal(0, site.Run("build").ExitCode);

        var translated = site.Page("/cy/case-studies/glan-y-mor-foundational-economy/");
        Assert.Contains("<h1>Cynnal tiroedd gan fenter gymdeithasol leol</h1>", translated, StringComparison.Ordinal);
        Assert.Contains("Cyfieithiad answyddogol", translated, StringComparison.Ordinal); // marked as an unofficial translation
        Assert.Contains("Mewn ffigurau", translated, StringComparison.Ordinal); // interface in Welsh
        Assert.Contains("o bobl sy&#x27;n gwella mewn gwaith", translated, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy/principles/", translated, StringComparison.Ordinal); // links stay in Welsh
        Assert.Matches("href=\"/assets/[0-9a-f]{10}/css/site.css\"", translated); // assets are shared

        // An English-only case study of an English system: shown in English, marked lang="en" with a note in Welsh.
        var fallback = site.Page("/cy/case-studies/northshire-heat-network/");
        Assert.Contains("<h1 lang=\"en\">A shared heat network for the hospital and college</h1>", fallback, StringComparison.Ordinal);
        Assert.Contains("Nid yw&#x27;r rhan hon wedi&#x27;i chyfieithu", fallback, StringComparison.Ordinal);

        // Dates, numbers and the report in Welsh.
        var report = site.Page("/cy/reports/glan-y-mor/2023-24/");
        Assert.Contains("Wedi&#x27;n gwreiddio ger y môr", report, StringComparison.Ordinal);
        Assert.Contains("Gwario mwy gyda chyflenwyr ar yr arfordir.", report, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy/case-studies/glan-y-mor-foundational-economy/\"", report, StringComparison.Ordinal);
        Assert.Contains("29 Chwefror 2024", translated, StringComparison.Ordinal);

        // The Welsh feed and search index are Welsh and point at Welsh pages.
        var feed = XDocument.Load(Path.Combine(site.Output, "cy", "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == "Cynnal tiroedd gan fenter gymdeithasol leol"
            && e.Element(atom + "link")!.Attribute("href")!.Value.Contains("/cy/case-studies/glan-y-mor-foundational-economy/", StringComparison.Ordinal));
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "cy", "search", "index.json")));
        Assert.Contains(index.RootElement.EnumerateArray(), d => d.GetProperty("title").GetString() == "Cynnal tiroedd gan fenter gymdeithasol leol"
            && d.GetProperty("url").GetString() == "/cy/case-studies/glan-y-mor-foundational-economy/");
        Assert.Contains(index.RootElement.EnumerateArray(), d => d.GetProperty("url").GetString() == "/cy/case-studies/northshire-heat-network/"
            && d.TryGetProperty("lang", out var lang) && lang.GetString() == "en");
        // One sitemap lists both languages.
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("/cy/case-studies/glan-y-mor-foundational-economy/", sitemap, StringComparison.Ordinal);
        Assert.Contains("/case-studies/glan-y-mor-foundational-economy/", sitemap, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> RemovedTranslations => new()
    {
        { "data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml", "data/case-studies/wales/glan-y-mor-foundational-economy.yml(1,1): error SR0601", "glan-y-mor-foundational-economy.cy.yml" },
        { "data/systems/glan-y-mor.cy.yml", "data/systems/glan-y-mor.yml(1,1): error SR0601", "data/systems/glan-y-mor.cy.yml" },
        { "input/reports/glan-y-mor/2023-24.cy.md", "input/reports/glan-y-mor/2023-24.md(1,1): error SR0601", "input/reports/glan-y-mor/2023-24.cy.md" },
    };

    [Theory]
    [MemberData(nameof(RemovedTranslations))]
    public void RemovingAWelshTranslation_OfABoardThatMustPublishInWelsh_FailsNamingTheFile(string removed, string expected, string names)
    {
        using var site = new TempSite("welsh-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count();
        site.Delete(removed);

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith(expected, StringComparison.Ordinal) && e.Contains(names, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void MissingSharedTranslations_AreErrors_WhenTheSiteSaysSharedIsRequired()
    {
        using var site = new TempSite("welsh-site");
        site.Replace("data/site.yml", "shared: optional", "shared: required");
        var result = site.Run("validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith("data/domains.yml(1,1): error SR0601", StringComparison.Ordinal) && e.Contains("data/domains.cy.yml", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("input/accessibility.md(1,1): error SR0601", StringComparison.Ordinal) && e.Contains("input/accessibility.cy.md", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("data/site.yml(1,1): error SR0601", StringComparison.Ordinal) && e.Contains("data/site.cy.yml", StringComparison.Ordinal));
        // The English-only systems' case studies are still only a warning.
        Assert.DoesNotContain(result.Errors, e => e.Contains("northshire-heat-network", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultRequirement_IsEveryWelshBoardThatPublishesInWelsh()
    {
        using var site = new TempSite("welsh-site");
        site.Replace("data/site.yml", "  required: [glan-y-mor]\n", "");
        site.Delete("data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml");
        var result = site.Run("validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.Contains("error SR0601", StringComparison.Ordinal) && e.Contains("glan-y-mor-foundational-economy.cy.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void AWelshBoardWithNoWelshFiles_IsOnlyAWarning_UnlessTheSiteRequiresEveryBoard()
    {
        using var site = new TempSite("welsh-site");
        site.Replace("data/site.yml", "  required: [glan-y-mor]\n", "");
        site.Write("data/systems/mor-hafren.yml", "name: Môr Hafren University Health Board\ntype: LHB\nnation: Wales\nsummary: A second board, in English only.\n");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("warning SR0601", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<h1>Môr Hafren University Health Board</h1>", site.Page("/cy/systems/mor-hafren/"), StringComparison.Ordinal);

        site.Write("data/site.yml", site.Read("data/site.yml").Replace("welsh:\n", "welsh:\n  required: wales\n", StringComparison.Ordinal));
        var strict = site.Run("validate");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.Errors, e => e.StartsWith("data/systems/mor-hafren.yml(1,1): error SR0601", StringComparison.Ordinal) && e.Contains("data/systems/mor-hafren.cy.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void TranslationMistakes_AreLocated()
    {
        using var site = new TempSite("welsh-site");
        site.Write("data/case-studies/wales/no-such-study.cy.yml", "title: Dim\nsummary: Dim\nfaced: Dim\ndid: Dim\nresults: Dim\n");
        site.Replace("data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml", "figures:\n  - label: o bobl sy'n gwella mewn gwaith\n",
            "figures:\n  - label: o bobl sy'n gwella mewn gwaith\n  - label: ychwanegol\n");
        site.Replace("data/systems/glan-y-mor.cy.yml", "region: Cymru", "regoin: Cymru");
        var result = site.Run("validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => e.StartsWith("data/case-studies/wales/no-such-study.cy.yml(1,1): error SR0602", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml(", StringComparison.Ordinal)
            && e.Contains("error SR0603", StringComparison.Ordinal) && e.Contains("2 items in Welsh but 1 in English", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("data/systems/glan-y-mor.cy.yml(4,1): error SR0101", StringComparison.Ordinal) && e.Contains("did you mean 'region'?", StringComparison.Ordinal));
    }

    [Fact]
    public void SiteWithoutWelsh_HasNoWelshTree()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cy")));
        Assert.DoesNotContain("language-switch", site.Page("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang", site.Page("/"), StringComparison.Ordinal);
    }

    [Fact]
    public void BilingualBuild_WithBaseUrl_KeepsEveryLinkUnderIt()
    {
        using var site = new TempSite("welsh-site");
        var result = site.Run("build", "--base-url", "/anchors/");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var page = site.Page("/cy/systems/glan-y-mor/");
        Assert.Contains("class=\"language-switch\" href=\"/anchors/systems/glan-y-mor/\"", page, StringComparison.Ordinal);
        foreach (Match m in Regex.Matches(page, "(?:href|src)=\"(/[^\"]*)\""))
            Assert.StartsWith("/anchors/", m.Groups[1].Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a class=\"language-switch\" href=\"(?<href>[^\"]*)\" hreflang=\"(?<lang>[^\"]*)\" lang=\"[^\"]*\">(?<text>[^<]*)</a>")]
    private static partial Regex SwitchLink();
}
