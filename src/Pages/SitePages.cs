using System.Globalization;
using StatiqReport.Formatting;
using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Builds the jobs for every HTML page of the contract's site layout except reports.</summary>
public sealed class SitePages(PageContext ctx)
{
    private readonly ShellFactory _shell = new(ctx);
    private readonly ShareCards _cards = new(ctx);
    private SiteModel Site => ctx.Site;
    private Localisation.Strings S => ctx.S;

    private PageJob Job(string route, Type component, object model, string title, DateOnly? updated = null) => new(ctx.Localise(route), component, model, title, S, updated);

    /// <summary>Every page, as work to do: the caller builds them in parallel (charts are drawn here).</summary>
    public IEnumerable<Work> All()
    {
        yield return (Func<OutputJob>)Home;
        yield return new Work(SystemsIndex, ctx.FileOf(Routes.Systems),
            ctx.Fingerprints?.Counts("systems", Site.Systems.Select(s => $"{s.Id}={ctx.CaseStudiesOfSystem(s.Id).Count()}")));
        foreach (var s in Site.Systems)
            yield return new Work(() => SystemPage(s), ctx.FileOf(Routes.System(s.Id)), ctx.Fingerprints?.System(s, ctx.CaseStudiesOfSystem(s.Id)));
        yield return new Work(PrinciplesIndex, ctx.FileOf(Routes.Principles),
            ctx.Fingerprints?.Counts("principles", Site.Principles.Select(p => $"{p.Id}={ctx.CaseStudiesInPrinciple(p.Id).Count()}")));
        foreach (var p in Site.Principles)
            yield return new Work(() => PrinciplePage(p), ctx.FileOf(Routes.Principle(p.Id)), ctx.Fingerprints?.Listing("principle " + p.Id, ctx.CaseStudiesInPrinciple(p.Id)));
        yield return new Work(DomainsIndex, ctx.FileOf(Routes.Domains),
            ctx.Fingerprints?.Counts("domains", Site.Domains.Select(d => $"{d.Id}={ctx.CaseStudiesInDomain(d.Id).Count()}")));
        foreach (var d in Site.Domains)
            yield return new Work(() => DomainPage(d), ctx.FileOf(Routes.Domain(d.Id)),
                ctx.Fingerprints?.Domain(d, ctx.CaseStudiesInDomain(d.Id), Site.Metrics.Where(m => m.DomainId == d.Id)));
        yield return new Work(MetricsIndex, ctx.FileOf(Routes.Metrics),
            ctx.Fingerprints?.Counts("metrics", ctx.ReportedMetrics.Select(m => $"{m.Id}={MetricsIndexKey(m)}")));
        // A metric no system reports has no page: it would only say "not reported".
        foreach (var m in ctx.ReportedMetrics)
            yield return new Work(() => MetricPage(m), ctx.FileOf(Routes.Metric(m.Id)), ctx.Fingerprints?.Metric(m));
        yield return (Func<OutputJob>)CaseStudiesIndex;
        foreach (var c in Site.CaseStudies)
        {
            yield return new Work(() => CaseStudyPage(c), ctx.FileOf(Routes.CaseStudy(c.Id)), ctx.Fingerprints?.CaseStudy(c));
            yield return _cards.Work(Routes.CaseStudy(c.Id), _cards.CaseStudy(c));
        }
        yield return new Work(Search, ctx.FileOf(Routes.Search), ctx.Fingerprints?.Shared("search"));
        foreach (var p in Site.Pages)
            yield return new Work(() => FreePage(p), ctx.FileOf(Routes.Page(p.Slug)), ctx.Fingerprints?.Shared("page " + p.Slug));
        yield return new Work(NotFound, ctx.FileOf(Routes.NotFound), ctx.Fingerprints?.Shared("404"));
    }


