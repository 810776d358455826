using StatiqReport.Diagnostics;

namespace StatiqReport.Model;

/// <summary>An integrated care system (ICS) or Welsh local health board (LHB).</summary>
public sealed record SystemProfile(
    string Id, string Name, string Type, string Nation, string? Region, long? Population, string? Website,
    IReadOnlyList<string> Anchors, string? WelshName, string? Summary,
    IReadOnlyDictionary<Period, IReadOnlyDictionary<string, MaturityLevel>> Maturity,
    SourceLocation Location)
{
    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}

/// <summary>A headline number of a case study.</summary>
public sealed record Figure(double Value, string Unit, string Label);

/// <summary>One stage of a programme funnel (reached, trained, placed, employed...).</summary>
public sealed record Stage(string Label, double Value);

/// <summary>A named person's words.</summary>
public sealed record Quote(string Text, string By);

/// <summary>A cited source.</summary>
public sealed record SourceRef(string Title, string? Url, string? Publisher, string? Date);

/// <summary>An image inside the root, with its text alternative.</summary>
public sealed record ImageRef(string Src, string Alt);

/// <summary>A case study: what the system faced, did, and the results.</summary>
public sealed record CaseStudy(
    string Id, string Title, string SystemId, IReadOnlyList<string> Principles, string Summary,
    string Faced, string Did, string Results,
    IReadOnlyList<string> Domains, Period? Period, DateOnly? Published, IReadOnlyList<string> Organisations,
    IReadOnlyList<Figure> Figures, IReadOnlyList<Stage> Stages, IReadOnlyList<Quote> Quotes,
    IReadOnlyList<SourceRef> Sources, ImageRef? Image, bool Illustrative, SourceLocation Location)
{
    /// <summary>The summary without Markdown marks, for lists, search, feeds and metadata.</summary>
    public string SummaryText { get; init; } = Summary;

    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}

/// <summary>One metric value from a CSV row. A null value means "not reported".</summary>
public sealed record MetricValue(
    string SystemId, string MetricId, Period Period, double? Value, string? Source, string? Note, bool Illustrative,
    SourceLocation Location);

/// <summary>A free page: front matter and Markdown.</summary>
public sealed record FreePage(string Slug, string Title, string? Summary, string Markdown, SourceLocation Location)
{
    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}

/// <summary>A themed chapter of an annual report.</summary>
public sealed record ReportTheme(string Title, string? Summary, IReadOnlyList<string> Domains, IReadOnlyList<string> Metrics, IReadOnlyList<string> CaseStudies);

/// <summary>A commitment: text, optionally measured by a metric against a target by a period.</summary>
public sealed record Commitment(string Text, string? Metric, double? Target, Period? By);

/// <summary>An annual impact report for one system and period.</summary>
public sealed record AnnualReport(
    string SystemId, Period Period, string Title, string? Summary, IReadOnlyList<ReportTheme> Themes,
    IReadOnlyList<string> Highlights, IReadOnlyList<Commitment> Commitments, string Foreword, bool Illustrative,
    SourceLocation Location)
{
    /// <summary>The optional cover photograph (front matter 'cover'), a file inside the root with its alt text.</summary>
    public ImageRef? Cover { get; init; }

    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}
