using System.Globalization;
using System.Text.RegularExpressions;

namespace StatiqReport.Content;

/// <summary>
/// Dates as people write them ("20/01/2025", "20 Jan 2025", "2025/01/20") read as the ISO date they
/// mean, so a message can say "write 2025-01-20". Day and month are read the UK way (day first);
/// where both could be either, the message says so and gives the other reading too.
/// </summary>
public static partial class DateHint
{
    // English month names written out here, not taken from a culture: the program may run without culture data.
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The fix for a date not written as an ISO date: "write 2025-01-20 (20 January 2025)", or null when no date is recognised.</summary>
    public static string? Fix(string text)
    {
        if (DayFix(text) is { } day) return day;
        // "April 2025": a month, where a day is needed too.
        return MonthFix(text) is { } month && MonthOnly().Match(month) is { Success: true } m
            ? $"a date needs its day too: write {m.Groups["ym"].Value}-DD with the day, e.g. {m.Groups["ym"].Value}-01 for the 1st of {m.Groups["name"].Value}"
            : null;
    }

    private static string? DayFix(string text)
    {
        text = text.Trim();
        if (DayFirst().Match(text) is { Success: true } d) return Numeric(int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture), Year(d.Groups[3].Value));
        if (YearFirst().Match(text) is { Success: true } y) return Write(Make(int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(y.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(y.Groups[3].Value, CultureInfo.InvariantCulture)));
        if (DayMonthName().Match(text) is { Success: true } n) return Write(Named(n.Groups["day"].Value, n.Groups["month"].Value, n.Groups["year"].Value));
        if (MonthNameDay().Match(text) is { Success: true } u) return Write(Named(u.Groups["day"].Value, u.Groups["month"].Value, u.Groups["year"].Value));
        return null;
    }

    [GeneratedRegex(@"^write (?<ym>\d{4}-\d{2}) \((?<name>[A-Za-z]+ \d{4})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    /// <summary>
    /// The fix for a date that may also be a month or a year (a source's date): a full date as <see cref="Fix"/>
    /// reads it, else "May 2024", "05/2024" or "2024/05" as "write 2024-05 (May 2024)", or null.
    /// </summary>
    public static string? MonthOrDayFix(string text) => DayFix(text) ?? MonthFix(text);

    // "May 2024", "05/2024" or "2024/05" as "write 2024-05 (May 2024)", or null.
    private static string? MonthFix(string text)
    {
        text = text.Trim();
        int month = 0, year = 0;
        if (MonthNameYear().Match(text) is { Success: true } n)
        {
            var name = n.Groups["month"].Value.TrimEnd('.').ToLowerInvariant();
            if (name == "sept") name = "sep";
            month = Array.FindIndex(Months, m => m == name || (name.Length >= 3 && m.StartsWith(name, StringComparison.Ordinal))) + 1;
            year = int.Parse(n.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (MonthSlashYear().Match(text) is { Success: true } m)
            (month, year) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        else if (YearSlashMonth().Match(text) is { Success: true } y)
            (month, year) = (int.Parse(y.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture));
        if (month is < 1 or > 12 || year is < 1 or > 9999) return null;
        var name1 = Months[month - 1];
        return $"write {year:D4}-{month:D2} ({char.ToUpperInvariant(name1[0])}{name1[1..]} {year})";
    }

    // 04/03/2025 is 4 March in the UK but 3 April in the US: read it the UK way and say so.
    private static string? Numeric(int first, int second, int year)
    {
        if (first <= 12 && second > 12)
            return Make(year, first, second) is { } us ? $"{Write(us)}, read as month/day/year" : null;
        var uk = Make(year, second, first);
        if (uk is null) return null;
        if (first > 12 || first == second) return Write(uk);
        var other = Make(year, first, second)!.Value;
        return $"{Write(uk)}, reading it the UK way, day/month/year; if you meant {Long(other)}, write {Iso(other)}";
    }

    private static DateOnly? Named(string day, string month, string year)
    {
        var name = month.TrimEnd('.').ToLowerInvariant();
        if (name == "sept") name = "sep";
        for (var i = 1; i <= 12; i++)
        {
            var full = Months[i - 1];
            if (name == full || (name.Length >= 3 && full.StartsWith(name, StringComparison.Ordinal)))
                return Make(int.Parse(year, CultureInfo.InvariantCulture), i, int.Parse(day, CultureInfo.InvariantCulture));
        }
        return null;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    // "25" in "20/01/25" is 2025: these are reports of recent work.
    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y, CultureInfo.InvariantCulture) : int.Parse(y, CultureInfo.InvariantCulture);

    private static string? Write(DateOnly? d) => d is { } date ? $"write {Iso(date)} ({Long(date)})" : null;
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Long(DateOnly d) =>
        $"{d.Day} {char.ToUpperInvariant(Months[d.Month - 1][0])}{Months[d.Month - 1][1..]} {d.Year}";

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
    [GeneratedRegex(@"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();
    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9}\.?),?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameYear();
    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthSlashYear();
    [GeneratedRegex(@"^(\d{4})[/.\-](\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearSlashMonth();
    [GeneratedRegex(@"^(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9}\.?),?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthName();
    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>\d{1,2})(st|nd|rd|th)?,?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDay();
}
