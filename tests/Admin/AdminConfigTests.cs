using AdminNode = System.Collections.Generic.OrderedDictionary<string, object?>;
using System.Text.Json;
using Json.Schema;
using StatiqReport.Admin;
using StatiqReport.Content;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Admin;

/// <summary>The generated CMS configuration: valid for Sveltia, one field per key the loaders accept, options from the site's catalogues.</summary>
public sealed class AdminConfigTests
{
    private static readonly string SchemaPath = Path.Combine(Fixtures.RepoRoot, "src", "Admin", "vendor", "schema", "sveltia-cms.json");

    [Theory]
    [InlineData("contract-site")]
    [InlineData("welsh-site")]
    [InlineData("minimal-site")]
    public void Config_ForFixtureSite_IsValidAgainstTheSchemaSveltiaShips(string fixture)
    {
        using var site = new TempSite(fixture);
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));
        var json = JsonSerializer.SerializeToElement(AdminConfig.Tree(AdminFacts.Of(site.Root)));

        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20);
        Assert.True(result.IsValid, "config.yml does not match Sveltia's schema:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Config_SameSiteTwice_IsByteIdentical()
    {
        using var site = new TempSite("welsh-site");
        Assert.Equal(AdminConfig.Yaml(AdminFacts.Of(site.Root)), AdminConfig.Yaml(AdminFacts.Of(site.Root)));
    }

    public static TheoryData<string, string[], string[]> Kinds => new()
    {
        { "case study", Names(Collections().CaseStudyFields()), CaseStudyLoader.Keys },
        { "figure", Sub(Collections().CaseStudyFields(), "figures"), CaseStudyLoader.FigureKeys },
        { "stage", Sub(Collections().CaseStudyFields(), "stages"), CaseStudyLoader.StageKeys },
        { "quote", Sub(Collections().CaseStudyFields(), "quotes"), CaseStudyLoader.QuoteKeys },
        { "source", Sub(Collections().CaseStudyFields(), "sources"), CaseStudyLoader.SourceKeys },
        { "image", Sub(Collections().CaseStudyFields(), "image"), CaseStudyLoader.ImageKeys },
        { "system", Names(Collections().SystemFields()), SystemLoader.Keys },
        // The body field is the Markdown after the front matter (the foreword, the page), not a key.
        { "report", Names(Collections().ReportFields()).Where(n => n != "body").ToArray(), ReportLoader.Keys },
        { "theme", Sub(Collections().ReportFields(), "themes"), ReportLoader.ThemeKeys },
        { "commitment", Sub(Collections().ReportFields(), "commitments"), ReportLoader.CommitmentKeys },
        { "page", Names(Collections().PageFields()).Where(n => n != "body").ToArray(), PageLoader.Keys },
        { "site settings", Names(Collections().SettingsFields()), SiteSettingsLoader.Keys },
        { "Welsh settings", Sub(Collections().SettingsFields(), "welsh"), SiteSettingsLoader.WelshKeys },
        { "principle", Catalogue("principles"), CatalogueLoader.PrincipleKeys },
        { "domain", Catalogue("domains"), CatalogueLoader.DomainKeys },
        { "metric", Catalogue("metrics"), CatalogueLoader.MetricKeys },
        { "maturity area", Catalogue("maturity"), CatalogueLoader.MaturityKeys },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fields_OfEachKind_AreExactlyTheKeysItsLoaderAccepts(string kind, string[] fields, string[] keys)
    {
        Assert.True(keys.Order(StringComparer.Ordinal).SequenceEqual(fields.Order(StringComparer.Ordinal)),
            $"{kind}: fields [{string.Join(", ", fields)}] but the loader accepts [{string.Join(", ", keys)}]");
    }

    public static TheoryData<string, string[], string[]> Twins => new()
    {
        { "case study", Translated(Collections(bilingual: true).CaseStudyFields()), WelshLoader.CaseKeys },
        { "system", Translated(Collections(bilingual: true).SystemFields()), WelshLoader.SystemKeys },
        { "report", Translated(Collections(bilingual: true).ReportFields()).Where(n => n != "body").ToArray(), WelshLoader.ReportKeys },
        { "page", Translated(Collections(bilingual: true).PageFields()).Where(n => n != "body").ToArray(), WelshLoader.PageKeys },
        { "site", Translated(Collections(bilingual: true).SettingsFields()), WelshLoader.SiteKeys },
        { "figure", Translated(SubFields(Collections(bilingual: true).CaseStudyFields(), "figures")), WelshLoader.LabelKeys },
        { "quote", Translated(SubFields(Collections(bilingual: true).CaseStudyFields(), "quotes")), WelshLoader.QuoteKeys },
        { "source", Translated(SubFields(Collections(bilingual: true).CaseStudyFields(), "sources")), WelshLoader.TitleKeys },
        { "image", Translated(SubFields(Collections(bilingual: true).CaseStudyFields(), "image")), WelshLoader.AltKeys },
        { "theme", Translated(SubFields(Collections(bilingual: true).ReportFields(), "themes")), WelshLoader.ThemeKeys },
        { "commitment", Translated(SubFields(Collections(bilingual: true).ReportFields(), "commitments")), WelshLoader.CommitmentKeys },
    };

    /// <summary>
    /// What the CMS writes into a Welsh twin (the translated fields) is what the Welsh loader accepts there;
    /// 'unofficial' is the one Welsh-only key (not in the forms: an English field would write it into x.yml too).
    /// </summary>
    [Theory]
    [MemberData(nameof(Twins))]
    public void TranslatedFields_OfEachKind_AreTheKeysOfItsWelshTwin(string kind, string[] translated, string[] welshKeys)
    {
        var expected = welshKeys.Where(k => k != "unofficial").Order(StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(translated.Order(StringComparer.Ordinal)),
            $"{kind}: translated fields [{string.Join(", ", translated)}] but the Welsh twin holds [{string.Join(", ", welshKeys)}]");
    }

    [Fact]
    public void Options_ComeFromTheSitesOwnCatalogues_InTheirOrder()
    {
        using var site = new TempSite("contract-site");
        site.Write("data/metrics.yml", site.Read("data/metrics.yml") +
            "- id: hedgerows-planted\n  domain: net-zero\n  title: Hedgerows planted\n  unit: metres of hedge\n  better: up\n  definition: Metres planted on NHS land.\n");
        var c = new AdminCollections(AdminFacts.Of(site.Root));

        var highlights = Options(c.ReportFields(), "highlights");
        Assert.Contains(("hedgerows-planted", "Hedgerows planted"), highlights);
        Assert.Contains(("metres of hedge", "metres of hedge"), Options(SubFields(c.CaseStudyFields(), "figures"), "unit"));
        var principles = Options(c.CaseStudyFields(), "principles");
        Assert.Equal(CatalogueLoader.PrincipleIds, principles.Select(p => p.Value));
        var domains = Options(c.CaseStudyFields(), "domains").Select(d => d.Value);
        Assert.Equal(CatalogueLoader.DomainIds, domains);
    }

    [Fact]
    public void Config_OnEnglishSite_HasNoTranslation_AndOnBilingualSite_WritesTwinsBeside()
    {
        using var english = new TempSite("contract-site");
        using var welsh = new TempSite("welsh-site");
        Assert.DoesNotContain("i18n", AdminConfig.Yaml(AdminFacts.Of(english.Root)), StringComparison.Ordinal);
        var tree = AdminConfig.Tree(AdminFacts.Of(welsh.Root));
        var i18n = (AdminNode)tree["i18n"]!;
        Assert.Equal("multiple_files", i18n["structure"]);
        Assert.Equal(true, i18n["omit_default_locale_from_file_path"]);
        Assert.Equal(new List<object?> { "en", "cy" }, i18n["locales"]);
    }

    private static AdminCollections Collections(bool bilingual = false) =>
        new(new AdminFacts([], [], [], [], ["2023-24"], bilingual, "Test", null, "site"));

    private static string[] Names(IEnumerable<AdminNode> fields) => fields.Select(f => (string)f["name"]!).ToArray();

    private static AdminNode[] SubFields(IEnumerable<AdminNode> fields, string name) =>
        ((List<object?>)fields.Single(f => (string)f["name"]! == name)["fields"]!).Cast<AdminNode>().ToArray();

    private static string[] Sub(IEnumerable<AdminNode> fields, string name) => Names(SubFields(fields, name));

    private static string[] Translated(IEnumerable<AdminNode> fields) =>
        fields.Where(f => f.TryGetValue("i18n", out var v) && v is true or "duplicate").Select(f => (string)f["name"]!).ToArray();

    private static string[] Catalogue(string name)
    {
        var files = (List<object?>)Collections().Catalogues()["files"]!;
        var file = files.Cast<AdminNode>().Single(f => (string)f["name"]! == name);
        var list = ((List<object?>)file["fields"]!).Cast<AdminNode>().Single();
        Assert.Equal(true, list["root"]);
        return Sub([list], name);
    }

    private static List<(string Value, string Label)> Options(IEnumerable<AdminNode> fields, string name) =>
        ((List<object?>)fields.Single(f => (string)f["name"]! == name)["options"]!).Cast<AdminNode>()
            .Select(o => ((string)o["value"]!, (string)o["label"]!)).ToList();
}
