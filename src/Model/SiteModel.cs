namespace StatiqReport.Model;

/// <summary>
/// Everything the site is built from, loaded and validated. Collections are sorted by id
/// so every page built from them is deterministic.
/// </summary>
public sealed record SiteModel(
    SiteSettings Settings,
    IReadOnlyList<Principle> Principles,
    IReadOnlyList<Domain> Domains,
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<MaturityArea> Maturity,
    IReadOnlyList<SystemProfile> Systems,
    IReadOnlyList<CaseStudy> CaseStudies,
    IReadOnlyList<MetricValue> Values,
    IReadOnlyList<FreePage> Pages,
    IReadOnlyList<AnnualReport> Reports,
    FreePage? Home)
{
    /// <summary>The theme's interface strings by language code (en, cy), with the site's overrides.</summary>
    public IReadOnlyDictionary<string, Localisation.Strings> Interface { get; init; } = new Dictionary<string, Localisation.Strings>();

    /// <summary>The same site in Welsh (text translated, untranslated items marked), or null when the site does not publish in Welsh.</summary>
    public SiteModel? Welsh { get; init; }

    /// <summary>The interface strings of the site's main language.</summary>
    public Localisation.Strings MainStrings => Interface[Settings.Language.StartsWith("cy", StringComparison.Ordinal) ? "cy" : "en"];

    private Dictionary<string, SystemProfile>? _systems;
    private Dictionary<string, MetricDefinition>? _metrics;
    private Dictionary<string, CaseStudy>? _caseStudies;
    private ILookup<(string System, string Metric), MetricValue>? _series;

    public SystemProfile System(string id) => (_systems ??= Systems.ToDictionary(s => s.Id))[id];
    public MetricDefinition Metric(string id) => (_metrics ??= Metrics.ToDictionary(m => m.Id))[id];
    public CaseStudy CaseStudy(string id) => (_caseStudies ??= CaseStudies.ToDictionary(c => c.Id))[id];
    public Principle Principle(string id) => Principles.First(p => p.Id == id);
    public Domain Domain(string id) => Domains.First(d => d.Id == id);

    /// <summary>A system's values of one metric, oldest period first.</summary>
    public IReadOnlyList<MetricValue> Series(string systemId, string metricId) =>
        (_series ??= Values.ToLookup(v => (v.SystemId, v.MetricId)))[(systemId, metricId)]
            .OrderBy(v => v.Period).ToList();
}
