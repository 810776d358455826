using System.Globalization;
using StatiqReport.Formatting;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Builds the jobs for every HTML page of the contract's site layout except reports.</summary>
public sealed class SitePages(PageContext ctx)
{
    private readonly ShellFactory _shell = new(ctx);
    private SiteModel Site => ctx.Site;

    /// <summary>Every page, as work to do: the caller builds them in parallel (charts are drawn here).</summary>
    public IEnumerable<Func<PageJob>> All()
    {
        yield return Home;
        yield return SystemsIndex;
        foreach (var s in Site.Systems) yield return () => SystemPage(s);
        yield return PrinciplesIndex;
        foreach (var p in Site.Principles) yield return () => PrinciplePage(p);
        yield return DomainsIndex;
        foreach (var d in Site.Domains) yield return () => DomainPage(d);
        yield return MetricsIndex;
        foreach (var m in Site.Metrics) yield return () => MetricPage(m);
        yield return CaseStudiesIndex;
        foreach (var c in Site.CaseStudies) yield return () => CaseStudyPage(c);
        yield return Search;
        foreach (var p in Site.Pages) yield return () => FreePage(p);
        yield return NotFound;
    }

    private PageJob Home()
    {
        var home = Site.Home;
        var title = home?.Title ?? Site.Settings.Title;
        var stats = new List<FigureTile>
        {
            new(NumberFormatter.Plain(Site.Systems.Count, 0), Site.Systems.Count == 1 ? "system" : "systems: integrated care systems and health boards"),
            new(NumberFormatter.Plain(Site.CaseStudies.Count, 0), "case studies of anchor work"),
            new(NumberFormatter.Plain(Site.Reports.Count, 0), Site.Reports.Count == 1 ? "annual impact report" : "annual impact reports"),
        };
        var recent = PageContext.Ordered(Site.CaseStudies).Take(6).Select(ctx.Card).ToList();
        var reports = Site.Reports.OrderByDescending(r => r.Period).ThenBy(r => r.SystemId, StringComparer.Ordinal).Take(6).Select(ctx.ReportItem).ToList();
        var model = new HomeModel(_shell.Create(Routes.Home, title, home?.Summary ?? Site.Settings.Description, Routes.Home),
            title, home is null ? null : ctx.Html(home.Markdown), stats, PrincipleItems(), recent, reports,
            new Link(ctx.Href(Routes.Systems), "Browse all systems"), new Link(ctx.Href(Routes.CaseStudies), "Browse all case studies"));
        return new PageJob(Routes.Home, typeof(Theme.Pages.HomePage), model, title);
    }

    private List<PrincipleItem> PrincipleItems() =>
        Site.Principles.Select(p => new PrincipleItem(p.Number, ctx.Href(Routes.Principle(p.Id)), p.Title, p.Summary, ctx.CaseStudiesInPrinciple(p.Id).Count())).ToList();

