using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using StatiqReport.Formatting;
using StatiqReport.Markdown;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>The machine-readable outputs: data downloads, feed, sitemap, search index, robots.txt.</summary>
public sealed class DataFiles(PageContext ctx)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private SiteModel Site => ctx.Site;

    /// <summary>The files of one language, as work: its feed and its search index (/feed.xml, or /cy/feed.xml for Welsh).</summary>
    public IEnumerable<Func<OutputJob>> Localised()
    {
        yield return () => new FileJob(ctx.Localise(Routes.Feed), Feed());
        yield return () => new FileJob(ctx.Localise(Routes.SearchIndex), SearchIndex());
    }

    /// <summary>
    /// The files both languages share (data downloads, robots.txt) and the English feed and index, as work
    /// that can be made alongside the pages; the sitemap, which lists every page, comes after them.
    /// </summary>
    public IEnumerable<Work> Independent()
    {
        foreach (var f in Localised()) yield return new Work(f);
        yield return new Work(() => new FileJob(Routes.CaseStudiesJson, CaseStudiesJson()));
        yield return new Work(() => new FileJob(Routes.MetricsCsv, Csv(Site.Values)));
        var bySystem = Site.Values.ToLookup(v => v.SystemId);
        foreach (var s in Site.Systems)
        {
            yield return new Work(() => new FileJob(Routes.SystemCsv(s.Id), Csv(bySystem[s.Id])));
            // A workbook is slow to write (a zip of XML parts) and shows only its system's values: reused while they are unchanged.
            var xlsx = Routes.SystemXlsx(s.Id);
            yield return new Work(() => new FileJob(xlsx, WorkbookDownload.Xlsx(bySystem[s.Id])), Routes.FileOf(xlsx), ctx.Fingerprints?.SystemData(s.Id), IsPage: false);
        }
        yield return new Work(() => new FileJob("/data/datapackage.json", DataPackage()));
        yield return new Work(() => new FileJob("/_headers", Utf8.GetBytes(Output.Security.HeadersFile(ctx.Urls.BasePath, ctx.Admin))));
        // robots.txt may only name the sitemap by its absolute address.
        var sitemap = ctx.Urls.Public(Routes.Sitemap) is { } at ? $"Sitemap: {at}\n" : "";
        yield return new Work(() => new FileJob("/robots.txt", Utf8.GetBytes($"User-agent: *\nAllow: /\n{sitemap}")));
    }

    /// <summary>The sitemap of every page of the build, in both languages.</summary>
    public FileJob SitemapFile(IReadOnlyList<(string Route, DateOnly? Updated)> pages) => new(Routes.Sitemap, Sitemap(pages));

    /// <summary>Metric values as published: one row per value, with the metric's title and unit.</summary>
    public static byte[] Csv(IEnumerable<MetricValue> values)
    {
        var sb = new StringBuilder("system,metric,period,value,source,note,illustrative\n");
        foreach (var v in values.OrderBy(v => v.SystemId, StringComparer.Ordinal).ThenBy(v => v.MetricId, StringComparer.Ordinal).ThenBy(v => v.Period))
        {
            sb.Append(Cell(v.SystemId)).Append(',').Append(Cell(v.MetricId)).Append(',').Append(v.Period.Id).Append(',')
              .Append(v.Value is { } x ? NumberFormatter.Invariant(x) : "").Append(',')
              .Append(Cell(v.Source ?? "")).Append(',').Append(Cell(v.Note ?? "")).Append(',').Append(v.Illustrative ? "true" : "").Append('\n');
        }
        return Utf8.GetBytes(sb.ToString());
    }

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so spreadsheets never run content.</summary>
    private static string Cell(string s)
    {
        if (s.Length > 0 && "=+-@\t\r".Contains(s[0]) && !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) s = "'" + s;
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// <summary>Every case study as JSON. Written straight to bytes: a JSON tree of 2,500 case studies cost a tenth of a warm build.</summary>
    private byte[] CaseStudiesJson() => Json(indented: true, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, w =>
    {
        static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
        static void Text(Utf8JsonWriter w, string name, string? value)
        {
            if (value is null) w.WriteNull(name);
            else w.WriteString(name, value);
        }
        w.WriteStartArray();
        foreach (var c in Site.CaseStudies)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("url", ctx.Urls.Absolute(Routes.CaseStudy(c.Id)));
            w.WriteString("title", c.Title);
            w.WriteString("system", c.SystemId);
            w.WriteString("systemName", Site.System(c.SystemId).Name);
            Strings(w, "principles", c.Principles);
            Strings(w, "domains", c.Domains);
            w.WriteString("summary", c.SummaryText);
            w.WriteString("faced", c.Faced);
            w.WriteString("did", c.Did);
            w.WriteString("results", c.Results);
            Text(w, "period", c.Period?.Id);
            Text(w, "published", c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Strings(w, "organisations", c.Organisations);
            w.WriteStartArray("figures");
            foreach (var f in c.Figures)
            {
                w.WriteStartObject();
                w.WriteNumber("value", f.Value);
                w.WriteString("unit", f.Unit);
                w.WriteString("label", f.Label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("stages");
            foreach (var f in c.Stages)
            {
                w.WriteStartObject();
                w.WriteString("label", f.Label);
                w.WriteNumber("value", f.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("quotes");
            foreach (var q in c.Quotes)
            {
                w.WriteStartObject();
                w.WriteString("text", q.Text);
                w.WriteString("by", q.By);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("sources");
            foreach (var src in c.Sources)
            {
                w.WriteStartObject();
                w.WriteString("title", src.Title);
                Text(w, "url", src.Url);
                Text(w, "publisher", src.Publisher);
                Text(w, "date", src.Date);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteBoolean("illustrative", c.Illustrative);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }, newline: true);

    /// <summary>JSON written straight to bytes (no tree of nodes), with a final newline when asked.</summary>
    private static byte[] Json(bool indented, JavaScriptEncoder encoder, Action<Utf8JsonWriter> write, bool newline = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = encoder }))
            write(w);
        if (newline) System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private byte[] Feed()
    {
        // Entries are dated by their content (published date, or the end of the report's year), never by the build time.
        var entries = Site.CaseStudies.Select(c => (Title: c.Title, Route: ctx.Localise(Routes.CaseStudy(c.Id)), Summary: c.SummaryText, Date: c.Published ?? new DateOnly(2000, 1, 1), Author: Site.System(c.SystemId).Name))
            .Concat(Site.Reports.Select(r => (Title: ctx.S.F("report.title-period", ("title", r.Title), ("period", r.Period.Display)), Route: ctx.Localise(Routes.Report(r.SystemId, r.Period)),
                Summary: r.Summary ?? ctx.S.F("report.description", ("system", Site.System(r.SystemId).Name), ("period", r.Period.Display)), Date: new DateOnly(r.Period.StartYear + 1, 3, 31), Author: Site.System(r.SystemId).Name)))
            .OrderByDescending(e => e.Date).ThenBy(e => e.Route, StringComparer.Ordinal).ToList();
        var updated = entries.Count == 0 ? new DateOnly(2000, 1, 1) : entries.Max(e => e.Date);
        return Xml(w =>
        {
            w.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("xml", "lang", null, ctx.Language);
            w.WriteElementString("title", XmlSafe(Site.Settings.Title));
            w.WriteElementString("id", XmlSafe(ctx.Urls.Absolute(ctx.Localise(Routes.Feed))));
            w.WriteElementString("updated", XmlSafe(Stamp(updated)));
            w.WriteStartElement("link"); w.WriteAttributeString("rel", "self"); w.WriteAttributeString("href", ctx.Urls.Absolute(ctx.Localise(Routes.Feed))); w.WriteEndElement();
            w.WriteStartElement("link"); w.WriteAttributeString("href", ctx.Urls.Absolute(ctx.Localise(Routes.Home))); w.WriteEndElement();
            w.WriteStartElement("author"); w.WriteElementString("name", XmlSafe(Site.Settings.Publisher)); w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("entry");
                w.WriteElementString("title", XmlSafe(e.Title));
                w.WriteElementString("id", XmlSafe(ctx.Urls.Absolute(e.Route)));
                w.WriteStartElement("link"); w.WriteAttributeString("href", ctx.Urls.Absolute(e.Route)); w.WriteEndElement();
                w.WriteElementString("updated", XmlSafe(Stamp(e.Date)));
                w.WriteStartElement("author"); w.WriteElementString("name", XmlSafe(e.Author)); w.WriteEndElement();
                w.WriteElementString("summary", XmlSafe(e.Summary));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    /// <summary>A Frictionless Data package describing the downloads, so partners can load them with standard tools.</summary>
    private byte[] DataPackage()
    {
        JsonObject Field(string name, string type, string description) => new() { ["name"] = name, ["type"] = type, ["description"] = description };
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray(
                Field("system", "string", "System id (see /systems/<id>/)"), // not interface text: Frictionless metadata, in English
                Field("metric", "string", "Metric id (see /metrics/<id>/)"), // not interface text: Frictionless metadata, in English
                Field("period", "string", "Financial year, April to March, e.g. 2023-24"), // not interface text: Frictionless metadata, in English
                Field("value", "number", "The value in the metric's unit; empty means not reported"), // not interface text: Frictionless metadata, in English
                Field("source", "string", "Where the figure comes from"), // not interface text: Frictionless metadata, in English
                Field("note", "string", "Notes on the figure"), // not interface text: Frictionless metadata, in English
                Field("illustrative", "boolean", "true when the figure is invented sample data, not a real figure")), // not interface text: Frictionless metadata, in English
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = new JsonArray("system", "metric", "period"),
        };
        var resources = new JsonArray
        {
            new JsonObject { ["name"] = "metrics", ["path"] = "metrics.csv", ["format"] = "csv", ["mediatype"] = "text/csv", ["encoding"] = "utf-8", ["schema"] = schema.DeepClone() },
            new JsonObject { ["name"] = "case-studies", ["path"] = "case-studies.json", ["format"] = "json", ["mediatype"] = "application/json" },
        };
        foreach (var sys in Site.Systems)
            resources.Add(new JsonObject { ["name"] = $"metrics-{sys.Id}", ["path"] = $"systems/{sys.Id}.csv", ["format"] = "csv", ["mediatype"] = "text/csv", ["encoding"] = "utf-8", ["schema"] = schema.DeepClone() });
        var package = new JsonObject
        {
            ["name"] = MapReaderId(Site.Settings.Title),
            ["title"] = Site.Settings.Title,
            ["homepage"] = ctx.Urls.Absolute(Routes.Home),
            ["resources"] = resources,
        };
        return Utf8.GetBytes(package.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static string MapReaderId(string s) => Content.MapReader.ToId(s);

    private static string Stamp(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private byte[] Sitemap(IReadOnlyList<(string Route, DateOnly? Updated)> pages) => Xml(w =>
    {
        w.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        // A sitemap lists absolute addresses only: without the site's address it is there (the contract
        // names it) but lists nothing, and says why.
        if (ctx.Urls.Origin is null) w.WriteComment(" No pages listed: data/site.yml has no url (the site's public address, https://...). ");
        foreach (var p in pages.Where(p => ctx.Urls.Origin is not null && p.Route != Routes.NotFound).OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            w.WriteStartElement("url");
            w.WriteElementString("loc", XmlSafe(ctx.Urls.Absolute(p.Route)));
            if (p.Updated is { } d) w.WriteElementString("lastmod", XmlSafe(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private byte[] SearchIndex() => Json(indented: false, JavaScriptEncoder.Default, w =>
    {
        w.WriteStartArray();
        // "lang" marks an entry whose text is shown untranslated on a Welsh page, so the result can say so to screen readers.
        void Add(string type, string route, string title, string? summary, string? system, IEnumerable<string> principles, IEnumerable<string> domains, string? lang = null)
        {
            w.WriteStartObject();
            w.WriteString("id", ctx.Localise(route));
            w.WriteString("type", type);
            w.WriteString("url", ctx.Href(route));
            w.WriteString("title", title);
            if (summary is null) w.WriteNull("summary"); else w.WriteString("summary", summary);
            if (system is null) { w.WriteNull("system"); w.WriteNull("systemName"); }
            else { w.WriteString("system", system); w.WriteString("systemName", Site.System(system).Name); }
            w.WriteStartArray("principles");
            foreach (var p in principles) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteStartArray("domains");
            foreach (var d in domains) w.WriteStringValue(d);
            w.WriteEndArray();
            if (lang is not null) w.WriteString("lang", lang);
            w.WriteEndObject();
        }
        foreach (var c in Site.CaseStudies) Add(ctx.S["search.type.case-study"], Routes.CaseStudy(c.Id), c.Title, c.SummaryText, c.SystemId, c.Principles, c.Domains, c.FallbackLanguage);
        foreach (var s in Site.Systems) Add(ctx.S["search.type.system"], Routes.System(s.Id), s.Name, s.Summary ?? s.Region ?? s.Nation, s.Id, [], [], s.FallbackLanguage);
        foreach (var r in Site.Reports) Add(ctx.S["search.type.report"], Routes.Report(r.SystemId, r.Period), ctx.S.F("report.title-period", ("title", r.Title), ("period", r.Period.Display)), r.Summary ?? Site.System(r.SystemId).Name, r.SystemId, [], r.Themes.SelectMany(t => t.Domains).Distinct(), r.FallbackLanguage);
        foreach (var p in Site.Pages) Add(ctx.S["search.type.page"], Routes.Page(p.Slug), p.Title, p.Summary ?? Clip(MarkdownRenderer.ToPlainText(p.Markdown)), null, [], [], p.FallbackLanguage);
        foreach (var p in Site.Principles) Add(ctx.S["search.type.principle"], Routes.Principle(p.Id), ctx.PrincipleLink(p.Id).Text, p.Summary, null, [p.Id], [], p.FallbackLanguage);
        foreach (var d in Site.Domains) Add(ctx.S["search.type.domain"], Routes.Domain(d.Id), d.Title, d.Summary, null, [], [d.Id], d.FallbackLanguage);
        foreach (var m in ctx.ReportedMetrics) Add(ctx.S["search.type.metric"], Routes.Metric(m.Id), m.Title, m.Definition, null, [], [m.DomainId], m.FallbackLanguage);
        w.WriteEndArray();
    });

    private static string Clip(string s) => s.Length <= 200 ? s : s[..197] + "...";

    /// <summary>Drops characters XML cannot carry (control characters in content) instead of failing the build.</summary>
    private static string XmlSafe(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes()) // lone surrogates come out as U+FFFD
            if (rune.Value >= 0x20 && rune.Value is not (0xFFFE or 0xFFFF) || rune.Value is '\t' or '\n' or '\r') sb.Append(rune.ToString());
        return sb.ToString();
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = Utf8, Indent = true, NewLineChars = "\n" }))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        return ms.ToArray();
    }
}
