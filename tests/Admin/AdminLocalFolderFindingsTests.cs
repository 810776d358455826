using AdminNode = System.Collections.Generic.OrderedDictionary<string, object?>;
using System.Text;
using StatiqReport.Admin;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Admin;

/// <summary>
/// What driving the real forms in Chromium (tests/Browser/AdminLocalFolderTests.cs) found, one test each, so a
/// change that brings a finding back fails here, fast and without a browser.
/// </summary>
public sealed class AdminLocalFolderFindingsTests
{
    /// <summary>Sveltia's local backend refused any folder without .git ("not a repository root").</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Script_LocalFolder_NeedsTheSitesDataFolder_NotGit(bool local)
    {
        var script = Encoding.UTF8.GetString(AdminVendor.ScriptBytes(local));

        Assert.DoesNotContain("getDirectoryHandle(`.git`)", script, StringComparison.Ordinal);
        Assert.Contains("n=await window.showDirectoryPicker(),n)){await n.getDirectoryHandle(`data`);", script, StringComparison.Ordinal);
        Assert.Contains(AdminVendor.NotSiteFolderMessage, script, StringComparison.Ordinal);
        Assert.DoesNotContain("not a repository root", script, StringComparison.Ordinal);
    }

    /// <summary>
    /// A relation to the case-study collection wrote "2023/northshire-local-suppliers" for a case study in a
    /// sub-folder (Sveltia's slug of a nested entry is its path), and showed such an id as unknown.
    /// </summary>
    [Fact]
    public void ReportChapters_ChooseCaseStudiesByIdWithTheirTitles_AlsoInSubFolders()
    {
        using var site = new TempSite("contract-site");
        var fields = new AdminCollections(AdminFacts.Of(site.Root)).ReportFields();
        var themes = (List<object?>)fields.Single(f => (string)f["name"]! == "themes")["fields"]!;
        var caseStudies = themes.Cast<AdminNode>().Single(f => (string)f["name"]! == "case-studies");

        Assert.Equal("select", caseStudies["widget"]);
        Assert.Equal(true, caseStudies["multiple"]);
        var options = ((List<object?>)caseStudies["options"]!).Cast<AdminNode>().Select(o => ((string)o["value"]!, (string)o["label"]!)).ToList();
        Assert.Contains(("northshire-local-suppliers", "Hospital food: buying from Northshire farms"), options); // in data/case-studies/2023/
        Assert.Contains(("glan-y-mor-foundational-economy", "Grounds maintenance by a local social enterprise"), options); // in wales/
        Assert.Equal(5, options.Count);
        Assert.All(options, o => Assert.DoesNotContain('/', o.Item1));
        Assert.Equal(options.Select(o => o.Item2).Order(StringComparer.Ordinal), options.Select(o => o.Item2));
    }

    /// <summary>
    /// On a bilingual site Sveltia ignored the file collections' i18n (site settings, catalogues) unless the
    /// collection had it too: a console warning each, and no Welsh twin edited.
    /// </summary>
    [Fact]
    public void FileCollections_OnABilingualSite_AreTranslated_AndOnAnEnglishSiteAreNot()
    {
        using var welsh = new TempSite("welsh-site");
        using var english = new TempSite("contract-site");

        foreach (var name in new[] { "settings", "catalogues" })
        {
            Assert.Equal(true, Collection(welsh, name)["i18n"]);
            Assert.False(Collection(english, name).ContainsKey("i18n"));
        }
    }

    /// <summary>Sveltia's preview pane (the fields as plain text) took a third of the form's width at 1280 px.</summary>
    [Fact]
    public void EveryCollection_HasNoPreviewPane()
    {
        using var site = new TempSite("welsh-site");
        var collections = ((List<object?>)AdminConfig.Tree(AdminFacts.Of(site.Root))["collections"]!).Cast<AdminNode>().ToList();

        Assert.NotEmpty(collections);
        Assert.All(collections, c => Assert.Equal(false, ((AdminNode)c["editor"]!)["preview"]));
    }

    /// <summary>The image chooser offered "Enter URL"; a web address is not a file of the site, which the loader requires.</summary>
    [Fact]
    public void CaseStudyImage_IsAFileOfTheSite_NeverAWebAddress()
    {
        var image = new AdminCollections(new AdminFacts([], [], [], [], [], false, "Test", null, "site")).CaseStudyFields().Single(f => (string)f["name"]! == "image");
        var src = ((List<object?>)image["fields"]!).Cast<AdminNode>().Single(f => (string)f["name"]! == "src");

        Assert.Equal("image", src["widget"]);
        Assert.Equal(false, src["choose_url"]);
    }

    /// <summary>Sveltia writes an image's path with a leading slash (/input/images/x.png): the same file, the same page.</summary>
    [Fact]
    public void ImageWrittenWithALeadingSlash_ValidatesAndShowsTheImage()
    {
        using var site = new TempSite("contract-site");
        site.Replace("data/case-studies/northshire-heat-network.yml", "src: input/images/heat-network.png", "src: /input/images/heat-network.png");

        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Contains("<img src=\"/input/images/heat-network.png\"", site.Page("/case-studies/northshire-heat-network/"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "input", "images", "heat-network.png")));
    }

    private static AdminNode Collection(TempSite site, string name) =>
        ((List<object?>)AdminConfig.Tree(AdminFacts.Of(site.Root))["collections"]!).Cast<AdminNode>().Single(c => (string)c["name"]! == name);
}
