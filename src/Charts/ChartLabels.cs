using StatiqReport.Formatting;

namespace StatiqReport.Charts;

/// <summary>The numbers and names written inside charts.</summary>
internal static class ChartLabels
{
    /// <summary>Axis labels by unit, compact for money ("£1.2m"), never "2,015" for years.</summary>
    public static string Axis(double v, string unit) => unit switch
    {
        "gbp" => NumberFormatter.Money(v),
        "percent" => NumberFormatter.Plain(v, 1) + "%",
        _ => Math.Abs(v) >= 1e6 ? NumberFormatter.Plain(v / 1e6, 1) + "m" : NumberFormatter.Plain(v, 1),
    };

    /// <summary>A value label inside a chart: compact money, and for other units the number alone (the caption names the unit).</summary>
    public static string Value(double v, string unit) => unit switch
    {
        "gbp" or "percent" => NumberFormatter.Format(v, unit),
        _ => NumberFormatter.Plain(v, 2),
    };

    /// <summary>A name cut to <paramref name="max"/> characters with an ellipsis (the table beside the chart has it whole).</summary>
    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";
}
