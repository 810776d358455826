using StatiqReport.Formatting;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Builds the reports index and each annual impact report from its front matter and the data.</summary>
public sealed class ReportPages(PageContext ctx, SitePages sitePages, bool withPdf = false)
{
    /// <summary>The file name of a report's PDF, beside its page.</summary>
    public const string PdfName = "report.pdf";

    private readonly ShellFactory _shell = new(ctx);
    private readonly ShareCards _cards = new(ctx);
    private SiteModel Site => ctx.Site;
    private Localisation.Strings S => ctx.S;

    private PageJob Job(string route, Type component, object model, string title) => new(ctx.Localise(route), component, model, title, S);

    /// <summary>Every report page and download, as work to do (the caller makes them in parallel and streams them out).</summary>
    public IEnumerable<Work> All()
    {
        yield return new Work(Index, ctx.FileOf(Routes.Reports), ctx.Fingerprints?.Shared("reports"));
        foreach (var r in Site.Reports)
        {
            yield return new Work(() => Report(r), ctx.FileOf(Routes.Report(r.SystemId, r.Period)), ctx.Fingerprints?.Report(r));
            yield return _cards.Work(Routes.Report(r.SystemId, r.Period), _cards.Report(r));
            yield return (Func<OutputJob>)(() => new FileJob(ctx.Localise(Routes.Report(r.SystemId, r.Period) + "figures.csv"), DataFiles.Csv(Figures(r))));
        }
    }

    private PageJob Index()
    {
        var title = S["reports.title"];
        var items = Site.Reports.OrderByDescending(r => r.Period).ThenBy(r => Site.System(r.SystemId).Name, StringComparer.Ordinal).Select(ctx.ReportItem).ToList();
        var model = new ReportsModel(_shell.Create(Routes.Reports, title, S["reports.description"], Routes.Reports,
            [_shell.Home]), items);
        return Job(Routes.Reports, typeof(Theme.Pages.ReportsPage), model, title);
    }

    /// <summary>Every value the report shows: highlights, theme metrics and commitments' metrics, for this system up to this period.</summary>
    private List<MetricValue> Figures(AnnualReport r)
    {
        var ids = r.Highlights.Concat(r.Themes.SelectMany(t => t.Metrics)).Concat(r.Commitments.Select(c => c.Metric).OfType<string>())
            .Concat(Previous(r)?.Commitments.Select(c => c.Metric).OfType<string>() ?? []).ToHashSet(StringComparer.Ordinal);
        return ctx.ValuesOfSystem(r.SystemId).Where(v => ids.Contains(v.MetricId) && v.Period <= r.Period)
            .OrderBy(v => v.MetricId, StringComparer.Ordinal).ThenBy(v => v.Period).ToList();
    }

    private AnnualReport? Previous(AnnualReport r) => Site.Reports.FirstOrDefault(x => x.SystemId == r.SystemId && x.Period == r.Period.Previous)
        ?? Site.Reports.Where(x => x.SystemId == r.SystemId && x.Period < r.Period).OrderByDescending(x => x.Period).FirstOrDefault();

