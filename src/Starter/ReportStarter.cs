using StatiqReport.Model;

namespace StatiqReport.Starter;

/// <summary>A metric a starter report can point at: one the system has figures for, and its domain.</summary>
public sealed record StarterMetric(string Id, string Domain);

/// <summary>A case study a starter report can point at, and its domains.</summary>
public sealed record StarterCaseStudy(string Id, IReadOnlyList<string> Domains);

/// <summary>What a starter report is written for: the system, the year, and what the site already holds for them.</summary>
/// <param name="AnyMetric">A metric id of the catalogue, for the commented example of a commitment's metric.</param>
public sealed record ReportStart(
    string SystemId, Period Period, IReadOnlyList<StarterMetric> Metrics, IReadOnlyList<StarterCaseStudy> CaseStudies, string? AnyMetric);

/// <summary>
/// The starter annual report of `new site` and `new report`: one template (Pieces/report.md). Its
/// highlights and chapters point at what the site already has for the system (metrics with figures, its
/// case studies), so the report validates once its starter text is replaced. The foreword has no heading
/// of its own: the page already titles it "Foreword".
/// </summary>
public static class ReportStarter
{
    /// <summary>At most this many highlights: "the year at a glance" is a glance.</summary>
    private const int MaxHighlights = 6;

    /// <summary>The chapters' domains, as in the template (first chapter first).</summary>
    private static readonly string[] ThemeDomains = ["employment-skills", "procurement"];

    public static string Text(ReportStart s)
    {
        var p = s.Period;
        var highlights = s.Metrics.Take(MaxHighlights).Select(m => m.Id).ToList();
        var (work, local) = (ThemeDomains[0], ThemeDomains[1]);
        // A case study of neither chapter's domain still belongs in the report: the first chapter takes it.
        var localCaseStudies = s.CaseStudies.Where(c => c.Domains.Contains(local) && !c.Domains.Contains(work)).ToList();
        var workCaseStudies = s.CaseStudies.Except(localCaseStudies).ToList();
        var note = highlights.Count > 0 ? ""
            : $"# None of {s.SystemId}'s metrics has figures yet: add them to a file in data/metrics/, then their ids here, e.g. [local-spend-share].\n";
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{{id}}"] = s.SystemId,
            ["{{period}}"] = p.Id,
            ["{{period-display}}"] = p.Display,
            ["{{previous-display}}"] = p.Previous.Display,
            ["{{next}}"] = p.Next.Id,
            ["{{highlights-note}}"] = note,
            ["{{highlights}}"] = List(highlights),
            ["{{work-metrics}}"] = List(s.Metrics.Where(m => m.Domain == work).Select(m => m.Id)),
            ["{{work-case-studies}}"] = List(workCaseStudies.Select(c => c.Id)),
            ["{{local-metrics}}"] = List(s.Metrics.Where(m => m.Domain == local).Select(m => m.Id)),
            ["{{local-case-studies}}"] = List(localCaseStudies.Select(c => c.Id)),
            ["{{commitment-metric}}"] = highlights.FirstOrDefault() ?? s.AnyMetric ?? "local-spend-share",
        };
        return StarterSite.Fill(StarterSite.Resource("piece/report.md"), tokens);
    }

    private static string List(IEnumerable<string> ids) => $"[{string.Join(", ", ids)}]";
}
