using StatiqReport.Formatting;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>
/// The home page of a one-system site (an ICS or a health board publishing its own report): the system's
/// front page, with its latest report first, a handful of headline figures, its case studies and the principles.
/// </summary>
public sealed class SystemHome(PageContext ctx, ShellFactory shell, IReadOnlyList<PrincipleItem> principles)
{
    /// <summary>A front page, not the full record: the system page has every figure, the index every case study.</summary>
    private const int MaxFigures = 4;
    private const int MaxCaseStudies = 6;

    private Localisation.Strings S => ctx.S;

    public PageJob Build(SystemProfile s)
    {
        var home = ctx.Site.Home;
        var reports = ctx.ReportsOfSystem(s.Id).ToList();
        var (figures, note) = Figures(s, reports.FirstOrDefault());
        var cases = ctx.CaseStudiesOfSystem(s.Id).ToList();
        var model = new SystemHomeModel(
            Shell: shell.Create(Routes.Home, s.Name, home?.Summary ?? s.Summary ?? ctx.Site.Settings.Description, Routes.Home),
            Name: s.Name,
            WelshName: s.WelshName == s.Name ? null : s.WelshName,
            IntroHtml: home is null ? null : ctx.Html(home.Markdown),
            IntroLang: home?.FallbackLanguage,
            Summary: home is null ? s.Summary : null,
            LatestReport: reports.Count == 0 ? null : Latest(reports[0]),
            EarlierReports: reports.Skip(1).Select(ctx.ReportItem).ToList(),
            Figures: figures,
            FiguresNote: note,
            FiguresLink: new Link(ctx.Href(Routes.System(s.Id)) + "#figures-heading", S.F("home.all-figures", ("system", s.Name))),
            CaseStudies: cases.Take(MaxCaseStudies).Select(ctx.Card).ToList(),
            CaseStudiesLink: cases.Count > 0 ? new Link(ctx.Href(Routes.CaseStudies), S["home.all-case-studies"]) : null,
            Principles: principles);
        var unofficial = s.Unofficial || (home?.Unofficial ?? false);
        return new PageJob(ctx.Localise(Routes.Home), typeof(Theme.Pages.SystemHomePage), model with { TextLang = s.FallbackLanguage, Unofficial = unofficial }, s.Name, S);
    }

    private LatestReportView Latest(AnnualReport r) => new(
        ctx.Href(Routes.Report(r.SystemId, r.Period)), r.Title, r.Period.Display, r.Summary, r.FallbackLanguage, r.Illustrative,
        S.F("home.read-report", ("period", r.Period.Display)));

    /// <summary>
    /// The latest report's highlights with each one's latest reported value; with no report (or none of its
    /// highlights reported), the system's most recently reported figures.
    /// </summary>
    private (List<HeadlineFigure> Figures, string? Note) Figures(SystemProfile s, AnnualReport? latest)
    {
        if (latest is not null)
        {
            var highlighted = latest.Highlights
                .Select(id => ctx.Site.Series(s.Id, id).LastOrDefault(v => v.Value is not null))
                .OfType<MetricValue>().Take(MaxFigures).Select(Figure).ToList();
            if (highlighted.Count > 0) return (highlighted, S.F("home.figures-from-report", ("period", latest.Period.Display)));
        }
        var recent = ctx.ValuesOfSystem(s.Id).Where(v => v.Value is not null)
            .GroupBy(v => v.MetricId).Select(g => g.MaxBy(v => v.Period)!)
            .OrderByDescending(v => v.Period)
            .ThenBy(v => Array.IndexOf(Content.CatalogueLoader.DomainIds, ctx.Site.Metric(v.MetricId).DomainId))
            .ThenBy(v => ctx.Site.Metric(v.MetricId).Title, StringComparer.Ordinal)
            .Take(MaxFigures).Select(Figure).ToList();
        return (recent, recent.Count == 0 ? null : S.F("home.figures-latest", ("system", s.Name)));
    }

    private HeadlineFigure Figure(MetricValue v)
    {
        var m = ctx.Site.Metric(v.MetricId);
        return new HeadlineFigure(NumberFormatter.Format(v.Value!.Value, m.Unit), ctx.MetricLink(m.Id), v.Period.Display, v.Illustrative);
    }
}
