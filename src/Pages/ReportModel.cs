namespace StatiqReport.Pages;

/// <summary>An annual impact report, composed from its front matter and the data.</summary>
public sealed record ReportModel(
    Shell Shell, string Title, Link System, string Period, string? Summary, bool Illustrative, string ForewordHtml,
    IReadOnlyList<HighlightView> Highlights, IReadOnlyList<ChapterView> Chapters,
    IReadOnlyList<CommitmentProgress> Progress, string? ProgressFrom, IReadOnlyList<CommitmentView> Commitments,
    MaturityView? Maturity, IReadOnlyList<string> DataNotes, IReadOnlyList<string> Sources, IReadOnlyList<Link> Downloads,
    Link? Previous, Link? Next, string Citation) : TextModel
{
    /// <summary>The cover photograph, or null.</summary>
    public ImageView? Cover { get; init; }

    /// <summary>The printed contents page's entries (on screen the contents list is shorter, without page numbers).</summary>
    public IReadOnlyList<ContentsEntry> Contents { get; init; } = [];

    /// <summary>The report's title for the PDF's running footer (with its period when the title does not say it).</summary>
    public string RunningTitle { get; init; } = "";
}

/// <summary>A part of the report in the printed contents: its id and its heading as printed.</summary>
/// <param name="Lang">"en" on a Welsh page whose text is shown untranslated.</param>
public sealed record ContentsEntry(string Id, string Heading, string? Lang);

/// <summary>A "year at a glance" figure with its change in words and symbols.</summary>
/// <param name="MetricHref">Null when no system reports the metric (it has no page): its title is shown as text.</param>
/// <param name="Value">The number, drawn large; <paramref name="UnitText"/> follows it smaller, so "45,000 tonnes CO2e" fits a phone.</param>
/// <param name="UnitText">A unit other than money, percent or count (those are in the number), or null.</param>
/// <param name="ChangeBadge">Null when there is no change to show: the figure then stands on its own, with its year.</param>
public sealed record HighlightView(string Metric, string? MetricHref, string Value, string? UnitText, string Period, string? ChangeBadge, string ChangeSentence, string ChangeClass, bool Illustrative, string? Source)
{
    /// <summary>The metric's id, for a chapter's lead figure (its call-out below does not repeat the number).</summary>
    public string? MetricId { get; init; }
}

/// <summary>One themed chapter.</summary>
public sealed record ChapterView(string Id, string Title, string? Summary, IReadOnlyList<Link> Domains, IReadOnlyList<SeriesView> Series, IReadOnlyList<SpotlightView> Spotlights)
{
    /// <summary>The figure the chapter opens with, drawn large with its change and source, or null.</summary>
    public HighlightView? Lead { get; init; }
}

/// <summary>A case study in the spotlight: its card, photograph, headline figures and a pull quote.</summary>
public sealed record SpotlightView(CaseStudyCard Card, ImageView? Image, IReadOnlyList<FigureTile> Figures, QuoteView? Quote);

/// <summary>Progress on a commitment made in the previous report.</summary>
public sealed record CommitmentProgress(string Text, string? Metric, string? Target, string? By, string? Latest, string Status, string StatusClass);

/// <summary>A commitment for the year ahead.</summary>
/// <param name="MetricHref">Null when the commitment names no metric, or one no system reports (shown as text).</param>
public sealed record CommitmentView(string Text, string? Metric, string? MetricHref, string? Target, string? By);
