using StatiqReport.Localisation;
using StatiqReport.Model;

namespace StatiqReport.Formatting;

/// <summary>One-sentence summaries of data in words: what a chart shows, for every reader.</summary>
public static class Summaries
{
    /// <summary>"Local spend rose from £700m in 2021/22 to £820m in 2022/23 (+17.1%), an improvement."</summary>
    public static string Series(Strings s, MetricDefinition metric, IReadOnlyList<MetricValue> values)
    {
        var reported = values.Where(v => v.Value is not null).OrderBy(v => v.Period).ToList();
        var illustrative = values.Any(v => v.Illustrative) ? s["summary.illustrative"] : "";
        if (reported.Count == 0) return s.F("summary.not-reported", ("metric", metric.Title), ("illustrative", illustrative));
        var last = reported[^1];
        var latest = NumberFormatter.Format(last.Value!.Value, metric.Unit);
        var gaps = values.Where(v => v.Value is null).OrderBy(v => v.Period).Select(v => v.Period.Display).ToList();
        var gapText = gaps.Count == 0 ? "" : " " + s.F("summary.gaps", ("periods", s.List(gaps)));
        if (reported.Count == 1)
            return s.F("summary.one", ("metric", metric.Title), ("value", latest), ("period", last.Period.Display), ("illustrative", illustrative)) + gapText;
        var first = reported[0];
        var change = new Change(first.Value!.Value, last.Value.Value, first.Period, last.Period, metric.Unit, metric.Better);
        return s.F("summary.change", ("metric", metric.Title), ("change", change.Sentence(s)), ("illustrative", illustrative)) + gapText;
    }

    /// <summary>The year-on-year change into a period, or why there is none.</summary>
    public static Change? YearOnYear(MetricDefinition metric, IReadOnlyList<MetricValue> series, Period period)
    {
        var now = series.FirstOrDefault(v => v.Period == period)?.Value;
        var before = series.FirstOrDefault(v => v.Period == period.Previous)?.Value;
        return now is null || before is null ? null : new Change(before.Value, now.Value, period.Previous, period, metric.Unit, metric.Better);
    }
}
