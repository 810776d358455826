using System.Globalization;
using StatiqReport.Formatting;
using StatiqReport.Localisation;
using StatiqReport.Markdown;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>
/// What every page builder shares: the model, the URLs, and the common parts (shell, cards,
/// series) built in one place so every page shows them the same way.
/// </summary>
public sealed class PageContext
{
    public SiteModel Site { get; }
    public SiteUrls Urls { get; }
    public Charts.ChartService Charts { get; }

    /// <summary>The interface strings of the language these pages are built in.</summary>
    public Strings S { get; }
    private readonly ILookup<string, CaseStudy> _byPrinciple;
    private readonly ILookup<string, CaseStudy> _byDomain;
    private readonly ILookup<string, CaseStudy> _bySystem;
    private readonly ILookup<string, AnnualReport> _reportsBySystem;
    private readonly ILookup<string, MetricValue> _valuesByMetric;
    private readonly ILookup<string, MetricValue> _valuesBySystem;

    public PageContext(SiteModel site, SiteUrls urls, Charts.ChartService charts, Strings strings)
    {
        S = strings;
        Site = site;
        Urls = urls;
        Charts = charts;
        _byPrinciple = site.CaseStudies.SelectMany(c => c.Principles.Select(p => (p, c))).ToLookup(x => x.p, x => x.c);
        _byDomain = site.CaseStudies.SelectMany(c => c.Domains.Select(d => (d, c))).ToLookup(x => x.d, x => x.c);
        _bySystem = site.CaseStudies.ToLookup(c => c.SystemId);
        _reportsBySystem = site.Reports.ToLookup(r => r.SystemId);
        _valuesByMetric = site.Values.ToLookup(v => v.MetricId);
        _valuesBySystem = site.Values.ToLookup(v => v.SystemId);
    }

    public IEnumerable<CaseStudy> CaseStudiesInPrinciple(string id) => Ordered(_byPrinciple[id]);
    public IEnumerable<CaseStudy> CaseStudiesInDomain(string id) => Ordered(_byDomain[id]);
    public IEnumerable<CaseStudy> CaseStudiesOfSystem(string id) => Ordered(_bySystem[id]);
    public IEnumerable<MetricValue> ValuesOfMetric(string id) => _valuesByMetric[id];
    public IEnumerable<MetricValue> ValuesOfSystem(string id) => _valuesBySystem[id];

    /// <summary>True when some system has a row for the metric in a CSV: only such metrics are listed and have a page.</summary>
    public bool IsReported(string metricId) => _valuesByMetric.Contains(metricId);

    /// <summary>The metrics some system reports, in catalogue order.</summary>
    public IEnumerable<MetricDefinition> ReportedMetrics => Site.Metrics.Where(m => IsReported(m.Id));

    /// <summary>True when the site is one system's own: it reads as that system's site, not as a list of one.</summary>
    public bool OneSystem => Site.Systems.Count == 1;

    /// <summary>Reports of a system, newest first.</summary>
    public IEnumerable<AnnualReport> ReportsOfSystem(string id) => _reportsBySystem[id].OrderByDescending(r => r.Period);

