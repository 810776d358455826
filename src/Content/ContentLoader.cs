using StatiqReport.Diagnostics;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Content;

/// <summary>
/// The load and validate stages: reads every content kind of the contract into a typed
/// <see cref="SiteModel"/>, then checks cross-references. Errors are collected, never thrown:
/// the caller sees all of them at once.
/// </summary>
public static class ContentLoader
{
    /// <param name="allowPlaceholders">Starter text left in the files is one warning (a first look), not an error at each.</param>
    public static SiteModel? Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs, ContentCache? cache = null, bool allowPlaceholders = false)
    {
        var settings = SiteSettingsLoader.Load(root, diags, refs);
        var principles = CatalogueLoader.Principles(root, diags, refs);
        var domains = CatalogueLoader.Domains(root, diags, refs);
        var maturity = CatalogueLoader.Maturity(root, diags, refs);
        var metrics = CatalogueLoader.Metrics(root, diags, refs);
        // The content kinds are independent: they load side by side (each loader is parallel inside too).
        IReadOnlyList<SystemProfile> systems = [];
        IReadOnlyList<CaseStudy> caseStudies = [];
        IReadOnlyList<MetricValue> values = [];
        IReadOnlyList<FreePage> pages = [];
        FreePage? home = null;
        IReadOnlyList<AnnualReport> reports = [];
        IReadOnlyDictionary<string, Localisation.Strings> strings = new Dictionary<string, Localisation.Strings>();
        Parallel.Invoke(
            () => caseStudies = CaseStudyLoader.Load(root, diags, refs, cache),
            () => systems = SystemLoader.Load(root, diags, refs),
            () => values = MetricCsvLoader.Load(root, diags, refs, metrics),
            () => (pages, home) = PageLoader.Load(root, diags, refs, Routes.ReservedSlugs),
            () => reports = ReportLoader.Load(root, diags, refs),
            () => strings = StringsLoader.Load(root, diags),
            () => Starter.Placeholders.Check(root, diags, allowPlaceholders));

        // Every other file under data/ and input/ is reported; unused images only when every case study and report
        // loaded with its image, as an image named by a file that could not be read, named with other
        // capitals (its own error says which file it meant) or given no alt text, would be called unused.
        var caseStudyFiles = root.Files("data/case-studies", "*.yml", true).Count + root.Files("data/case-studies", "*.yaml", true).Count;
        // A case study saved as .txt is its own error, and may name an image too.
        var imagesKnown = caseStudies.Count == caseStudyFiles && root.Files("data/case-studies", "*.txt", true).Count == 0
            && reports.Count == root.Files("input/reports", "*.md", true).Count
            && !diags.Has(ErrorCodes.ImageNotFound) && !diags.Has(ErrorCodes.ImageAltMissing) && !diags.Has(ErrorCodes.WrongShape);
        ContentInventory.Check(root, diags, imagesKnown ? UsedImages(caseStudies, reports) : null);

        var known = new Dictionary<ReferenceKind, IReadOnlySet<string>>
        {
            [ReferenceKind.System] = FileIds(root, "data/systems", false),
            [ReferenceKind.CaseStudy] = FileIds(root, "data/case-studies", true),
        };
        // An entry that is in its catalogue but has a mistake is known: the mistake is reported in the catalogue, not at every use.
        if (principles.Count > 0) known[ReferenceKind.Principle] = Catalogued(refs, ReferenceKind.Principle, principles.Select(p => p.Id));
        if (domains.Count > 0) known[ReferenceKind.Domain] = Catalogued(refs, ReferenceKind.Domain, domains.Select(d => d.Id));
        if (root.Exists("data/metrics.yml") && !diags.Sorted().Any(d => d.Location.Path == "data/metrics.yml" && d.Code == ErrorCodes.SyntaxError))
            known[ReferenceKind.Metric] = Catalogued(refs, ReferenceKind.Metric, metrics.Select(m => m.Id));
        if (maturity.Count > 0) known[ReferenceKind.MaturityArea] = Catalogued(refs, ReferenceKind.MaturityArea, maturity.Select(m => m.Id));
        ReferenceValidator.Check(refs, known, diags);
        ReportFigures.Check(reports, values, metrics.Select(m => m.Id), refs, diags);

        if (systems.Count == 0 && !diags.HasErrors)
            diags.Error(SourceLocation.File("data/systems"), ErrorCodes.FileUnreadable, "the site has no systems; add at least one file data/systems/<id>.yml (see the README)");

        // The Welsh side is read and checked even when the English has errors, so every mistake is reported in one run;
        // whether a translation is missing can only be judged when the English loaded.
        var englishLoaded = !diags.HasErrors;
        var welsh = WelshLoader.Read(root, diags, refs);
        var site = new SiteModel(settings, principles, domains, metrics, maturity, systems, caseStudies, values, pages, reports, home) { Interface = strings };
        var cy = WelshLoader.Build(root, site, welsh, diags, englishLoaded);
        if (!diags.HasErrors) return site with { Welsh = cy };
        Output.LinkChecker.CheckWithoutPages(refs.Links, diags);
        return null;
    }

    private static HashSet<string> Catalogued(ReferenceList refs, ReferenceKind kind, IEnumerable<string> loaded) =>
        loaded.Concat(refs.Catalogued.GetValueOrDefault(kind) ?? new HashSet<string>()).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> UsedImages(IEnumerable<CaseStudy> caseStudies, IEnumerable<AnnualReport> reports) =>
        caseStudies.Select(c => c.Image?.Src).Concat(reports.Select(r => r.Cover?.Src)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> FileIds(ContentRoot root, string folder, bool recursive) =>
        root.Files(folder, "*.yml", recursive).Concat(root.Files(folder, "*.yaml", recursive))
            .Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
}