    private PageJob SystemsIndex()
    {
        var groups = Site.Systems
            .GroupBy(s => s.Nation == "Wales" ? "Wales: local health boards" : $"England: {s.Region ?? "other"}")
            .OrderBy(g => g.Key.StartsWith("Wales", StringComparison.Ordinal) ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SystemGroup(g.Key, g.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new SystemRow(
                ctx.Href(Routes.System(s.Id)), s.Name, s.WelshName, s.Type == "LHB" ? "Local health board" : "Integrated care system",
                ctx.CaseStudiesOfSystem(s.Id).Count(), ctx.ReportsOfSystem(s.Id).Count())).ToList()))
            .ToList();
        const string title = "Systems";
        var model = new SystemsModel(_shell.Create(Routes.Systems, title, "Every integrated care system and health board on this site, with its case studies and reports.", Routes.Systems,
            [_shell.Crumb(Routes.Home, "Home")]), groups, Site.Systems.Count);
        return new PageJob(Routes.Systems, typeof(Theme.Pages.SystemsPage), model, title);
    }

    private PageJob SystemPage(SystemProfile s)
    {
        var series = ctx.ValuesOfSystem(s.Id).GroupBy(v => v.MetricId)
            .Select(g => (Metric: Site.Metric(g.Key), Values: g.OrderBy(v => v.Period).ToList()))
            .OrderBy(x => Array.IndexOf(Content.CatalogueLoader.DomainIds, x.Metric.DomainId)).ThenBy(x => x.Metric.Title, StringComparer.Ordinal)
            .Select(x => ctx.Series(s.Id, x.Metric, x.Values)).ToList();
        var typeText = s.Type == "LHB" ? $"Local health board, {s.Nation}" : $"Integrated care system, {s.Nation}";
        var region = s.Region == s.Nation ? null : s.Region;
        var model = new SystemModel(
            _shell.Create(Routes.System(s.Id), s.Name, s.Summary ?? $"What {s.Name} does as an anchor system: figures, case studies and reports.", Routes.Systems,
                [_shell.Crumb(Routes.Home, "Home"), _shell.Crumb(Routes.Systems, "Systems")]),
            s.Name, s.WelshName, typeText, region, s.Summary, s.Population is { } pop ? NumberFormatter.Plain(pop, 0) : null, s.Website, s.Anchors,
            ctx.ReportsOfSystem(s.Id).Select(ctx.ReportItem).ToList(), series, Maturity(s, null),
            ctx.CaseStudiesOfSystem(s.Id).Select(ctx.Card).ToList(), ctx.Href(Routes.SystemCsv(s.Id)), series.Any(x => x.AnyIllustrative));
        return new PageJob(Routes.System(s.Id), typeof(Theme.Pages.SystemPage), model, s.Name);
    }

    /// <summary>The maturity self-assessment for a period (the latest when null), against the period before.</summary>
    public MaturityView? Maturity(SystemProfile s, Period? at)
    {
        var periods = s.Maturity.Keys.Where(p => at is null || p <= at.Value).OrderBy(p => p).ToList();
        if (periods.Count == 0) return null;
        var latest = periods[^1];
        var previous = s.Maturity.ContainsKey(latest.Previous) ? latest.Previous : (Period?)null;
        var rows = new List<MaturityRow>();
        foreach (var area in Site.Maturity)
        {
            if (!s.Maturity[latest].TryGetValue(area.Id, out var level)) continue;
            MaturityLevel? before = previous is { } p && s.Maturity[p].TryGetValue(area.Id, out var b) ? b : null;
            var movement = before is null ? "No earlier self-assessment"
                : before == level ? "Unchanged"
                : before < level ? $"Moved up from {Name(before.Value)}" : $"Moved down from {Name(before.Value)}";
            rows.Add(new MaturityRow(area.Title, Name(level), before is null ? null : Name(before.Value), area.Describe(level), movement));
        }
        return rows.Count == 0 ? null : new MaturityView(latest.Display, previous?.Display, rows);
    }

    private static string Name(MaturityLevel l) => l switch
    {
        MaturityLevel.Emerging => "Emerging",
        MaturityLevel.Established => "Established",
        _ => "Expanding",
    };

    private PageJob PrinciplesIndex()
    {
        const string title = "The six principles";
        var model = new PrinciplesModel(_shell.Create(Routes.Principles, title, "Six principles for how the NHS and its partners support social and economic development.", Routes.Principles,
            [_shell.Crumb(Routes.Home, "Home")]), PrincipleItems());
        return new PageJob(Routes.Principles, typeof(Theme.Pages.PrinciplesPage), model, title);
    }

    private PageJob PrinciplePage(Principle p)
    {
        var i = Site.Principles.ToList().IndexOf(p);
        Link? prev = i > 0 ? ctx.PrincipleLink(Site.Principles[i - 1].Id) : null;
        Link? next = i < Site.Principles.Count - 1 ? ctx.PrincipleLink(Site.Principles[i + 1].Id) : null;
        var model = new PrincipleModel(_shell.Create(Routes.Principle(p.Id), $"Principle {p.Number}: {p.Title}", p.Summary, Routes.Principles,
                [_shell.Crumb(Routes.Home, "Home"), _shell.Crumb(Routes.Principles, "Principles")]),
            p.Number, p.Title, p.Summary, p.Description is null ? null : ctx.Html(p.Description),
            ctx.CaseStudiesInPrinciple(p.Id).Select(ctx.Card).ToList(), prev, next);
        return new PageJob(Routes.Principle(p.Id), typeof(Theme.Pages.PrinciplePage), model, p.Title);
    }

    private PageJob DomainsIndex()
    {
        const string title = "Domains";
        var items = Site.Domains.Select(d => new DomainItem(ctx.Href(Routes.Domain(d.Id)), d.Title, d.Summary,
            Site.Metrics.Count(m => m.DomainId == d.Id), ctx.CaseStudiesInDomain(d.Id).Count())).ToList();
        var model = new DomainsModel(_shell.Create(Routes.Domains, title, "The seven domains of the NHS's social and economic potential.", Routes.Metrics,
            [_shell.Crumb(Routes.Home, "Home")]), items);
        return new PageJob(Routes.Domains, typeof(Theme.Pages.DomainsPage), model, title);
    }

    private PageJob DomainPage(Domain d)
    {
        var metrics = Site.Metrics.Where(m => m.DomainId == d.Id).Select(m => Overview(m)).ToList();
        var model = new DomainModel(_shell.Create(Routes.Domain(d.Id), d.Title, d.Summary, Routes.Metrics,
                [_shell.Crumb(Routes.Home, "Home"), _shell.Crumb(Routes.Domains, "Domains")]),
            d.Title, d.Summary, d.Questions, metrics, ctx.CaseStudiesInDomain(d.Id).Select(ctx.Card).ToList());
        return new PageJob(Routes.Domain(d.Id), typeof(Theme.Pages.DomainPage), model, d.Title);
    }

    /// <summary>Every system's latest reported value of a metric, best first by the metric's direction.</summary>
    public List<(SystemProfile System, MetricValue Value)> Latest(MetricDefinition m)
    {
        var latest = ctx.ValuesOfMetric(m.Id).GroupBy(v => v.SystemId)
            .Select(g => g.Where(v => v.Value is not null).OrderByDescending(v => v.Period).FirstOrDefault() ?? g.OrderByDescending(v => v.Period).First())
            .Select(v => (System: Site.System(v.SystemId), Value: v));
        var ordered = m.Better == Better.Up
            ? latest.OrderByDescending(x => x.Value.Value ?? double.NegativeInfinity)
            : latest.OrderBy(x => x.Value.Value ?? double.PositiveInfinity);
        return ordered.ThenBy(x => x.System.Name, StringComparer.Ordinal).ToList();
    }

    private List<ValueRow> LatestRows(MetricDefinition m) =>
        Latest(m).Select(x => new ValueRow(x.System.Name, ctx.Href(Routes.System(x.System.Id)),
            (x.Value.Value is { } v ? NumberFormatter.Format(v, m.Unit) : "not reported") + $" ({x.Value.Period.Display})",
            x.Value.Value is null, x.Value.Illustrative, x.Value.Note, x.Value.Source)).ToList();

    /// <summary>Every system's latest value as bars, best first, each bar named: a reader finds their own system by name.</summary>
    private string? Comparison(string id, MetricDefinition m, List<(SystemProfile System, MetricValue Value)> latest, string summary)
    {
        var bars = latest.Where(x => x.Value.Value is not null)
            .Select(x => new Charts.ChartBar(ShortName(x.System), x.Value.Value!.Value, x.Value.Illustrative)).ToList();
        return ctx.Charts.Bars(id, $"{m.Title}: latest value for each system", summary, m.Unit, bars);
    }

    /// <summary>A system's name without the words every system shares, for chart labels.</summary>
    private static string ShortName(SystemProfile s) =>
        s.Name.Replace(" Integrated Care System", "", StringComparison.Ordinal).Replace(" University Health Board", "", StringComparison.Ordinal)
            .Replace(" Teaching Health Board", "", StringComparison.Ordinal).Replace(" Health and Care Partnership", "", StringComparison.Ordinal);

    private static List<string> SourcesOf(List<(SystemProfile System, MetricValue Value)> latest) =>
        latest.Select(x => x.Value.Illustrative ? "Illustrative sample data (invented, not a real figure)" : x.Value.Source)
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string BetterText(MetricDefinition m) => m.Better == Better.Up ? "Higher is better" : "Lower is better";

    private MetricOverview Overview(MetricDefinition m)
    {
        var rows = LatestRows(m);
        var latest = Latest(m);
        var summary = LatestSummary(m, latest);
        return new MetricOverview(ctx.MetricLink(m.Id), m.Definition, NumberFormatter.UnitLabel(m.Unit), BetterText(m), rows, summary,
            Comparison($"overview-{m.Id}-chart", m, latest, summary), rows.Any(r => r.Illustrative), SourcesOf(latest));
    }

    /// <summary>How many systems report a metric and the best latest value, in words.</summary>
    private static string LatestSummary(MetricDefinition m, List<(SystemProfile System, MetricValue Value)> latest)
    {
        var reported = latest.Where(x => x.Value.Value is not null).ToList();
        if (reported.Count == 0) return $"No system reports {m.Title.ToLowerInvariant()} yet.";
        var anyIllustrative = reported.Any(x => x.Value.Illustrative) ? " Some of these figures are illustrative (invented)." : "";
        var best = reported[0];
        var illustrative = best.Value.Illustrative ? " (illustrative)" : "";
        if (reported.Count == 1)
            return $"1 system reports this metric: {NumberFormatter.Format(best.Value.Value!.Value, m.Unit)}{illustrative} ({best.System.Name}, {best.Value.Period.Display}).{anyIllustrative}";
        return $"{reported.Count} systems report this metric. The {(m.Better == Better.Up ? "highest" : "lowest")} latest value is " +
               $"{NumberFormatter.Format(best.Value.Value!.Value, m.Unit)}{illustrative} ({best.System.Name}, {best.Value.Period.Display}); " +
               $"the {(m.Better == Better.Up ? "lowest" : "highest")} is {NumberFormatter.Format(reported[^1].Value.Value!.Value, m.Unit)}{(reported[^1].Value.Illustrative ? " (illustrative)" : "")} ({reported[^1].System.Name}, {reported[^1].Value.Period.Display}).{anyIllustrative}";
    }

    private PageJob MetricsIndex()
    {
        const string title = "Data: metrics by domain";
        var groups = Site.Domains.Select(d => new MetricGroup(d.Id, ctx.DomainLink(d.Id), Site.Metrics.Where(m => m.DomainId == d.Id)
                .Select(m => new MetricListItem(ctx.Href(Routes.Metric(m.Id)), m.Title, UnitText(m.Unit), ctx.ValuesOfMetric(m.Id).Select(v => v.SystemId).Distinct().Count())).ToList()))
            .Where(g => g.Metrics.Count > 0).ToList();
        var model = new MetricsModel(_shell.Create(Routes.Metrics, title, "Every metric on this site, grouped by domain, with downloads of all figures.", Routes.Metrics,
            [_shell.Crumb(Routes.Home, "Home")], jsonLd: JsonLd.Dataset(ctx)), groups, ctx.Href(Routes.MetricsCsv));
        return new PageJob(Routes.Metrics, typeof(Theme.Pages.MetricsPage), model, title);
    }

    private static string UnitText(string unit) => unit switch
    {
        "gbp" => "pounds (£)",
        "percent" => "per cent",
        "count" => "number",
        _ => unit,
    };

    private PageJob MetricPage(MetricDefinition m)
    {
        var rows = LatestRows(m);
        var latest = Latest(m);
        var summary = LatestSummary(m, latest);
        var sources = SourcesOf(latest);
        var model = new MetricModel(_shell.Create(Routes.Metric(m.Id), m.Title, m.Definition, Routes.Metrics,
                [_shell.Crumb(Routes.Home, "Home"), _shell.Crumb(Routes.Metrics, "Data")]),
            m.Title, m.Definition, UnitText(m.Unit), BetterText(m), ctx.DomainLink(m.DomainId), m.Source, rows, summary,
            rows.Any(r => r.Illustrative), Comparison($"compare-{m.Id}-chart", m, latest, summary), ctx.Href(Routes.MetricsCsv), sources);
        return new PageJob(Routes.Metric(m.Id), typeof(Theme.Pages.MetricPage), model, m.Title);
    }

    private PageJob CaseStudiesIndex()
    {
        const string title = "Case studies";
        var groups = Site.Principles.Select(p => new CaseStudyGroup(p.Id, $"{p.Number}. {p.Title}", p.Summary, ctx.Href(Routes.Principle(p.Id)),
            ctx.CaseStudiesInPrinciple(p.Id).Select(ctx.Card).ToList())).ToList();
        var model = new CaseStudiesModel(_shell.Create(Routes.CaseStudies, title, "Case studies of anchor work, grouped by the six principles.", Routes.CaseStudies,
            [_shell.Crumb(Routes.Home, "Home")]), groups, Site.CaseStudies.Count);
        return new PageJob(Routes.CaseStudies, typeof(Theme.Pages.CaseStudiesPage), model, title);
    }

    private PageJob CaseStudyPage(CaseStudy c)
    {
        var system = Site.System(c.SystemId);
        var figures = c.Figures.Select(f => new FigureTile(NumberFormatter.Format(f.Value, f.Unit), f.Label, Illustrative: c.Illustrative)).ToList();
        var first = c.Stages.Count > 0 ? c.Stages[0].Value : 0;
        var stages = c.Stages.Select((s, i) => new StageView(s.Label, NumberFormatter.Plain(s.Value, 2),
            i == 0 || first == 0 ? null : $"{NumberFormatter.Plain(s.Value / first * 100, 1)}% of the first stage")).ToList();
        var sources = c.Sources.Select(s => new SourceView(s.Title, s.Url, s.Publisher, s.Date)).ToList();
        var inReports = Site.Reports.Where(r => r.Themes.Any(t => t.CaseStudies.Contains(c.Id))).Select(ctx.ReportItem).ToList();
        var model = new CaseStudyModel(
            _shell.Create(Routes.CaseStudy(c.Id), c.Title, c.SummaryText, Routes.CaseStudies,
                [_shell.Crumb(Routes.Home, "Home"), _shell.Crumb(Routes.CaseStudies, "Case studies")], "article", JsonLd.Article(ctx, c)),
            c.Title, ctx.Html(c.Summary, 3), ctx.SystemLink(c.SystemId), c.Period?.Display, c.Published is { } d ? PageContext.Date(d) : null,
            c.Principles.Select(ctx.PrincipleLink).ToList(), c.Domains.Select(ctx.DomainLink).ToList(), figures, stages,
            ctx.Html(c.Faced, 3), ctx.Html(c.Did, 3), ctx.Html(c.Results, 3), c.Quotes.Select(q => new QuoteView(q.Text, q.By)).ToList(),
            c.Organisations, sources, c.Image is { } img ? new ImageView(ctx.Href("/" + img.Src), img.Alt) : null, c.Illustrative,
            Citation.ForCaseStudy(ctx, c, system), Funnel(c), inReports);
        return new PageJob(Routes.CaseStudy(c.Id), typeof(Theme.Pages.CaseStudyPage), model, c.Title, c.Published);
    }

    private string? Funnel(CaseStudy c)
    {
        if (c.Stages.Count < 2) return null;
        var first = c.Stages[0].Value;
        var summary = $"Of {NumberFormatter.Plain(first, 0)} people at the first stage ({c.Stages[0].Label}), {NumberFormatter.Plain(c.Stages[^1].Value, 0)} reached the last ({c.Stages[^1].Label})" +
                      (first > 0 ? $": {NumberFormatter.Plain(c.Stages[^1].Value / first * 100, 1)}%." : ".");
        return ctx.Charts.Bars("stages-chart", $"People at each stage: {c.Title}", summary, "count",
            c.Stages.Select(s => new Charts.ChartBar(s.Label, s.Value, c.Illustrative)).ToList());
    }

    private PageJob Search()
    {
        const string title = "Search";
        var model = new SearchModel(_shell.Create(Routes.Search, title, "Search case studies, systems, reports and pages.", Routes.Search,
                [_shell.Crumb(Routes.Home, "Home")], scripts: [ctx.Href(Routes.Asset("js/minisearch.js")), ctx.Href(Routes.Asset("js/search.js"))]),
            ctx.Href(Routes.SearchIndex),
            Site.Systems.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => ctx.SystemLink(s.Id)).ToList(),
            Site.Principles.Select(p => ctx.PrincipleLink(p.Id)).ToList(),
            Site.Domains.Select(d => ctx.DomainLink(d.Id)).ToList(),
            Site.Systems.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new Choice(s.Id, s.Name)).ToList(),
            Site.Principles.Select(p => new Choice(p.Id, $"{p.Number}. {p.Title}")).ToList(),
            Site.Domains.Select(d => new Choice(d.Id, d.Title)).ToList());
        return new PageJob(Routes.Search, typeof(Theme.Pages.SearchPage), model, title);
    }

    private PageJob FreePage(FreePage p)
    {
        var model = new FreePageModel(_shell.Create(Routes.Page(p.Slug), p.Title, p.Summary, "", [_shell.Crumb(Routes.Home, "Home")]),
            p.Title, p.Summary, ctx.Html(p.Markdown));
        return new PageJob(Routes.Page(p.Slug), typeof(Theme.Pages.FreePage), model, p.Title);
    }

    private PageJob NotFound()
    {
        const string title = "Page not found";
        var model = new NotFoundModel(_shell.Create(Routes.NotFound, title, null, ""),
            [new Link(ctx.Href(Routes.Home), "Home page"), new Link(ctx.Href(Routes.Systems), "All systems"),
             new Link(ctx.Href(Routes.CaseStudies), "All case studies"), new Link(ctx.Href(Routes.Search), "Search")]);
        return new PageJob(Routes.NotFound, typeof(Theme.Pages.NotFoundPage), model, title);
    }
}
