using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>
/// Mistakes in how a value is written on its line: a key and its text run together with no space,
/// text after a closing quote, text starting with a sign YAML reserves, or ': ' inside unquoted text.
/// Each fix shows the line as it should be typed.
/// </summary>
public static class YamlValueMistakes
{
    // Signs that YAML reads as something other than text when they start a value.
    private const string Reserved = "*&@`%!|>[{";
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    public static YamlMistake? Find(YamlLines lines, int line)
    {
        if ((NoSpaceAfterColon(lines, line) ?? NoSpaceAfterColon(lines, lines.Above(line))) is { } run) return run;
        if (lines.Parts(line) is not { Value.Length: > 0 } p) return null;
        return TextAfterQuote(line, p) ?? ReservedStart(line, p) ?? ColonInText(line, p);
    }

    private static YamlMistake? NoSpaceAfterColon(YamlLines lines, int line)
    {
        if (line < 1 || lines.InTextBlock(line) || lines.Parts(line) is not { Key: null } p) return null;
        var v = p.Value;
        var colon = v.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || colon + 1 >= v.Length || !char.IsAsciiLetter(v[0]) || v[colon + 1] == '/') return null;
        var key = v[..colon];
        if (!key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || Schemes.Contains(key, StringComparer.OrdinalIgnoreCase)) return null;
        return new YamlMistake(line, p.ValueColumn + colon, ErrorCodes.SyntaxError,
            $"put a space after the colon: write {key}: {v[(colon + 1)..]}");
    }

    // "title": "a" b  or  'It's fine': the quote closes before the end, and the rest cannot be read.
    private static YamlMistake? TextAfterQuote(int line, LineParts p)
    {
        var v = p.Value;
        if (v[0] is not ('"' or '\'')) return null;
        var close = Closing(v, v[0]);
        if (close < 0 || v[(close + 1)..].TrimStart() is "" or ['#', ..] or [',', ..] or [']', ..] or ['}', ..]) return null;
        var fix = v[0] == '"'
            ? $"to use quotation marks inside the text, put the whole text in single quotes instead, as in {Example(p, "'" + Unwrapped(v).Replace("'", "''", StringComparison.Ordinal) + "'")}"
            : $"to use an apostrophe inside the text, put the whole text in double quotes instead, as in {Example(p, Quoted(v[1..^(v[^1] == '\'' ? 1 : 0)].Replace("''", "'", StringComparison.Ordinal)))}";
        return new YamlMistake(line, p.ValueColumn, ErrorCodes.SyntaxError,
            $"{Subject(p)} starts with a quote, so it ends at the next {v[0]} and the words after it cannot be read; {fix}");
    }

    private static YamlMistake? ReservedStart(int line, LineParts p)
    {
        var v = p.Value;
        var sign = v[0];
        if (v.StartsWith("```", StringComparison.Ordinal) && p.Key is null)
            return new YamlMistake(line, p.ValueColumn, ErrorCodes.SyntaxError,
                "this line is a ``` fence, pasted with the text from a chat or an email: it is not part of the file, so delete it (and the closing ``` line, if there is one)");
        var reserved = Reserved.Contains(sign, StringComparison.Ordinal) || (sign is '-' or '?' && v.Length > 1 && v[1] == ' ');
        if (!reserved || (sign is '[' or '{' && !TextAfterBracket(v))) return null;
        if (p.Key is "unit" && UnitWord(v) is { } unit)
            return new YamlMistake(line, p.ValueColumn, ErrorCodes.SyntaxError, $"write the unit as a word: unit: {unit}");
        var blockHint = sign is '|' or '>'
            ? $"; or, for text over several lines, leave nothing after the {sign} and start the text on the next line, indented"
            : "";
        return new YamlMistake(line, p.ValueColumn, ErrorCodes.SyntaxError,
            $"{Subject(p)} starts with {sign}, which has a special meaning in YAML: put the whole text in double quotes, as in {Example(p, Quoted(v))}{blockHint}");
    }

    // Keys that live inside another key ("welsh: required: none", "image: src: x.jpg"): written on the key's own line they
    // are a key inside it, not text to quote.
    private static readonly HashSet<string> NestedKeys = new(["required", "shared", "unofficial", "src", "alt", "value", "unit", "label", "text", "by", "title", "url"], StringComparer.Ordinal);

    // "Results: we did well": YAML reads ': ' as the start of another key.
    private static YamlMistake? ColonInText(int line, LineParts p)
    {
        var v = p.Value;
        if (p.Key is null || v[0] is '"' or '\'') return null;
        var inner = v.IndexOf(": ", StringComparison.Ordinal);
        if (inner < 0 && v[^1] == ':') inner = v.Length - 1;
        if (inner < 0) return null;
        if (NestedKeys.Contains(v[..inner]))
            return new YamlMistake(line, p.ValueColumn + inner, ErrorCodes.SyntaxError,
                $"'{v[..inner]}' is a key inside '{p.Key}', so it goes on a line of its own, indented under it: write {p.Key}: alone on its line, then "
                + $"'  {v[..inner]}: {v[(inner + 1)..].Trim()}' on the next line (or {p.Key}: {{{v[..inner]}: {v[(inner + 1)..].Trim()}}})");
        return new YamlMistake(line, p.ValueColumn + inner, ErrorCodes.SyntaxError,
            $"{Subject(p)} contains a colon followed by a space (': '), which YAML reads as the start of another key: put the whole text in double quotes, as in {Example(p, Quoted(Uncurled(v)))}{CurlyNote(v)}");
    }

    /// <summary>
    /// A mistake inside a one-line { } or [ ] that is closed on its line, which the library reports as never closed:
    /// quotes inside quoted text, ': ' in unquoted text, or a value starting with a reserved sign. Null when none is seen.
    /// </summary>
    public static YamlMistake? InFlow(YamlLines lines, int line, int openColumn)
    {
        var text = lines[line];
        var start = openColumn; // 0-based index just after the bracket
        var depth = 1;
        var entryStart = start;
        char quote = '\0';
        for (var i = start; i <= text.Length && depth > 0; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            if (c is '"' or '\'' && text[entryStart..i].TrimEnd().EndsWith(':') || (c is '"' or '\'' && text[entryStart..i].Trim().Length == 0)) { quote = c; continue; }
            if (c is '[' or '{') { depth++; continue; }
            var ends = c == ',' || (c is ']' or '}' && --depth == 0);
            if (!ends) continue;
            if (depth == 0 || c == ',')
            {
                if (Entry(line, text, entryStart, i) is { } mistake) return mistake;
                entryStart = i + 1;
            }
        }
        return null;
    }

    private static YamlMistake? Entry(int line, string text, int from, int to)
    {
        var entry = text[from..to];
        var lead = entry.Length - entry.TrimStart().Length;
        var colon = entry.IndexOf(": ", StringComparison.Ordinal);
        var key = colon > 0 ? entry[..colon].Trim() : null;
        var valueAt = colon > 0 ? colon + 2 + (entry[(colon + 2)..].Length - entry[(colon + 2)..].TrimStart().Length) : lead;
        var v = entry[valueAt..].TrimEnd();
        if (v.Length == 0) return null;
        var column = from + valueAt + 1;
        var subject = key is null ? "this item" : $"the text of '{key}'";
        if (v[0] is '"' or '\'')
        {
            var close = Closing(v, v[0]);
            if (close < 0 || v[(close + 1)..].Trim().Length == 0) return null;
            var inner = v[0] == '"' ? "'" + Unwrapped(v).Replace("'", "''", StringComparison.Ordinal) + "'" : Quoted(v[1..^(v[^1] == '\'' ? 1 : 0)].Replace("''", "'", StringComparison.Ordinal));
            return new YamlMistake(line, column, ErrorCodes.SyntaxError,
                $"{subject} starts with a quote, so it ends at the next {v[0]} and the words after it cannot be read: put the whole text in {(v[0] == '"' ? "single" : "double")} quotes instead, as in {(key is null ? "" : key + ": ")}{inner}");
        }
        if (key is not null && v.Contains(": ", StringComparison.Ordinal))
            return new YamlMistake(line, column + v.IndexOf(": ", StringComparison.Ordinal), ErrorCodes.SyntaxError,
                $"{subject} contains a colon followed by a space (': '), which YAML reads as the start of another key: put the whole text in double quotes, as in {key}: {Quoted(v)}");
        if (key is "unit" && UnitWord(v) is { } unit && unit != v)
            return new YamlMistake(line, column, ErrorCodes.SyntaxError, $"write the unit as a word: unit: {unit}");
        if (Reserved.Contains(v[0], StringComparison.Ordinal) && v[0] is not ('[' or '{'))
            return new YamlMistake(line, column, ErrorCodes.SyntaxError,
                $"{subject} starts with {v[0]}, which has a special meaning in YAML: put the whole text in double quotes, as in {(key is null ? "" : key + ": ")}{Quoted(v)}");
        return null;
    }

    // "The hub said "come in" and I did." without its outer double quotes, to be put in single quotes.
    // Only when the quote after the first one opens a quotation inside ("said "come in" and") do the outer quotes wrap
    // the whole text; in "Local" people the first pair is a quotation at the start, kept.
    private static string Unwrapped(string v)
    {
        var t = v.TrimEnd();
        var second = t.IndexOf('"', 1);
        return t.Length >= 2 && t[0] == '"' && t[^1] == '"' && second > 1 && second < t.Length - 1 && t[second - 1] == ' ' ? t[1..^1] : v;
    }

    // Word's curly quotes around the whole text are not YAML's quotes: the suggestion puts straight ones in their place.
    private static string Uncurled(string v) =>
        v.Length >= 2 && v[0] is '\u201C' or '\u2018' && v[^1] is '\u201D' or '\u2019' ? v[1..^1] : v;

    private static string CurlyNote(string v) => Uncurled(v).Length != v.Length
        ? " (straight quotes, typed with the key beside Enter, in place of the curly ones Word makes)" : "";

    /// <summary>The unit word for a sign written as a figure's unit ("%" is percent, "£" is gbp), or null.</summary>
    public static string? UnitWord(string v) => v.Trim().Trim('"', '\'').Trim().ToLowerInvariant() switch
    {
        "%" or "per cent" or "percent" or "percentage" or "pct" or "%age" => "percent",
        "£" or "gbp" or "pounds" or "£s" or "pound" or "sterling" => "gbp",
        "count" => "count",
        _ => null,
    };

    /// <summary>
    /// How many pounds one of a money unit written with a scale is ("£m" is a million pounds), or null:
    /// such a unit would be shown after every figure (1,200,000 £m), so it is answered with gbp.
    /// </summary>
    public static (string Words, string Example)? MoneyScale(string v) =>
        v.Trim().Trim('"', '\'').Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) switch
        {
            "£m" or "£mn" or "£million" or "£millions" or "gbpm" or "gbpmillion" or "gbpmillions" or "millionpounds" or "£m's" or "£ms"
                => ("millions of pounds", "£1.2m is written 1200000"),
            "£k" or "£000" or "£000s" or "£'000" or "£'000s" or "£thousand" or "£thousands" or "gbpk" or "gbp000" or "thousandpounds"
                => ("thousands of pounds", "£250k is written 250000"),
            "£bn" or "£b" or "£billion" or "£billions" or "gbpbn" or "billionpounds" => ("billions of pounds", "£1.2bn is written 1200000000"),
            _ => null,
        };

    private static bool TextAfterBracket(string v)
    {
        var depth = 0;
        for (var i = 0; i < v.Length; i++)
        {
            if (v[i] is '[' or '{') depth++;
            else if (v[i] is ']' or '}' && --depth == 0) return v[(i + 1)..].TrimStart() is not ("" or ['#', ..]);
        }
        return false;
    }

    /// <summary>The index of the quote that closes one opened at 0 ('' inside single quotes and \" inside double quotes do not close).</summary>
    private static int Closing(string v, char q)
    {
        for (var i = 1; i < v.Length; i++)
        {
            if (q == '"' && v[i] == '\\') { i++; continue; }
            if (v[i] != q) continue;
            if (q == '\'' && i + 1 < v.Length && v[i + 1] == '\'') { i++; continue; }
            return i;
        }
        return -1;
    }

    private static string Subject(LineParts p) =>
        p.Key is { } key ? $"the text of '{key}'" : p.DashColumn > 0 ? "the text of this list item" : "this text";

    /// <summary>The line as it should be typed, from its key (or list dash) on, with a new value.</summary>
    public static string Example(LineParts p, string value) =>
        p.Key is { } key ? $"{(p.DashColumn > 0 ? "- " : "")}{key}: {value}" : p.DashColumn > 0 ? $"- {value}" : value;

    /// <summary>Text in double quotes, with the quotes and backslashes inside it written so YAML keeps them.</summary>
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
