using System.Globalization;

namespace StatiqReport.Formatting;

/// <summary>
/// The one place numbers are formatted, by the contract's units: gbp as money (£1.2m, £845.5m,
/// £150,000), percent (23.5%), count (1,234); any other unit text follows the number (120 tonnes).
/// </summary>
public static class NumberFormatter
{
    private static readonly CultureInfo Uk = CultureInfo.InvariantCulture;

    public static string Format(double value, string unit) => unit switch
    {
        "gbp" => Money(value),
        "percent" => Plain(value, 2) + "%",
        "count" => Plain(value, 2),
        _ => $"{Plain(value, 2)} {unit}",
    };

    /// <summary>Money: billions and millions abbreviated to one decimal place, smaller sums in full.</summary>
    public static string Money(double value)
    {
        var sign = value < 0 ? "−" : "";
        var a = Math.Abs(value);
        if (a >= 1e9) return $"{sign}£{Trim(a / 1e9, 1)}bn";
        if (a >= 1e6) return $"{sign}£{Trim(a / 1e6, 1)}m";
        return a == Math.Floor(a) ? $"{sign}£{a.ToString("#,0", Uk)}" : $"{sign}£{a.ToString("#,0.00", Uk)}";
    }

    /// <summary>A number with thousands separators and at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public static string Plain(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("#,0." + new string('#', decimals), Uk);
        return (rounded < 0 ? "−" : "") + text;
    }

    /// <summary>Plain number for machine-readable output (CSV, JSON, data attributes): invariant, round-trip.</summary>
    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Trim(double v, int decimals) => Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', decimals), Uk);
}