    private PageJob Home()
    {
        if (ctx.OneSystem) return new SystemHome(ctx, _shell, PrincipleItems()).Build(Site.Systems[0]);
        var home = Site.Home;
        var title = home?.Title ?? Site.Settings.Title;
        var stats = new List<FigureTile>
        {
            new(NumberFormatter.Plain(Site.Systems.Count, 0), S.P("home.stat.systems", Site.Systems.Count)),
            new(NumberFormatter.Plain(Site.CaseStudies.Count, 0), S.P("home.stat.case-studies", Site.CaseStudies.Count)),
            new(NumberFormatter.Plain(Site.Reports.Count, 0), S.P("home.stat.reports", Site.Reports.Count)),
        };
        var recent = PageContext.Ordered(Site.CaseStudies).Take(6).Select(ctx.Card).ToList();
        var reports = Site.Reports.OrderByDescending(r => r.Period).ThenBy(r => r.SystemId, StringComparer.Ordinal).Take(6).Select(ctx.ReportItem).ToList();
        var model = new HomeModel(_shell.Create(Routes.Home, title, home?.Summary ?? Site.Settings.Description, Routes.Home),
            title, home is null ? null : ctx.Html(home.Markdown), stats, PrincipleItems(), recent, reports,
            new Link(ctx.Href(Routes.Systems), S["home.all-systems"]), new Link(ctx.Href(Routes.CaseStudies), S["home.all-case-studies"]));
        return Job(Routes.Home, typeof(Theme.Pages.HomePage), model with { TextLang = home?.FallbackLanguage, Unofficial = home?.Unofficial ?? false }, title);
    }

    private List<PrincipleItem> PrincipleItems() =>
        Site.Principles.Select(p => new PrincipleItem(p.Number, ctx.Href(Routes.Principle(p.Id)), p.Title, p.Summary,
            ctx.CaseStudyCount(ctx.CaseStudiesInPrinciple(p.Id).Count()))).ToList();

