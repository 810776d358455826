using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Admin;

/// <summary>
/// What the forms are generated from: the site's own catalogues (so a custom metric is offered), its
/// periods, whether it is bilingual (as the build decides it), and where it is kept on GitHub. Read
/// leniently: a site with mistakes still gets forms, with which the mistakes can be put right.
/// </summary>
public sealed record AdminFacts(
    IReadOnlyList<Principle> Principles,
    IReadOnlyList<Domain> Domains,
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<MaturityArea> Maturity,
    IReadOnlyList<string> Periods,
    bool Bilingual,
    string Title,
    string? Repository,
    string SiteFolder)
{
    /// <summary>
    /// The site's case studies (id, title), by title: a report's chapters choose among them. (A relation to
    /// the case-study collection would write "2023/x" for a case study in a sub-folder, not its id.)
    /// </summary>
    public IReadOnlyList<(string Id, string Title)> CaseStudies { get; init; } = [];

    /// <summary>The facts of the site at <paramref name="rootPath"/>, in the catalogues' own order.</summary>
    public static AdminFacts Of(string rootPath)
    {
        var root = new ContentRoot(rootPath);
        var ignored = new DiagnosticBag();
        var refs = new ReferenceList();
        var settings = SiteSettingsLoader.Load(root, ignored, refs);
        var welsh = WelshLoader.Read(root, ignored, refs);
        return new AdminFacts(
            Principles: CatalogueLoader.Principles(root, ignored, refs),
            Domains: CatalogueLoader.Domains(root, ignored),
            Metrics: CatalogueLoader.Metrics(root, ignored, refs),
            Maturity: CatalogueLoader.Maturity(root, ignored),
            Periods: PeriodsOf(root),
            // The build's own rule (WelshLoader.Build): welsh.publish, else any Welsh file.
            Bilingual: settings.Welsh.Publish ?? welsh.Any,
            Title: settings.Title,
            Repository: settings.Repository,
            SiteFolder: Path.GetFileName(Path.TrimEndingDirectorySeparator(root.FullPath)))
        {
            CaseStudies = CaseStudyLoader.Load(root, ignored, new ReferenceList())
                .Select(c => (c.Id, c.Title))
                .OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList(),
        };
    }

    /// <summary>
    /// The financial years a system's maturity can be given for: those of the site's reports and metric
    /// values and the systems' maturity, and the year after the latest, oldest first. Taken from content,
    /// not the clock, so the same site gives the same forms.
    /// </summary>
    private static List<string> PeriodsOf(ContentRoot root)
    {
        var years = new SortedSet<int>();
        foreach (var rel in root.Files("input/reports", "*.md", recursive: true))
            if (Period.TryParse(Path.GetFileNameWithoutExtension(rel), out var p)) years.Add(p.Value.StartYear);
        var ignored = new DiagnosticBag();
        foreach (var v in MetricCsvLoader.Load(root, ignored, new ReferenceList())) years.Add(v.Period.StartYear);
        foreach (var s in SystemLoader.Load(root, ignored, new ReferenceList())) years.UnionWith(s.Maturity.Keys.Select(p => p.StartYear));
        if (years.Count > 0) years.Add(years.Max + 1);
        return years.Select(y => new Period(y).Id).ToList();
    }
}
