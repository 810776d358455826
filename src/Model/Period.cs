using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace StatiqReport.Model;

/// <summary>A financial year, April to March: written 2023-24 in data, shown as 2023/24.</summary>
public readonly partial record struct Period(int StartYear) : IComparable<Period>
{
    public string Id => $"{StartYear}-{(StartYear + 1) % 100:00}";
    public string Display => $"{StartYear}/{(StartYear + 1) % 100:00}";
    public Period Previous => new(StartYear - 1);
    public Period Next => new(StartYear + 1);

    public int CompareTo(Period other) => StartYear.CompareTo(other.StartYear);
    public static bool operator <(Period a, Period b) => a.StartYear < b.StartYear;
    public static bool operator >(Period a, Period b) => a.StartYear > b.StartYear;
    public static bool operator <=(Period a, Period b) => a.StartYear <= b.StartYear;
    public static bool operator >=(Period a, Period b) => a.StartYear >= b.StartYear;

    public override string ToString() => Id;

    /// <summary>Parses 2023-24; the second year must follow the first.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        if (text is null) return false;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var start = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != end || start < 1900 || start > 2200) return false;
        period = new Period(start);
        return true;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
