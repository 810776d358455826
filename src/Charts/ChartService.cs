using StatiqReport.Model;

namespace StatiqReport.Charts;

/// <summary>
/// Draws the site's charts as inline SVG. Until the charts work lands, no chart is drawn and every
/// figure is shown as a table with its summary in words (pages never depend on a chart).
/// </summary>
public class ChartService
{
    public virtual string? Trend(SystemProfile system, MetricDefinition metric, IReadOnlyList<MetricValue> values, string summary, IReadOnlyList<string> sources) => null;
}