    private PageJob Report(AnnualReport r)
    {
        var system = Site.System(r.SystemId);
        var route = Routes.Report(r.SystemId, r.Period);
        var series = (string metricId) => Site.Series(r.SystemId, metricId).Where(v => v.Period <= r.Period).ToList();

        var highlights = r.Highlights.Select(Site.Metric).OrderBy(HeadlineOrder).Select(m => Highlight(m, series(m.Id), r.Period)).ToList();
        var chapters = r.Themes.Select((t, i) => new ChapterView(
            $"chapter-{i + 1}", t.Title, t.Summary, t.Domains.Select(ctx.DomainLink).ToList(),
            t.Metrics.Select(m => (Metric: Site.Metric(m), Values: series(m))).Where(x => x.Values.Count > 0)
                .Select(x => ctx.Series(r.SystemId, x.Metric, x.Values, $"chapter-{i + 1}")).ToList(),
            t.CaseStudies.Select(id => Spotlight(Site.CaseStudy(id))).ToList()) { Lead = Lead(t, series, r.Period) }).ToList();

        var previous = Previous(r);
        var progress = previous?.Commitments.Select(c => Progress(r, c)).ToList() ?? [];
        var commitments = r.Commitments.Select(c => new CommitmentView(c.Text,
            c.Metric is null ? null : Site.Metric(c.Metric).Title, c.Metric is null ? null : ctx.MetricHref(c.Metric),
            c.Target is { } t && c.Metric is not null ? NumberFormatter.Format(t, Site.Metric(c.Metric).Unit) : null, c.By?.Display)).ToList();

        var figures = Figures(r);
        var notes = new List<string>();
        if (r.Illustrative) notes.Add(S["report.note.illustrative"]);
        if (figures.Any(v => v.Illustrative)) notes.Add(S["layout.illustrative-note"]);
        notes.AddRange(figures.Where(v => v.Note is not null)
            .Select(v => S.F("report.note.figure", ("metric", Site.Metric(v.MetricId).Title), ("period", v.Period.Display), ("note", v.Note))).Distinct(StringComparer.Ordinal));
        notes.Add(S["report.note.changes"]);
        var sources = figures.Select(v => v.Illustrative ? null : v.Source).OfType<string>()
            .Concat(r.Themes.SelectMany(t => t.CaseStudies).Select(Site.CaseStudy).SelectMany(c => c.Sources).Select(s => s.Title + (s.Publisher is null ? "" : $", {s.Publisher}") + (s.Date is null ? "" : $", {s.Date}")))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var prevLink = previous is null ? null : new Link(ctx.Href(Routes.Report(r.SystemId, previous.Period)), S.F("report.title-period", ("title", previous.Title), ("period", previous.Period.Display)));
        var next = Site.Reports.Where(x => x.SystemId == r.SystemId && x.Period > r.Period).OrderBy(x => x.Period).FirstOrDefault();
        var nextLink = next is null ? null : new Link(ctx.Href(Routes.Report(r.SystemId, next.Period)), S.F("report.title-period", ("title", next.Title), ("period", next.Period.Display)));

        var model = new ReportModel(
            _shell.Create(route, S.F("report.title-period", ("title", r.Title), ("period", r.Period.Display)),
                r.Summary ?? S.F("report.description", ("system", system.Name), ("period", r.Period.Display)), Routes.Reports,
                [_shell.Home, _shell.Crumb(Routes.Reports, S["nav.reports"]), _shell.Crumb(Routes.System(system.Id), system.Name)], "article", JsonLd.Report(ctx, r),
                scripts: [ctx.Asset("js/cite.js")], ogImage: _cards.Image(route, _cards.Report(r))),
            r.Title, ctx.SystemLink(r.SystemId), r.Period.Display, r.Summary, r.Illustrative, ctx.Html(r.Foreword, 3),
            highlights, chapters, progress, previous?.Period.Display, commitments, sitePages.Maturity(system, r.Period), notes, sources,
            [.. withPdf ? new[] { new Link(ctx.Href(route + PdfName), S["report.download.pdf"]) } : [],
             new Link(ctx.Href(route + "figures.csv"), S["report.download.figures"]), new Link(ctx.Href(Routes.SystemCsv(system.Id)), S.F("report.download.system", ("system", system.Name)))],
            prevLink, nextLink, Citation.ForReport(ctx, r, system));
        model = model with
        {
            Cover = r.Cover is { } cover ? new ImageView(ctx.Urls.Href("/" + cover.Src), cover.Alt) : null,
            Contents = Contents(r, model),
            RunningTitle = r.Title.Contains(r.Period.Display, StringComparison.Ordinal) ? r.Title : S.F("report.title-period", ("title", r.Title), ("period", r.Period.Display)),
        };
        return Job(route, typeof(Theme.Pages.ReportPage), model with { TextLang = r.FallbackLanguage, Unofficial = r.Unofficial }, r.Title);
    }

    /// <summary>
    /// The printed contents: each part's id (its link, which the PDF printer follows to the page the part starts on)
    /// and its heading as printed, in the order the parts are printed.
    /// </summary>
    private List<ContentsEntry> Contents(AnnualReport r, ReportModel m)
    {
        var entries = new List<ContentsEntry>();
        if (m.Highlights.Count > 0) entries.Add(new("at-a-glance", S["report.at-a-glance"], null));
        entries.Add(new("foreword", S["report.foreword"], null));
        entries.AddRange(m.Chapters.Select(c => new ContentsEntry(c.Id, c.Title, r.FallbackLanguage)));
        if (m.ProgressFrom is not null) entries.Add(new("progress", S.F("report.progress", ("period", m.ProgressFrom)), null));
        if (m.Commitments.Count > 0) entries.Add(new("commitments", S["report.commitments"], null));
        if (m.Maturity is not null) entries.Add(new("maturity", S["maturity.title"], null));
        entries.Add(new("data-notes", S["report.data-notes"], null));
        return entries;
    }

    /// <summary>
    /// A chapter's lead figure: of its metrics with a value for the report's year, people and pounds first (as in the
    /// year at a glance), then the first as written; null when none has one.
    /// </summary>
    private HighlightView? Lead(ReportTheme t, Func<string, List<MetricValue>> series, Period period)
    {
        var lead = t.Metrics.Select(Site.Metric).OrderBy(HeadlineOrder)
            .FirstOrDefault(m => series(m.Id).Any(v => v.Period == period && v.Value is not null));
        return lead is null ? null : Highlight(lead, series(lead.Id), period) with { MetricId = lead.Id };
    }

