using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>
/// A report whose year has no figures, or that names a metric with no figure for its year, validates: the page shows
/// "not reported" (a highlight) or leaves the metric out (a chapter). Each is a located warning saying which metric has
/// no value for which period, and what the page will show, so a wrong year or a missing column is seen before publishing.
/// A figure row left empty on purpose (not reported, with a note) is the author's choice, not warned about.
/// </summary>
public static class ReportFigures
{
    public static void Check(IReadOnlyList<AnnualReport> reports, IReadOnlyList<MetricValue> values, IEnumerable<string> metrics, ReferenceList refs, DiagnosticBag diags)
    {
        // A metric not in metrics.yml is an error of its own.
        var defined = metrics.ToHashSet(StringComparer.Ordinal);
        var rows = values.Select(v => (v.SystemId, v.MetricId, v.Period)).ToHashSet();
        var withFigures = values.Where(v => v.Value is not null).Select(v => v.MetricId).ToHashSet(StringComparer.Ordinal);
        var metricRefs = refs.All.Where(r => r.Kind == ReferenceKind.Metric).ToList();
        foreach (var report in reports)
        {
            var year = report.Period.Id;
            var named = report.Highlights.Concat(report.Themes.SelectMany(t => t.Metrics)).Distinct(StringComparer.Ordinal).Where(defined.Contains).ToList();
            if (named.Count == 0) continue;
            if (!values.Any(v => v.SystemId == report.SystemId && v.Period == report.Period))
            {
                diags.Warning(report.Location with { Line = 1, Column = 1 }, ErrorCodes.ReportWithoutFigures,
                    $"data/metrics/ has no figures for {report.SystemId} in {year}, the year of this report: every highlight and chapter figure on its page "
                    + $"will read 'not reported for {report.Period.Display}'. Add the {year} figures (a {year} column, or rows with period {year}), or check the year in the file name");
                continue;
            }
            // A highlight shows the report's year; a chapter shows the years up to it, so it leaves a metric out only when none has a figure.
            bool Missing(string m) => report.Highlights.Contains(m)
                ? !rows.Contains((report.SystemId, m, report.Period))
                : !values.Any(v => v.SystemId == report.SystemId && v.MetricId == m && v.Period <= report.Period);
            foreach (var metric in named.Where(Missing))
            {
                var at = metricRefs.Where(r => r.Id == metric && r.At.Path == report.Location.Path).OrderBy(r => r.At.Line).ThenBy(r => r.At.Column)
                    .Select(r => (SourceLocation?)r.At).FirstOrDefault() ?? report.Location;
                var shown = report.Highlights.Contains(metric)
                    ? "the year at a glance will show it as 'not reported'"
                    : "its chapter will leave it out";
                var none = !withFigures.Contains(metric) ? "no figures at all in data/metrics/ (so it has no page either)"
                    : report.Highlights.Contains(metric) ? $"no figure for {report.SystemId} in {year} in data/metrics/" : $"no figure for {report.SystemId} in {year} or before in data/metrics/";
                diags.Warning(at, ErrorCodes.ReportWithoutFigures,
                    $"the metric '{metric}' has {none}, so {shown}; add its {year} figure for {report.SystemId}, or take it out of this report");
            }
        }
    }
}
