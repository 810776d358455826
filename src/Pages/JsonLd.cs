using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>schema.org metadata for partners and search engines, serialised safely for a script block.</summary>
public static class JsonLd
{
    // The default encoder escapes '<', '>' and '&', so content can never close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static string Article(PageContext ctx, CaseStudy c)
    {
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["inLanguage"] = ctx.Language,
            ["headline"] = c.Title,
            ["description"] = c.SummaryText,
            ["url"] = ctx.Urls.Absolute(Routes.CaseStudy(c.Id)),
            ["about"] = ctx.Site.System(c.SystemId).Name,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = ctx.Site.Settings.Publisher },
        };
        if (c.Published is { } d) o["datePublished"] = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return o.ToJsonString(Options);
    }

    /// <summary>The open data downloads as a schema.org Dataset, for the data page.</summary>
    public static string Dataset(PageContext ctx)
    {
        var site = ctx.Site.Settings;
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = ctx.S.F("dataset.name", ("site", site.Title)),
            ["description"] = ctx.S["dataset.description"],
            ["url"] = ctx.Urls.Absolute(Routes.Metrics),
            ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Publisher },
            ["isAccessibleForFree"] = true,
            ["distribution"] = new JsonArray(
                new JsonObject { ["@type"] = "DataDownload", ["encodingFormat"] = "text/csv", ["contentUrl"] = ctx.Urls.Absolute(Routes.MetricsCsv) },
                new JsonObject { ["@type"] = "DataDownload", ["encodingFormat"] = "application/json", ["contentUrl"] = ctx.Urls.Absolute(Routes.CaseStudiesJson) },
                new JsonObject { ["@type"] = "DataDownload", ["encodingFormat"] = "application/json", ["contentUrl"] = ctx.Urls.Absolute("/data/datapackage.json") }),
        };
        var periods = ctx.Site.Values.Select(v => v.Period).Distinct().Order().ToList();
        if (periods.Count > 0) o["temporalCoverage"] = $"{periods[0].StartYear}-04/{periods[^1].StartYear + 1}-03";
        return o.ToJsonString(Options);
    }

    public static string Report(PageContext ctx, AnnualReport r)
    {
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Report",
            ["inLanguage"] = ctx.Language,
            ["name"] = r.Title,
            ["url"] = ctx.Urls.Absolute(Routes.Report(r.SystemId, r.Period)),
            ["temporalCoverage"] = $"{r.Period.StartYear}-04/{r.Period.StartYear + 1}-03",
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = ctx.Site.System(r.SystemId).Name },
        };
        return o.ToJsonString(Options);
    }
}
