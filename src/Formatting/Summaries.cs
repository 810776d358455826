using StatiqReport.Model;

namespace StatiqReport.Formatting;

/// <summary>One-sentence summaries of data in words: what a chart shows, for every reader.</summary>
public static class Summaries
{
    /// <summary>"Local spend rose from £700m in 2021/22 to £820m in 2022/23 (+17.1%), an improvement."</summary>
    public static string Series(MetricDefinition metric, IReadOnlyList<MetricValue> values)
    {
        var reported = values.Where(v => v.Value is not null).OrderBy(v => v.Period).ToList();
        var illustrative = values.Any(v => v.Illustrative) ? " (illustrative figures)" : "";
        if (reported.Count == 0) return $"{metric.Title}: not reported{illustrative}.";
        var last = reported[^1];
        var latest = NumberFormatter.Format(last.Value!.Value, metric.Unit);
        var gaps = values.Where(v => v.Value is null).OrderBy(v => v.Period).Select(v => v.Period.Display).ToList();
        var gapText = gaps.Count == 0 ? "" : $" No figure was reported for {Join(gaps)}.";
        if (reported.Count == 1) return $"{metric.Title}: {latest} in {last.Period.Display}{illustrative}.{gapText}";
        var first = reported[0];
        var change = new Change(first.Value!.Value, last.Value.Value, first.Period, last.Period, metric.Unit, metric.Better);
        return $"{metric.Title} {change.Sentence}{illustrative}.{gapText}";
    }

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>The year-on-year change into a period, or why there is none.</summary>
    public static Change? YearOnYear(MetricDefinition metric, IReadOnlyList<MetricValue> series, Period period)
    {
        var now = series.FirstOrDefault(v => v.Period == period)?.Value;
        var before = series.FirstOrDefault(v => v.Period == period.Previous)?.Value;
        return now is null || before is null ? null : new Change(before.Value, now.Value, period.Previous, period, metric.Unit, metric.Better);
    }
}