    /// <summary>
    /// People and pounds first, as the reports readers know lead with them; otherwise the author's order
    /// (OrderBy is stable). Counts are of people more often than not: the unit cannot say more.
    /// </summary>
    internal static int HeadlineOrder(MetricDefinition m) => m.Unit switch { "count" => 0, "gbp" => 1, _ => 2 };

    private HighlightView Highlight(MetricDefinition m, IReadOnlyList<MetricValue> series, Period period)
    {
        var current = series.FirstOrDefault(v => v.Period == period);
        var href = ctx.MetricHref(m.Id);
        if (current?.Value is not { } value)
            return new HighlightView(m.Title, href, S["highlight.not-reported"], null, period.Display, S["highlight.no-figure"],
                S.F("highlight.not-reported-sentence", ("metric", m.Title), ("period", period.Display)), "change-none", current?.Illustrative ?? false, current?.Source);
        var (number, unit) = Split(NumberFormatter.Format(value, m.Unit), m.Unit);
        var change = Summaries.YearOnYear(m, series, period);
        var before = series.FirstOrDefault(v => v.Period == period.Previous);
        if (change is null)
            return new HighlightView(m.Title, href, number, unit, period.Display, null,
                S.F(before is null ? "highlight.no-previous" : "highlight.previous-not-reported", ("period", period.Previous.Display)), "change-none", current.Illustrative || (before?.Illustrative ?? false), current.Source);
        var css = change.Direction switch { Direction.Improved => "change-better", Direction.Worsened => "change-worse", _ => "change-same" };
        return new HighlightView(m.Title, href, number, unit, period.Display, change.Badge(S),
            S.F("summary.change", ("metric", m.Title), ("change", change.Sentence(S)), ("illustrative", "")), css, current.Illustrative || (before?.Illustrative ?? false), current.Source);
    }

    /// <summary>"45,000 tonnes CO2e" as ("45,000", "tonnes CO2e"); money, percentages and counts stay whole.</summary>
    private static (string Number, string? Unit) Split(string formatted, string unit) =>
        unit is "gbp" or "percent" or "count" ? (formatted, null) : (formatted[..^(unit.Length + 1)], unit);

    private SpotlightView Spotlight(CaseStudy c) => new(ctx.Card(c), c.Image is { } img ? new ImageView(ctx.Urls.Href("/" + img.Src), img.Alt) : null,
        c.Figures.Take(3).Select(f => new FigureTile(NumberFormatter.Format(f.Value, f.Unit), f.Label, Illustrative: c.Illustrative)).ToList(),
        c.Quotes.Count > 0 ? new QuoteView(c.Quotes[0].Text, c.Quotes[0].By) : null);

    /// <summary>Progress on a previous commitment, from the data: met, on track, not yet, or no data.</summary>
    private CommitmentProgress Progress(AnnualReport r, Commitment c)
    {
        if (c.Metric is null || c.Target is null)
            return new CommitmentProgress(c.Text, c.Metric is null ? null : Site.Metric(c.Metric).Title, null, c.By?.Display, null, S["status.not-measured"], "status-none");
        var m = Site.Metric(c.Metric);
        var series = Site.Series(r.SystemId, m.Id).Where(v => v.Period <= r.Period && v.Value is not null).ToList();
        var target = NumberFormatter.Format(c.Target.Value, m.Unit);
        if (series.Count == 0)
            return new CommitmentProgress(c.Text, m.Title, target, c.By?.Display, null, S["status.no-data"], "status-none");
        var latest = series[^1];
        var latestText = S.F(latest.Illustrative ? "status.latest-illustrative" : "status.latest", ("value", NumberFormatter.Format(latest.Value!.Value, m.Unit)), ("period", latest.Period.Display));
        var met = m.Better == Better.Up ? latest.Value >= c.Target : latest.Value <= c.Target;
        if (met) return new CommitmentProgress(c.Text, m.Title, target, c.By?.Display, latestText, S["status.met"], "status-met");
        var deadlinePassed = c.By is { } by && by <= r.Period;
        var earlier = series.Count > 1 ? series[^2].Value : null;
        var improving = earlier is not null && (m.Better == Better.Up ? latest.Value > earlier : latest.Value < earlier);
        return !deadlinePassed && improving
            ? new CommitmentProgress(c.Text, m.Title, target, c.By?.Display, latestText, S["status.on-track"], "status-on-track")
            : new CommitmentProgress(c.Text, m.Title, target, c.By?.Display, latestText, S["status.not-yet"], "status-not-yet");
    }
}
