namespace StatiqReport.Pages;

/// <summary>
/// The home page of a one-system site: the system's front page. IntroHtml is input/index.md's text when there
/// is one (IntroLang its fallback language on a Welsh page); otherwise Summary, the system's own summary.
/// </summary>
public sealed record SystemHomeModel(
    Shell Shell, string Name, string? WelshName, string? IntroHtml, string? IntroLang, string? Summary,
    LatestReportView? LatestReport, IReadOnlyList<ReportItem> EarlierReports,
    IReadOnlyList<HeadlineFigure> Figures, string? FiguresNote, Link FiguresLink,
    IReadOnlyList<CaseStudyCard> CaseStudies, Link? CaseStudiesLink, IReadOnlyList<PrincipleItem> Principles) : TextModel;

/// <summary>The system's latest annual report, shown first and prominently.</summary>
public sealed record LatestReportView(string Href, string Title, string Period, string? Summary, string? Lang, bool Illustrative, string ReadText);

/// <summary>A headline figure: the latest reported value of a metric, its period, and its page.</summary>
public sealed record HeadlineFigure(string Value, Link Metric, string Period, bool Illustrative);
