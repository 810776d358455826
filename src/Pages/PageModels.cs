namespace StatiqReport.Pages;

/// <summary>A page about one content item, whose text may be an untranslated fallback or an unofficial translation.</summary>
public abstract record TextModel
{
    /// <summary>"en" on a Welsh page whose item has no Welsh translation: its text is marked lang="en" and the page says so.</summary>
    public string? TextLang { get; init; }

    /// <summary>The Welsh text is an unofficial translation: the page says so.</summary>
    public bool Unofficial { get; init; }
}

/// <summary>The home page.</summary>
public sealed record HomeModel(Shell Shell, string Title, string? IntroHtml, IReadOnlyList<FigureTile> Stats,
    IReadOnlyList<PrincipleItem> Principles, IReadOnlyList<CaseStudyCard> Recent, IReadOnlyList<ReportItem> Reports, Link SystemsLink, Link CaseStudiesLink) : TextModel;

/// <summary>A principle in a list, with how many case studies it has, in words ("No case studies yet" for none).</summary>
public sealed record PrincipleItem(int Number, string Href, string Title, string Summary, string CaseStudies);

/// <summary>A report in a list; System is null on a one-system site (every report is that system's).</summary>
public sealed record ReportItem(string Href, string Title, string? System, string Period, bool Illustrative);

/// <summary>The systems index, grouped by nation and region.</summary>
public sealed record SystemsModel(Shell Shell, IReadOnlyList<SystemGroup> Groups, string Lede);
public sealed record SystemGroup(string Id, string Heading, IReadOnlyList<SystemRow> Systems);
public sealed record SystemRow(string Href, string Name, string? WelshName, string Type, string CaseStudies, string Reports);

/// <summary>One system's page.</summary>
public sealed record SystemModel(Shell Shell, string Name, string? WelshName, string TypeText, string? Region, string? Summary,
    string? Population, string? Website, IReadOnlyList<string> Anchors, IReadOnlyList<ReportItem> Reports,
    IReadOnlyList<SeriesView> Series, MaturityView? Maturity, IReadOnlyList<CaseStudyCard> CaseStudies, string CsvHref, bool AnyIllustrative) : TextModel
{
    /// <summary>The same figures as an Excel workbook, for partners who work in Excel.</summary>
    public string? XlsxHref { get; init; }
}

/// <summary>A system's maturity self-assessment, latest period against the one before.</summary>
public sealed record MaturityView(string Period, string? PreviousPeriod, IReadOnlyList<MaturityRow> Rows);
public sealed record MaturityRow(string Area, string Level, string? PreviousLevel, string Description, string Movement);

/// <summary>The principles index.</summary>
public sealed record PrinciplesModel(Shell Shell, IReadOnlyList<PrincipleItem> Principles);

/// <summary>One principle and its case studies.</summary>
public sealed record PrincipleModel(Shell Shell, int Number, string Title, string Summary, string? DescriptionHtml, string CaseStudiesHeading,
    IReadOnlyList<CaseStudyCard> CaseStudies, Link? Previous, Link? Next) : TextModel;

/// <summary>The domains index.</summary>
public sealed record DomainsModel(Shell Shell, IReadOnlyList<DomainItem> Domains);
public sealed record DomainItem(string Href, string Title, string Summary, string Metrics, string CaseStudies);

/// <summary>One domain: questions, metrics overview, case studies.</summary>
public sealed record DomainModel(Shell Shell, string Title, string Summary, IReadOnlyList<string> Questions, IReadOnlyList<MetricOverview> Metrics, IReadOnlyList<CaseStudyCard> CaseStudies) : TextModel;

/// <summary>A metric in an overview list: how many systems report it and the latest values.</summary>
public sealed record MetricOverview(Link Metric, string Definition, string Unit, string BetterText, IReadOnlyList<ValueRow> Latest, string Summary, string? ChartSvg, bool AnyIllustrative, IReadOnlyList<string> Sources);

/// <summary>The metrics index.</summary>
public sealed record MetricsModel(Shell Shell, IReadOnlyList<MetricGroup> Groups, string CsvHref);
public sealed record MetricGroup(string Id, Link Domain, IReadOnlyList<MetricListItem> Metrics);
/// <param name="Reported">Who reports it ("reported by 3 systems"), or on a one-system site its latest value.</param>
public sealed record MetricListItem(string Href, string Title, string Unit, string Reported);

/// <summary>One metric compared across systems.</summary>
public sealed record MetricModel(Shell Shell, string Title, string Definition, string UnitText, string BetterText, Link Domain, string? Source,
    IReadOnlyList<ValueRow> Latest, string Summary, bool AnyIllustrative, string? ChartSvg, string? CsvHref, IReadOnlyList<string> Sources) : TextModel;

/// <summary>The case studies index, grouped by principle.</summary>
public sealed record CaseStudiesModel(Shell Shell, IReadOnlyList<CaseStudyGroup> Groups, int Count);
/// <param name="Total">How many case studies the principle has; more than <paramref name="Items"/> when the index shows only the most recent.</param>
/// <param name="Title">The principle's title alone (the heading also has its number).</param>
public sealed record CaseStudyGroup(string Id, string Heading, string Summary, string Href, IReadOnlyList<CaseStudyCard> Items, int Total, string Title);

/// <summary>One case study.</summary>
public sealed record CaseStudyModel(Shell Shell, string Title, string SummaryHtml, Link System, string? Period, string? Published,
    IReadOnlyList<Link> Principles, IReadOnlyList<Link> Domains, IReadOnlyList<FigureTile> Figures, IReadOnlyList<StageView> Stages,
    string FacedHtml, string DidHtml, string ResultsHtml, IReadOnlyList<QuoteView> Quotes, IReadOnlyList<string> Organisations,
    IReadOnlyList<SourceView> Sources, ImageView? Image, bool Illustrative, string Citation, string? StagesSvg, IReadOnlyList<ReportItem> InReports) : TextModel;

public sealed record StageView(string Label, string Value, string? ShareOfFirst);
public sealed record QuoteView(string Text, string By);
public sealed record ImageView(string Src, string Alt);

/// <summary>The reports index, newest first.</summary>
public sealed record ReportsModel(Shell Shell, IReadOnlyList<ReportItem> Reports);

/// <summary>A free page.</summary>
public sealed record FreePageModel(Shell Shell, string Title, string? Summary, string Html) : TextModel;

/// <summary>The search page (works without scripts as a browse page).</summary>
/// <param name="Label">The search box's label; with Help, worded for one system when the site has one (no system to browse).</param>
public sealed record SearchModel(Shell Shell, string IndexHref, string Label, string Help, IReadOnlyList<Link> Systems, IReadOnlyList<Link> Principles, IReadOnlyList<Link> Domains,
    IReadOnlyList<Choice> SystemChoices, IReadOnlyList<Choice> PrincipleChoices, IReadOnlyList<Choice> DomainChoices);

/// <summary>An option of a select: the value sent and the text shown.</summary>
public sealed record Choice(string Value, string Text);

/// <summary>The not-found page.</summary>
public sealed record NotFoundModel(Shell Shell, IReadOnlyList<Link> Suggestions);
