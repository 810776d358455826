using System.Globalization;
using System.Text.RegularExpressions;

namespace StatiqReport.Content;

/// <summary>
/// Numbers as people write them ("1,200", "£1.2m", "23.5%", "1.2k") read as the plain number they
/// mean, so a message can say "write 1200000". The one place that decides, for YAML and CSV alike.
/// A comma that is not a thousands separator ("12,5") could be a decimal point or a slip: no guess.
/// </summary>
public static partial class NumberHint
{
    private const string Plain = "no currency signs, thousands separators, 'k' or 'm', or '%'";

    /// <summary>
    /// The fix for a value that is not a plain number: "write 1200 (...)", an explanation when the
    /// number is unclear, or null when the text does not look like a number at all.
    /// </summary>
    public static string? Fix(string text)
    {
        var m = Written().Match(text.Trim());
        if (!m.Success) return null;
        var digits = m.Groups["num"].Value.TrimEnd(' ', '\u00A0');
        if (!Grouped().IsMatch(digits))
            return !digits.Contains(',') ? null : "a comma there could be a decimal point or a thousands separator, so the number is unclear; "
                   + "write it without commas, with '.' as the decimal point, e.g. 1200 or 23.5";
        var cleaned = digits.Replace(",", "").Replace(" ", "").Replace("\u00A0", "");
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        number *= Scale(m.Groups["scale"].Value);
        if (m.Groups["sign"].Success || m.Groups["sign2"].Success) number = -number;
        var sign = m.Groups["sign"].Success ? m.Groups["sign"].Value : m.Groups["sign2"].Value;
        // Word and Excel turn a typed '-' into a typographic minus or dash; the readers want the hyphen key's sign.
        return sign is "" or "-"
            ? $"write {Format(number)} ({Plain})"
            : $"write {Format(number)}, typing the minus sign with the hyphen key (-) rather than '{sign}'";
    }

    private static decimal Scale(string word) => word.ToLowerInvariant() switch
    {
        "k" or "thousand" => 1_000m,
        "m" or "mn" or "million" => 1_000_000m,
        "bn" or "b" or "billion" => 1_000_000_000m,
        _ => 1m,
    };

    // The plain form the readers accept: no exponent, no trailing zeros after the point.
    private static string Format(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<sign>[-\u2212\u2013])?\s*(£|\$|€|GBP\s*)?\s*(?<sign2>[-\u2212\u2013])?(?<num>\d[\d,\u00A0 ]*(\.\d+)?|\.\d+)\s*(?<scale>k|thousand|mn|m|million|bn|b|billion)?\s*%?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();

    // Thousands written the UK way: 1,200 or 1,200,000.5 (or with spaces: 1 200).
    [GeneratedRegex(@"^\d{1,3}([,\u00A0 ]\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
