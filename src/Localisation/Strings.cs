using System.Globalization;
using System.Text;
using StatiqReport.Formatting;

namespace StatiqReport.Localisation;

/// <summary>One interface string: plain text, or plural forms by CLDR category (zero, one, two, few, many, other).</summary>
public sealed record StringEntry(string? Text, IReadOnlyDictionary<string, string>? Forms)
{
    public IEnumerable<string> Templates => Text is not null ? [Text] : Forms!.Values;
}

/// <summary>
/// Every interface string of the theme in one language, from <c>theme/strings/&lt;lang&gt;.yml</c>
/// (the bundled file, with a site's own <c>theme/strings/&lt;lang&gt;.yml</c> overriding keys).
/// Templates name their placeholders: <c>"{count} case studies"</c>, so a translation may reorder them.
/// A key the code asks for that the file lacks is a bug in the theme, caught by the tests.
/// </summary>
public sealed class Strings
{
    private readonly IReadOnlyDictionary<string, StringEntry> _entries;

    public Strings(string language, IReadOnlyDictionary<string, StringEntry> entries)
    {
        Language = language;
        _entries = entries;
    }

    /// <summary>The language code: <c>en</c> or <c>cy</c>.</summary>
    public string Language { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>A plain string.</summary>
    public string this[string key] => Entry(key).Text ?? throw new KeyNotFoundException($"interface string '{key}' has plural forms; use P()");

    /// <summary>A string with its placeholders filled: <c>F("key", ("system", name))</c>.</summary>
    public string F(string key, params (string Name, object? Value)[] args) => Fill(this[key], args);

    /// <summary>A plural string for a count, with <c>{n}</c> and any other placeholders filled.</summary>
    public string P(string key, double n, params (string Name, object? Value)[] args)
    {
        var e = Entry(key);
        var template = e.Text ?? (e.Forms!.TryGetValue(Category(Language, n), out var t) ? t : e.Forms["other"]);
        return Fill(template, [("n", n), .. args]);
    }

    /// <summary>A date in words: "16 August 2024", "16 Awst 2024".</summary>
    public string Date(DateOnly d) => F("date.format", ("day", d.Day.ToString(CultureInfo.InvariantCulture)),
        ("month", this[$"date.month.{d.Month}"]), ("year", d.Year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>"a", "a and b", "a, b and c" in this language.</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => F("list.and", ("items", string.Join(this["list.separator"], items.Take(items.Count - 1))), ("last", items[^1])),
    };

    private StringEntry Entry(string key) =>
        _entries.TryGetValue(key, out var e) ? e : throw new KeyNotFoundException($"interface string '{key}' is missing from theme/strings/{Language}.yml");

    private static string Fill(string template, (string Name, object? Value)[] args)
    {
        if (template.IndexOf('{') < 0) return template;
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0) { sb.Append(template, i, template.Length - i); break; }
            sb.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (n, v) in args)
                if (name.SequenceEqual(n)) { sb.Append(Text(v)); found = true; break; }
            if (!found) sb.Append(template, open, close - open + 1);
            i = close + 1;
        }
        return sb.ToString();
    }

    private static string Text(object? v) => v switch
    {
        null => "",
        string s => s,
        int n => NumberFormatter.Plain(n, 0),
        long n => NumberFormatter.Plain(n, 0),
        double d => NumberFormatter.Plain(d, 2),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    /// <summary>The plural categories each language uses (CLDR).</summary>
    public static IReadOnlyList<string> Categories(string language) => language == "cy"
        ? ["zero", "one", "two", "few", "many", "other"]
        : ["one", "other"];

    /// <summary>The CLDR plural category of a number: Welsh has six (0, 1, 2, 3, 6, other), English two.</summary>
    public static string Category(string language, double n)
    {
        if (n != Math.Floor(n)) return "other";
        if (language == "cy")
            return n switch { 0 => "zero", 1 => "one", 2 => "two", 3 => "few", 6 => "many", _ => "other" };
        return n == 1 ? "one" : "other";
    }

    /// <summary>The placeholder names in a template: "{count} of {total}" → count, total.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0) yield break;
            var name = template[(i + 1)..close];
            if (name.Length > 0 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) yield return name;
            i = close + 1;
        }
    }
}
