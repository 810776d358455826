using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>A YAML mistake found in the raw text: 1-based line and column of the YAML text, code and plain-words message.</summary>
public sealed record YamlMistake(int Line, int Column, ErrorCode Code, string Message);

/// <summary>
/// Turns a YAML syntax failure into the mistake a person made, in plain words with the fix. The library's
/// position is often past the mistake and its wording is parser jargon, so the raw lines are read again
/// here; the library's message only says which kind of failure it was, and never reaches the user.
/// </summary>
public static class YamlMistakes
{
    /// <summary>What went wrong when the YAML could not be read.</summary>
    /// <param name="failure">The library's message (null when it gave up without one).</param>
    /// <param name="line">Where the library stopped (1-based; 0 when unknown).</param>
    /// <param name="openBracket">Where the first '[' or '{' still open when it stopped was opened, if any.</param>
    public static IReadOnlyList<YamlMistake> Explain(YamlLines lines, string? failure, int line, int column, (int Line, int Column)? openBracket)
    {
        try
        {
            return Find(lines, failure, line, column, openBracket);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            // Explaining must never turn a content mistake into a crash: fall back to the plain generic words.
            return [Generic(line, column)];
        }
    }

    private static List<YamlMistake> Find(YamlLines lines, string? failure, int line, int column, (int Line, int Column)? openBracket)
    {
        var said = failure ?? "";
        if (NonBreakingSpaces(lines) is [_, ..] nbsps) return nbsps;
        if (said.Contains("tab", StringComparison.OrdinalIgnoreCase) && Tabs(lines) is [_, ..] tabs) return tabs;
        if (openBracket is { } open && (failure is null || said.Contains("did not find expected ','", StringComparison.Ordinal) || NeverClosed(lines, open)))
            return [UnclosedBracket(lines, open.Line, open.Column)];
        // "bad: [" on the last line: the library stops past the end of the file, before it has seen the '[' as open.
        if ((line > lines.Count || lines.IsEmpty(line)) && LastBracket(lines, lines.Above(Math.Min(line, lines.Count + 1))) is { } end)
            return [UnclosedBracket(lines, end.Line, end.Column)];
        if (LastBracket(lines, line) is { } here && NeverClosed(lines, here)) return [UnclosedBracket(lines, here.Line, here.Column)];
        if (lines.Parts(line) is { Key: not null } && lines.Above(line) is > 0 and var carried && Carried(lines, carried) is { } text) return [text];
        if (said.Contains("quoted scalar", StringComparison.Ordinal) && UnclosedQuote(lines, line, column) is { } quote) return [quote];
        if (said.Contains("anchor", StringComparison.OrdinalIgnoreCase) && StarLine(lines) is > 0 and var star) line = star;
        var at = lines.IsEmpty(line) ? lines.Above(line) : line;
        var mistake = YamlValueMistakes.Find(lines, at) ?? YamlLayoutMistakes.Find(lines, at, said) ?? InFlowOn(lines, at);
        return [mistake ?? Generic(line, column)];
    }

    // A '[' or '{' whose closer is nowhere after it in the file: the place it opens is the mistake, whatever the library said.
    private static bool NeverClosed(YamlLines lines, (int Line, int Column) open)
    {
        var text = lines[open.Line];
        if (open.Column < 1 || open.Column > text.Length || text[open.Column - 1] is not ('[' or '{')) return false;
        var closer = text[open.Column - 1] == '[' ? ']' : '}';
        if (text.IndexOf(closer, open.Column) >= 0) return false;
        for (var i = open.Line + 1; i <= lines.Count; i++) if (lines[i].Contains(closer, StringComparison.Ordinal)) return false;
        return true;
    }

    // The '[' or '{' that starts the value on a line and is never closed on it, or null.
    private static (int Line, int Column)? LastBracket(YamlLines lines, int line)
    {
        if (line < 1 || lines.Parts(line) is not { } p || p.Value is not ['[' or '{', ..]) return null;
        var closer = p.Value[0] == '[' ? ']' : '}';
        return p.Value.Contains(closer, StringComparison.Ordinal) ? null : (line, p.ValueColumn);
    }

