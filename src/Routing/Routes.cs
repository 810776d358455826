using StatiqReport.Model;

namespace StatiqReport.Routing;

/// <summary>
/// The one route table: every page's address is decided here. Addresses are site-relative
/// ("/systems/leeds/"); <see cref="SiteUrls"/> adds the base path and the public origin.
/// Ids are permalinks: a title change never changes an address.
/// </summary>
public static class Routes
{
    public const string Home = "/";
    public const string Systems = "/systems/";
    public const string Principles = "/principles/";
    public const string Domains = "/domains/";
    public const string Metrics = "/metrics/";
    public const string CaseStudies = "/case-studies/";
    public const string Reports = "/reports/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string Feed = "/feed.xml";
    public const string MetricsCsv = "/data/metrics.csv";
    public const string CaseStudiesJson = "/data/case-studies.json";
    public const string SearchIndex = "/search/index.json";
    public const string Assets = "/assets/";

    /// <summary>First path segments that free pages may not use, because the site uses them.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "systems", "principles", "domains", "metrics", "case-studies", "reports", "search", "data", "assets", "404", "index",
        "sitemap", "feed", "robots", "cy", "en",
    };

    public static string System(string id) => $"/systems/{id}/";
    public static string Principle(string id) => $"/principles/{id}/";
    public static string Domain(string id) => $"/domains/{id}/";
    public static string Metric(string id) => $"/metrics/{id}/";

    /// <summary>The metric id of a link to a metric page ("/metrics/x/", "/metrics/x/#y", "/metrics/x"), or null.</summary>
    public static string? MetricIdOf(string url)
    {
        if (!url.StartsWith(Metrics, StringComparison.Ordinal)) return null;
        var rest = url[Metrics.Length..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var id = end < 0 ? rest : rest[..end];
        return id.Length == 0 || (end >= 0 && rest[end] == '/' && rest.Length > end + 1 && rest[end + 1] != '?' && rest[end + 1] != '#') ? null : id;
    }
    public static string CaseStudy(string id) => $"/case-studies/{id}/";
    public static string Report(string system, Period period) => $"/reports/{system}/{period.Id}/";
    public static string Page(string slug) => $"/{slug}/";
    public static string SystemCsv(string id) => $"/data/systems/{id}.csv";
    public static string SystemXlsx(string id) => $"/data/systems/{id}.xlsx";
    /// <summary>The file name of a page's share card (og:image), beside the page.</summary>
    public const string ShareCardName = "share.png";

    /// <summary>The share card of a page (a report or a case study): "/reports/x/2023-24/share.png".</summary>
    public static string ShareCard(string pageRoute) => pageRoute + ShareCardName;

    /// <summary>A theme file under its version's folder (see ThemeAssets): "/assets/1a2b3c4d5e/css/site.css".</summary>
    public static string Asset(string version, string path) => $"{Assets}{version}/{path.TrimStart('/')}";

    /// <summary>The output file of an address: folders get index.html.</summary>
    public static string FileOf(string route) =>
        route.EndsWith('/') ? route.TrimStart('/') + "index.html" : route.TrimStart('/');
}