    private PageJob SystemsIndex()
    {
        var groups = Site.Systems
            .GroupBy(s => (Wales: s.Nation == "Wales", Region: s.Nation == "Wales" ? "" : s.Region ?? ""))
            .OrderBy(g => g.Key.Wales ? 1 : 0).ThenBy(g => g.Key.Region == "" ? 1 : 0).ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .Select(g => new SystemGroup(GroupId(g.Key.Wales, g.Key.Region),
                g.Key.Wales ? S["systems.group-wales"] : g.Key.Region == "" ? S["systems.group-england-other"] : S.F("systems.group-england", ("region", g.Key.Region)),
                g.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new SystemRow(
                ctx.Href(Routes.System(s.Id)), s.Name, s.WelshName == s.Name ? null : s.WelshName, s.Type == "LHB" ? S["system.type.lhb"] : S["system.type.ics"],
                ctx.CaseStudyCount(ctx.CaseStudiesOfSystem(s.Id).Count()), ctx.ReportCount(ctx.ReportsOfSystem(s.Id).Count()))).ToList()))
            .ToList();
        var title = S["systems.title"];
        var model = new SystemsModel(_shell.Create(Routes.Systems, title, S["systems.description"], Routes.Systems,
            [_shell.Home]), groups, ctx.OneSystem ? S.F("systems.lede-single", ("system", Site.Systems[0].Name)) : S.P("systems.lede", Site.Systems.Count));
        return Job(Routes.Systems, typeof(Theme.Pages.SystemsPage), model, title);
    }

    private PageJob SystemPage(SystemProfile s)
    {
        var series = ctx.ValuesOfSystem(s.Id).GroupBy(v => v.MetricId)
            .Select(g => (Metric: Site.Metric(g.Key), Values: g.OrderBy(v => v.Period).ToList()))
            .OrderBy(x => Array.IndexOf(Content.CatalogueLoader.DomainIds, x.Metric.DomainId)).ThenBy(x => x.Metric.Title, StringComparer.Ordinal)
            .Select(x => ctx.Series(s.Id, x.Metric, x.Values)).ToList();
        var nation = s.Nation == "Wales" ? S["nation.wales"] : S["nation.england"];
        var typeText = S.F(s.Type == "LHB" ? "system.type-in.lhb" : "system.type-in.ics", ("nation", nation));
        var region = s.Region == s.Nation || s.Region == nation ? null : s.Region;
        var model = new SystemModel(
            _shell.Create(Routes.System(s.Id), s.Name, s.Summary ?? S.F("system.description", ("system", s.Name)), Routes.Systems,
                ctx.OneSystem ? [_shell.Home] : [_shell.Home, _shell.Crumb(Routes.Systems, S["nav.systems"])]),
            s.Name, s.WelshName == s.Name ? null : s.WelshName, typeText, region, s.Summary, s.Population is { } pop ? NumberFormatter.Plain(pop, 0) : null, s.Website, s.Anchors,
            ctx.ReportsOfSystem(s.Id).Select(ctx.ReportItem).ToList(), series, Maturity(s, null),
            ctx.CaseStudiesOfSystem(s.Id).Select(ctx.Card).ToList(), ctx.Href(Routes.SystemCsv(s.Id)), series.Any(x => x.AnyIllustrative));
        return Job(Routes.System(s.Id), typeof(Theme.Pages.SystemPage),
            model with { TextLang = s.FallbackLanguage, Unofficial = s.Unofficial, XlsxHref = ctx.Href(Routes.SystemXlsx(s.Id)) }, s.Name);
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
            var movement = before is null ? S["maturity.no-earlier"]
                : before == level ? S["maturity.unchanged"]
                : S.F(before < level ? "maturity.moved-up" : "maturity.moved-down", ("level", Name(before.Value)));
            rows.Add(new MaturityRow(area.Title, Name(level), before is null ? null : Name(before.Value), area.Describe(level), movement));
        }
        return rows.Count == 0 ? null : new MaturityView(latest.Display, previous?.Display, rows);
    }

    private string Name(MaturityLevel l) => l switch
    {
        MaturityLevel.Emerging => S["maturity.emerging"],
        MaturityLevel.Established => S["maturity.established"],
        _ => S["maturity.expanding"],
    };

    private PageJob PrinciplesIndex()
    {
        var title = S["principles.title"];
        var model = new PrinciplesModel(_shell.Create(Routes.Principles, title, S["principles.description"], Routes.Principles,
            [_shell.Home]), PrincipleItems());
        return Job(Routes.Principles, typeof(Theme.Pages.PrinciplesPage), model, title);
    }

    private PageJob PrinciplePage(Principle p)
    {
        var i = Site.Principles.ToList().IndexOf(p);
        Link? prev = i > 0 ? ctx.PrincipleLink(Site.Principles[i - 1].Id) : null;
        Link? next = i < Site.Principles.Count - 1 ? ctx.PrincipleLink(Site.Principles[i + 1].Id) : null;
        var cards = ctx.CaseStudiesInPrinciple(p.Id).Select(ctx.Card).ToList();
        var model = new PrincipleModel(_shell.Create(Routes.Principle(p.Id), S.F("principle.page-title", ("number", p.Number), ("title", p.Title)), p.Summary, Routes.Principles,
                [_shell.Home, _shell.Crumb(Routes.Principles, S["nav.principles"])]),
            p.Number, p.Title, p.Summary, p.Description is null ? null : ctx.Html(p.Description), CaseStudiesHeading(cards.Count), cards, prev, next);
        return Job(Routes.Principle(p.Id), typeof(Theme.Pages.PrinciplePage), model with { TextLang = p.FallbackLanguage }, p.Title);
    }

    private PageJob DomainsIndex()
    {
        var title = S["domains.title"];
        var items = Site.Domains.Select(d => new DomainItem(ctx.Href(Routes.Domain(d.Id)), d.Title, d.Summary,
            ctx.MetricCount(ctx.ReportedMetrics.Count(m => m.DomainId == d.Id)), ctx.CaseStudyCount(ctx.CaseStudiesInDomain(d.Id).Count()))).ToList();
        var model = new DomainsModel(_shell.Create(Routes.Domains, title, S["domains.description"], Routes.Metrics,
            [_shell.Home]), items);
        return Job(Routes.Domains, typeof(Theme.Pages.DomainsPage), model, title);
    }

    private PageJob DomainPage(Domain d)
    {
        var metrics = ctx.ReportedMetrics.Where(m => m.DomainId == d.Id).Select(m => Overview(m)).ToList();
        var model = new DomainModel(_shell.Create(Routes.Domain(d.Id), d.Title, d.Summary, Routes.Metrics,
                [_shell.Home, _shell.Crumb(Routes.Domains, S["domains.title"])]),
            d.Title, d.Summary, d.Questions, metrics, ctx.CaseStudiesInDomain(d.Id).Select(ctx.Card).ToList());
        return Job(Routes.Domain(d.Id), typeof(Theme.Pages.DomainPage), model with { TextLang = d.FallbackLanguage }, d.Title);
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
            S.F("latest.value", ("value", x.Value.Value is { } v ? NumberFormatter.Format(v, m.Unit) : S["value.not-reported"]), ("period", x.Value.Period.Display)),
            x.Value.Value is null, x.Value.Illustrative, x.Value.Note, x.Value.Source)).ToList();

    /// <summary>Every system's latest value as bars, best first, each bar named: a reader finds their own system by name.</summary>
    private string? Comparison(string id, MetricDefinition m, List<(SystemProfile System, MetricValue Value)> latest, string summary)
    {
        var bars = latest.Where(x => x.Value.Value is not null)
            .Select(x => new Charts.ChartBar(ShortName(x.System), x.Value.Value!.Value, x.Value.Illustrative)).ToList();
        return ctx.Charts.Bars(id, S.F("latest.chart-title", ("metric", m.Title)), summary, m.Unit, bars);
    }

    /// <summary>A system's name without the words every system shares, for chart labels.</summary>
    private static string ShortName(SystemProfile s) =>
        SharedNameEndings.Aggregate(s.Name, (name, ending) => name.Replace(ending, "", StringComparison.Ordinal));

    // not interface text: endings of the systems' own (English) names, dropped from chart labels.
    private static readonly string[] SharedNameEndings =
        [" Integrated Care System", " University Health Board", " Teaching Health Board", " Health and Care Partnership"]; // not interface text

    private List<string> SourcesOf(List<(SystemProfile System, MetricValue Value)> latest) =>
        latest.Select(x => x.Value.Illustrative ? S["sources.illustrative"] : x.Value.Source)
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private string BetterText(MetricDefinition m) => m.Better == Better.Up ? S["metric.higher-better"] : S["metric.lower-better"];

    private MetricOverview Overview(MetricDefinition m)
    {
        var rows = LatestRows(m);
        var latest = Latest(m);
        var summary = LatestSummary(m, latest);
        return new MetricOverview(ctx.MetricLink(m.Id), m.Definition, ctx.UnitLabel(m.Unit), BetterText(m), rows, summary,
            Comparison($"overview-{m.Id}-chart", m, latest, summary), rows.Any(r => r.Illustrative), SourcesOf(latest));
    }

    /// <summary>How many systems report a metric and the best latest value, in words.</summary>
    private string LatestSummary(MetricDefinition m, List<(SystemProfile System, MetricValue Value)> latest)
    {
        var reported = latest.Where(x => x.Value.Value is not null).ToList();
        if (reported.Count == 0) return S.F("latest.none", ("metric", m.Title));
        // A one-system site: the figure is the site's own, not one system among others.
        if (ctx.OneSystem) return S.F("latest.own", ("value", NumberFormatter.Format(reported[0].Value.Value!.Value, m.Unit)), ("period", reported[0].Value.Period.Display))
            + (reported[0].Value.Illustrative ? " " + S["latest.some-illustrative"] : "");
        var anyIllustrative = reported.Any(x => x.Value.Illustrative) ? " " + S["latest.some-illustrative"] : "";
        (string Name, object? Value)[] Figure(string prefix, (SystemProfile System, MetricValue Value) x) =>
        [
            (prefix + "value", NumberFormatter.Format(x.Value.Value!.Value, m.Unit) + (x.Value.Illustrative ? S["latest.illustrative-mark"] : "")),
            (prefix + "system", x.System.Name), (prefix + "period", x.Value.Period.Display),
        ];
        if (reported.Count == 1) return S.F("latest.one", Figure("", reported[0])) + anyIllustrative;
        var key = m.Better == Better.Up ? "latest.many-up" : "latest.many-down";
        return S.F(key, [("count", reported.Count), .. Figure("best-", reported[0]), .. Figure("worst-", reported[^1])]) + anyIllustrative;
    }

    private PageJob MetricsIndex()
    {
        var title = S["metrics.title"];
        var groups = Site.Domains.Select(d => new MetricGroup(d.Id, ctx.DomainLink(d.Id), ctx.ReportedMetrics.Where(m => m.DomainId == d.Id)
                .Select(m => new MetricListItem(ctx.Href(Routes.Metric(m.Id)), m.Title, UnitText(m.Unit), ReportedText(m))).ToList()))
            .Where(g => g.Metrics.Count > 0).ToList();
        var model = new MetricsModel(_shell.Create(Routes.Metrics, title, S["metrics.description"], Routes.Metrics,
            [_shell.Home], jsonLd: JsonLd.Dataset(ctx)), groups, ctx.Href(Routes.MetricsCsv));
        return Job(Routes.Metrics, typeof(Theme.Pages.MetricsPage), model, title);
    }

    /// <summary>Who reports a metric, for the metrics index; on a one-system site, the system's latest value instead.</summary>
    private string ReportedText(MetricDefinition m)
    {
        if (!ctx.OneSystem) return S.P("metrics.reported-by", ctx.ValuesOfMetric(m.Id).Select(v => v.SystemId).Distinct().Count());
        var latest = Latest(m)[0].Value;
        var value = latest.Value is { } v ? NumberFormatter.Format(v, m.Unit) : S["value.not-reported"];
        return S.F("latest.value", ("value", value), ("period", latest.Period.Display)) + (latest.Illustrative ? S["latest.illustrative-mark"] : "");
    }

    /// <summary>What the metrics index shows of a metric, for its fingerprint.</summary>
    private string MetricsIndexKey(MetricDefinition m) => ctx.OneSystem
        ? string.Join(';', ctx.ValuesOfMetric(m.Id).OrderBy(v => v.Period).Select(v => $"{v.Period.Id}:{v.Value}:{v.Illustrative}"))
        : ctx.ValuesOfMetric(m.Id).Select(v => v.SystemId).Distinct().Count().ToString(CultureInfo.InvariantCulture);

    /// <summary>"Case studies (3)", or "Case studies" when there are none (the list then says so in words).</summary>
    private string CaseStudiesHeading(int count) => count == 0 ? S["case-studies.title"] : S.F("principle.case-studies", ("count", count));

    private string UnitText(string unit) => unit switch
    {
        "gbp" => S["unit.gbp-words"],
        "percent" => S["unit.percent-words"],
        "count" => S["unit.count"],
        _ => unit,
    };

    private PageJob MetricPage(MetricDefinition m)
    {
        var rows = LatestRows(m);
        var latest = Latest(m);
        var summary = LatestSummary(m, latest);
        var sources = SourcesOf(latest);
        var model = new MetricModel(_shell.Create(Routes.Metric(m.Id), m.Title, m.Definition, Routes.Metrics,
                [_shell.Home, _shell.Crumb(Routes.Metrics, S["nav.data"])]),
            m.Title, m.Definition, UnitText(m.Unit), BetterText(m), ctx.DomainLink(m.DomainId), m.Source, rows, summary,
            rows.Any(r => r.Illustrative), Comparison($"compare-{m.Id}-chart", m, latest, summary), ctx.Href(Routes.MetricsCsv), sources);
        return Job(Routes.Metric(m.Id), typeof(Theme.Pages.MetricPage), model with { TextLang = m.FallbackLanguage }, m.Title);
    }

    /// <summary>The most case studies the index shows under one principle; its page lists them all.</summary>
    public const int IndexCards = 12;

    private PageJob CaseStudiesIndex()
    {
        var title = S["case-studies.title"];
        // A principle with many case studies shows its most recent here and links to its page for the rest: on a
        // national site every card of every principle made a 3 MB page, too heavy for a phone on a slow link.
        var groups = Site.Principles.Select(p =>
        {
            var all = ctx.CaseStudiesInPrinciple(p.Id).ToList();
            return new CaseStudyGroup(p.Id, ctx.PrincipleLink(p.Id).Text, p.Summary, ctx.Href(Routes.Principle(p.Id)),
                all.Take(IndexCards).Select(ctx.Card).ToList(), all.Count, p.Title);
        }).ToList();
        var model = new CaseStudiesModel(_shell.Create(Routes.CaseStudies, title, S["case-studies.description"], Routes.CaseStudies,
            [_shell.Home]), groups, Site.CaseStudies.Count);
        return Job(Routes.CaseStudies, typeof(Theme.Pages.CaseStudiesPage), model, title);
    }

    private PageJob CaseStudyPage(CaseStudy c)
    {
        var system = Site.System(c.SystemId);
        var figures = c.Figures.Select(f => new FigureTile(NumberFormatter.Format(f.Value, f.Unit), f.Label, Illustrative: c.Illustrative)).ToList();
        var first = c.Stages.Count > 0 ? c.Stages[0].Value : 0;
        var stages = c.Stages.Select((s, i) => new StageView(s.Label, NumberFormatter.Plain(s.Value, 2),
            i == 0 || first == 0 ? null : S.F("stages.share", ("percent", NumberFormatter.Plain(s.Value / first * 100, 1))))).ToList();
        var sources = c.Sources.Select(s => new SourceView(s.Title, s.Url, s.Publisher, s.Date)).ToList();
        var inReports = Site.Reports.Where(r => r.Themes.Any(t => t.CaseStudies.Contains(c.Id))).Select(ctx.ReportItem).ToList();
        var model = new CaseStudyModel(
            _shell.Create(Routes.CaseStudy(c.Id), c.Title, c.SummaryText, Routes.CaseStudies,
                [_shell.Home, _shell.Crumb(Routes.CaseStudies, S["nav.case-studies"])], "article", JsonLd.Article(ctx, c),
                scripts: [ctx.Asset("js/cite.js")], ogImage: _cards.Image(Routes.CaseStudy(c.Id), _cards.CaseStudy(c))),
            c.Title, ctx.Html(c.Summary, 3), ctx.SystemLink(c.SystemId), c.Period?.Display, c.Published is { } d ? ctx.Date(d) : null,
            c.Principles.Select(ctx.PrincipleLink).ToList(), c.Domains.Select(ctx.DomainLink).ToList(), figures, stages,
            ctx.Html(c.Faced, 3), ctx.Html(c.Did, 3), ctx.Html(c.Results, 3), c.Quotes.Select(q => new QuoteView(q.Text, q.By)).ToList(),
            c.Organisations, sources, c.Image is { } img ? new ImageView(ctx.Urls.Href("/" + img.Src), img.Alt) : null, c.Illustrative,
            Citation.ForCaseStudy(ctx, c, system), Funnel(c), inReports);
        return Job(Routes.CaseStudy(c.Id), typeof(Theme.Pages.CaseStudyPage), model with { TextLang = c.FallbackLanguage, Unofficial = c.Unofficial }, c.Title, c.Published);
    }

    private string? Funnel(CaseStudy c)
    {
        if (c.Stages.Count < 2) return null;
        var first = c.Stages[0].Value;
        (string, object?)[] args = [("first", NumberFormatter.Plain(first, 0)), ("first-stage", c.Stages[0].Label),
            ("last", NumberFormatter.Plain(c.Stages[^1].Value, 0)), ("last-stage", c.Stages[^1].Label),
            ("percent", first > 0 ? NumberFormatter.Plain(c.Stages[^1].Value / first * 100, 1) : "")];
        var summary = S.F(first > 0 ? "stages.summary" : "stages.summary-no-share", args);
        return ctx.Charts.Bars("stages-chart", S.F("stages.chart-title", ("title", c.Title)), summary, "count",
            c.Stages.Select(s => new Charts.ChartBar(s.Label, s.Value, c.Illustrative)).ToList());
    }

    private PageJob Search()
    {
        var title = S["search.title"];
        var model = new SearchModel(_shell.Create(Routes.Search, title, S["search.description"], Routes.Search,
                [_shell.Home], scripts: [ctx.Asset("js/minisearch.js"), ctx.Asset("js/search.js")]),
            ctx.Href(Routes.SearchIndex),
            ctx.OneSystem ? S["search.label-single"] : S["search.label"],
            ctx.OneSystem ? S["search.help-single"] : S["search.help"],
            // One system: no "browse by system" and no system filter, which would offer a choice of one.
            ctx.OneSystem ? [] : Site.Systems.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => ctx.SystemLink(s.Id)).ToList(),
            Site.Principles.Select(p => ctx.PrincipleLink(p.Id)).ToList(),
            Site.Domains.Select(d => ctx.DomainLink(d.Id)).ToList(),
            ctx.OneSystem ? [] : Site.Systems.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new Choice(s.Id, s.Name)).ToList(),
            Site.Principles.Select(p => new Choice(p.Id, ctx.PrincipleLink(p.Id).Text)).ToList(),
            Site.Domains.Select(d => new Choice(d.Id, d.Title)).ToList());
        return Job(Routes.Search, typeof(Theme.Pages.SearchPage), model, title);
    }

    private PageJob FreePage(FreePage p)
    {
        var model = new FreePageModel(_shell.Create(Routes.Page(p.Slug), p.Title, p.Summary, "", [_shell.Home]),
            p.Title, p.Summary, ctx.Html(p.Markdown));
        return Job(Routes.Page(p.Slug), typeof(Theme.Pages.FreePage), model with { TextLang = p.FallbackLanguage, Unofficial = p.Unofficial }, p.Title);
    }

    private PageJob NotFound()
    {
        var title = S["not-found.title"];
        var model = new NotFoundModel(_shell.Create(Routes.NotFound, title, null, ""),
            [new Link(ctx.Href(Routes.Home), S["not-found.home"]),
             ctx.OneSystem ? new Link(ctx.Href(Routes.Reports), S["not-found.reports"]) : new Link(ctx.Href(Routes.Systems), S["not-found.systems"]),
             new Link(ctx.Href(Routes.CaseStudies), S["not-found.case-studies"]), new Link(ctx.Href(Routes.Search), S["nav.search"])]);
        return Job(Routes.NotFound, typeof(Theme.Pages.NotFoundPage), model, title);
    }

    private static string GroupId(bool wales, string region) =>
        "group-" + (wales ? "wales" : "england-" + (region == "" ? "other" : string.Concat(region.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))));
}