    // A line of text at the start of its line, between two keys: it carries on the text of the key above, unindented.
    private static YamlMistake? Carried(YamlLines lines, int line)
    {
        if (lines.Parts(line) is not { Key: null, DashColumn: 0 } p || p.Value.Length == 0 || !char.IsLetterOrDigit(p.Value[0])) return null;
        var above = lines.Above(line);
        if (above < 1 || lines.Parts(above) is not { Key: { } key, Value: [not ('|' or '>' or '[' or '{' or '"' or '\''), ..] } a || p.IndentColumn > a.KeyColumn) return null;
        return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
            $"this line carries on the text of '{key}' from line {lines.FileLine(above)}, but it is not indented, so it cannot be read: start it with {a.KeyColumn + 1} spaces "
            + $"(at column {a.KeyColumn + 2}) or join it onto that line");
    }

    /// <summary>Every line indented with a tab: each is a mistake, so all are reported at once.</summary>
    private static List<YamlMistake> Tabs(YamlLines lines)
    {
        var found = new List<YamlMistake>();
        for (var i = 1; i <= lines.Count; i++)
        {
            var text = lines[i];
            var first = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || tab >= first || lines.InTextBlock(i) || text.Trim().Length == 0) continue;
            found.Add(new YamlMistake(i, tab + 1, ErrorCodes.SyntaxError,
                "this line is indented with a tab; use spaces, not a tab, to indent: replace the tab with spaces that line the text up with the lines above"));
        }
        return found;
    }

    // Word and web pages put non-breaking spaces where spaces look right; YAML does not count them as spaces.
    private static bool IsNbsp(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    private const string Nbsp = "a non-breaking space (copied from Word?), which looks like a space but is not one to YAML";

    /// <summary>
    /// Every line whose indentation, list dash or colon after the key is followed by a non-breaking space: each is a
    /// mistake at that character, so all are reported at once (the library stops later, often after the last line).
    /// </summary>
    private static List<YamlMistake> NonBreakingSpaces(YamlLines lines)
    {
        var found = new List<YamlMistake>();
        for (var i = 1; i <= lines.Count; i++)
        {
            var text = lines[i];
            if (lines.InTextBlock(i) || !text.Any(IsNbsp)) continue;
            var n = 0;
            while (n < text.Length && (text[n] is ' ' or '\t' || IsNbsp(text[n]) || (text[n] == '-' && n + 1 < text.Length && (text[n + 1] == ' ' || IsNbsp(text[n + 1]))))) n++;
            var inPrefix = text[..n].IndexOf(text[..n].FirstOrDefault(IsNbsp));
            if (text[..n].Any(IsNbsp))
            {
                found.Add(new YamlMistake(i, inPrefix + 1, ErrorCodes.SyntaxError,
                    $"this line starts with {Nbsp}: delete the spaces at the start of the line and type ordinary spaces, lining the text up with the lines above"));
                continue;
            }
            var colon = text.IndexOf(':', n);
            if (colon < 0 || colon + 1 >= text.Length || !IsNbsp(text[colon + 1])) continue;
            var key = text[n..colon];
            if (key.Length == 0 || !key.All(c => char.IsLetterOrDigit(c) || c is '-' or '_')) continue;
            var value = new string(text[(colon + 1)..].Select(c => IsNbsp(c) ? ' ' : c).ToArray()).Trim();
            found.Add(new YamlMistake(i, colon + 2, ErrorCodes.SyntaxError,
                $"after the colon of '{key}' there is {Nbsp}: delete it and type an ordinary space, as in {key}: {value}"));
        }
        return found;
    }

    private static YamlMistake UnclosedBracket(YamlLines lines, int line, int column)
    {
        var text = lines[line];
        var opener = column - 1 < text.Length ? text[column - 1] : '[';
        var closer = opener == '{' ? '}' : ']';
        // Closed on its own line: something inside it stopped the library, not a missing bracket.
        if (text.IndexOf(closer, column) >= 0 && YamlValueMistakes.InFlow(lines, line, column) is { } inside) return inside;
        var example = LineParts.Of(text) is { KeyColumn: > 0 } p && p.ValueColumn == column && !text.Contains(closer, StringComparison.Ordinal)
            ? $", as in {text[(p.KeyColumn - 1)..].TrimEnd()}{closer}"
            : "";
        var what = opener == '{' ? $"the {{ here is never closed: add }} after the last entry{example}" : $"the list that starts with [ here is never closed: add ] after the last item{example}";
        return new YamlMistake(line, column, ErrorCodes.SyntaxError, $"{what}; if this is text rather than a list, put the whole text in double quotes");
    }

    private static YamlMistake? UnclosedQuote(YamlLines lines, int line, int column)
    {
        var text = lines[line];
        if (column < 1 || column > text.Length || text[column - 1] is not ('"' or '\'') ) return null;
        var q = text[column - 1];
        // The example is the line as it should be typed; inside a [ ] list the end of the text is not the end of the line.
        var example = LineParts.Of(text) is { KeyColumn: > 0 } p && p.ValueColumn == column ? $", as in {text[(p.KeyColumn - 1)..].TrimEnd()}{q}" : "";
        var name = q == '"' ? "double quote (\")" : "single quote (')";
        return new YamlMistake(line, column, ErrorCodes.SyntaxError,
            $"the {name} that starts the text here is never closed: add {q} at the end of the text{example}");
    }

    // A one-line { } or [ ] on the line, closed there, with a mistake inside it.
    private static YamlMistake? InFlowOn(YamlLines lines, int line)
    {
        var text = lines[line];
        var open = text.IndexOfAny(['{', '[']);
        return open < 0 || lines.InTextBlock(line) ? null : YamlValueMistakes.InFlow(lines, line, open + 1);
    }

    // A value that starts with '*' is read as a reference to an '&' name; find the first such line.
    private static int StarLine(YamlLines lines)
    {
        for (var i = 1; i <= lines.Count; i++)
            if (!lines.InTextBlock(i) && lines.Parts(i) is { Value: ['*', ..] }) return i;
        return 0;
    }

    /// <summary>Anything not recognised: still plain words, never the library's text.</summary>
    public static YamlMistake Generic(int line, int column) =>
        new(Math.Max(line, 1), Math.Max(column, 1), ErrorCodes.SyntaxError,
            "this line is not valid YAML: check that its indentation lines up with the lines above, and put text in double quotes if it contains ': ' or ' #' or starts with a sign such as * & [ { or a quote");
}
