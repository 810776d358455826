using System.Globalization;
using System.Text.RegularExpressions;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>
/// The fix for a financial-year period written another way. UK financial years run April to March, so a
/// month is answered with the year it falls in (March 2028 is in 2027-28, April 2027 starts 2027-28); a bare
/// year could be either of two, so both are named; two years (2026/27, 2026-2027, FY26/27, 27-28) give the
/// year they start. When nothing can be read, the example is plainly an example, never an answer.
/// </summary>
public static partial class PeriodHint
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The whole message for <paramref name="text"/> written where a period belongs.</summary>
    public static string Message(string text, string key)
    {
        var said = $"'{MapReader.Clip(text)}' is not a financial-year period for '{key}'";
        if (text.Trim().Length == 0) return $"'{key}' is empty; write the financial year, such as 2023-24 (April 2023 to March 2024)";
        if (MonthYear(text) is { } my)
        {
            var start = my.Month >= 4 ? my.Year : my.Year - 1;
            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Months[my.Month - 1]);
            return $"{said}; {name} {my.Year} is in the financial year {new Period(start).Id} (UK financial years run April to March), so write {new Period(start).Id}";
        }
        if (BareYear().Match(text.Trim()) is { Success: true } bare && int.TryParse(bare.Value, out var year))
            return $"{said}; a financial year runs April to March, so {year} could be {new Period(year - 1).Id} (ending in March {year}) "
                + $"or {new Period(year).Id} (starting in April {year}): write the one you mean";
        if (TwoYears(text) is { } first)
            return text.FirstOrDefault(c => c is '\u2013' or '\u2014' or '\u2012' or '\u2212' or '\u2010' or '\u2011') is var dash and not '\0'
                ? $"{said}: it has the dash '{dash}' (which Word makes as you type) where a hyphen belongs; write {new Period(first).Id}, typing the hyphen key (-)"
                : $"{said}; write it as {new Period(first).Id}";
        return $"{said}; write a financial year like 2023-24 (April 2023 to March 2024)";
    }

    /// <summary>The period a text written as two years means ("2024-2025", "2024_25", "FY24/25"), or null.</summary>
    public static Period? Written(string text) => !BareYear().IsMatch(text.Trim()) && TwoYears(text) is { } first ? new Period(first) : null;

    /// <summary>A bare year's two readings ("2023": 2022-23 or 2023-24), or null when the text is not one.</summary>
    public static (Period Ending, Period Starting)? Either(string text) =>
        BareYear().Match(text.Trim()) is { Success: true } m && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var year)
            ? (new Period(year - 1), new Period(year)) : null;

    /// <summary>"March 2028", "Mar 2028", "2028-03", "03/2028": the month and year, or null.</summary>
    private static (int Month, int Year)? MonthYear(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (Named().Match(t) is { Success: true } n)
        {
            var word = n.Groups["month"].Value;
            var month = Array.FindIndex(Months, m => word.Length >= 3 && m.StartsWith(word, StringComparison.Ordinal));
            if (month >= 0) return (month + 1, int.Parse(n.Groups["year"].Value, CultureInfo.InvariantCulture));
        }
        if (YearMonth().Match(t) is { Success: true } ym && int.Parse(ym.Groups["month"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var m1)
            return (m1, int.Parse(ym.Groups["year"].Value, CultureInfo.InvariantCulture));
        if (MonthSlashYear().Match(t) is { Success: true } my && int.Parse(my.Groups["month"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var m2)
            return (m2, int.Parse(my.Groups["year"].Value, CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>The first year of "2026/27", "2026-2027", "2027-8", "FY26/27", "27-28"; null when the years do not follow on.</summary>
    private static int? TwoYears(string text)
    {
        if (Long().Match(text) is { Success: true } l) return int.Parse(l.Groups["first"].Value, CultureInfo.InvariantCulture);
        if (Short().Match(text) is { Success: true } s)
        {
            var a = int.Parse(s.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(s.Groups["b"].Value, CultureInfo.InvariantCulture);
            if ((a + 1) % 100 == b) return 2000 + a;
        }
        return null;
    }

    [GeneratedRegex(@"^(?<month>[a-z]{3,9})\.?,?\s+(?<year>(19|20|21)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
    [GeneratedRegex(@"^(?<year>(19|20|21)\d\d)-(?<month>\d\d?)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();
    [GeneratedRegex(@"^(?<month>\d\d?)/(?<year>(19|20|21)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthSlashYear();
    [GeneratedRegex(@"^(19|20|21)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();
    [GeneratedRegex(@"(?<first>(19|20|21)\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Long();
    [GeneratedRegex(@"^\s*(fy\s*)?(?<a>\d\d)\s*[-/–]\s*(?<b>\d\d)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Short();
}