    /// <summary>Newest published first, then by title: the order of every case-study list.</summary>
    public static IEnumerable<CaseStudy> Ordered(IEnumerable<CaseStudy> items) =>
        items.OrderByDescending(c => c.Published ?? DateOnly.MinValue).ThenBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal);

    /// <summary>"/cy" when these pages are the Welsh ones, published under /cy/ mirroring every English address; "" for English.</summary>
    public string LanguagePrefix { get; init; } = "";

    /// <summary>Fingerprints of page inputs, for reusing unchanged pages; null when nothing may be reused (--no-cache).</summary>
    public Pipeline.Fingerprints? Fingerprints { get; init; }

    /// <summary>True when the site is published in English and Welsh: every page has a twin and a language switch.</summary>
    public bool Bilingual { get; init; }

    /// <summary>The build also publishes the forms at /admin/ (`build --admin`), which need a policy of their own.</summary>
    public bool Admin { get; init; }

    /// <summary>The language code of these pages' text: "cy" or "en-GB" (or the site's own English variant).</summary>
    public string Language => S.Language == "cy" ? "cy" : Site.Settings.Language.StartsWith("cy", StringComparison.Ordinal) ? "en-GB" : Site.Settings.Language;

    /// <summary>A route in this language: page routes get the language prefix; assets and data downloads are shared.</summary>
    public string Localise(string route) => LanguagePrefix.Length == 0 || IsShared(route) ? route : LanguagePrefix + route;

    /// <summary>Files both languages share: theme assets, data downloads, images, and the site-wide files.</summary>
    public static bool IsShared(string route) =>
        route.StartsWith(Routes.Assets, StringComparison.Ordinal) || route.StartsWith("/data/", StringComparison.Ordinal) || route.StartsWith("/input/", StringComparison.Ordinal)
        || route is "/robots.txt" or Routes.Sitemap or "/_headers";

    public string Href(string route) => Urls.Href(Localise(route));

    /// <summary>The version folder of this build's theme files (ThemeAssets).</summary>
    public required string AssetVersion { get; init; }

    /// <summary>The link to a theme file, e.g. Asset("css/site.css").</summary>
    public string Asset(string path) => Href(Routes.Asset(AssetVersion, path));

    /// <summary>The output file of a route in this language.</summary>
    public string FileOf(string route) => Routes.FileOf(Localise(route));

    public Link SystemLink(string id) => new(Href(Routes.System(id)), Site.System(id).Name);
    public Link PrincipleLink(string id) { var p = Site.Principle(id); return new(Href(Routes.Principle(id)), S.F("principle.numbered", ("number", p.Number), ("title", p.Title))) { Lang = p.FallbackLanguage }; }
    public Link DomainLink(string id) => new(Href(Routes.Domain(id)), Site.Domain(id).Title) { Lang = Site.Domain(id).FallbackLanguage };
    public Link MetricLink(string id) => new(Href(Routes.Metric(id)), Site.Metric(id).Title) { Lang = Site.Metric(id).FallbackLanguage };

    /// <summary>The address of a metric's page, or null when no system reports it (it has no page): show its title as text.</summary>
    public string? MetricHref(string id) => IsReported(id) ? Href(Routes.Metric(id)) : null;

    /// <summary>"3 case studies", or "No case studies yet" in words, never "0 case studies".</summary>
    public string CaseStudyCount(int n) => n == 0 ? S["count.no-case-studies"] : S.P("count.case-studies", n);

    /// <summary>"2 reports", or "No reports yet".</summary>
    public string ReportCount(int n) => n == 0 ? S["count.no-reports"] : S.P("count.reports", n);

    /// <summary>"4 metrics", or "No figures yet".</summary>
    public string MetricCount(int n) => n == 0 ? S["count.no-metrics"] : S.P("count.metrics", n);

    public CaseStudyCard Card(CaseStudy c) => new(
        Href(Routes.CaseStudy(c.Id)), c.Title, c.SummaryText, SystemLink(c.SystemId),
        c.Principles.Select(PrincipleLink).ToList(), c.Period?.Display, c.Illustrative) { Lang = c.FallbackLanguage };

    /// <summary>A report in a list; on a one-system site without the system's name, which every report shares.</summary>
    public ReportItem ReportItem(AnnualReport r) =>
        new(Href(Routes.Report(r.SystemId, r.Period)), r.Title, OneSystem ? null : Site.System(r.SystemId).Name, r.Period.Display, r.Illustrative);

    public string Html(string markdown, int topLevel = 2) => MarkdownRenderer.ToHtml(markdown, topLevel, RewriteLink);

    /// <summary>Site-relative links in Markdown ("/systems/x/") are put under the base path.</summary>
    /// A link to the page of a metric no system reports becomes its text alone (that page is not built).
    private string RewriteLink(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return url;
        return IsUnbuiltMetricPage(url) ? "" : Href(url);
    }

    /// <summary>True for a site-relative link to the page of a defined metric that no system reports.</summary>
    public bool IsUnbuiltMetricPage(string url) =>
        Routes.MetricIdOf(url) is { } id && Site.Metrics.Any(m => m.Id == id) && !IsReported(id);

    public string Date(DateOnly d) => S.Date(d);

    /// <summary>A metric's values for one system as a table, a summary sentence and a chart.</summary>
    public SeriesView Series(string systemId, MetricDefinition metric, IReadOnlyList<MetricValue> values, string prefix = "metric")
    {
        var rows = values.OrderBy(v => v.Period).Select(v => new ValueRow(
            v.Period.Display, null, v.Value is { } x ? NumberFormatter.Format(x, metric.Unit) : S["value.not-reported"], v.Value is null,
            v.Illustrative, v.Note, v.Source)).ToList();
        var sources = values.Select(v => v.Illustrative ? S["sources.illustrative"] : v.Source)
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var summary = Summaries.Series(S, metric, values);
        var chart = Charts.Trend($"{prefix}-{metric.Id}-chart", Site.System(systemId), metric, values, summary, S);
        return new SeriesView($"{metric.Id}", metric.Title, MetricLink(metric.Id), UnitLabel(metric.Unit), summary, rows, sources,
            values.Any(v => v.Illustrative), chart, Href(Routes.SystemCsv(systemId)), metric.Definition);
    }

    /// <summary>The unit in words for a table heading or chart axis: £, %, number, or the unit's own text.</summary>
    public string UnitLabel(string unit) => unit switch
    {
        "gbp" => S["unit.gbp"],
        "percent" => S["unit.percent"],
        "count" => S["unit.count"],
        _ => unit,
    };
}
