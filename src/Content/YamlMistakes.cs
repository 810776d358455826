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
        if (said.Contains("tab", StringComparison.OrdinalIgnoreCase) && Tabs(lines) is [_, ..] tabs) return tabs;
        if (openBracket is { } open && (failure is null || said.Contains("did not find expected ','", StringComparison.Ordinal)))
            return [UnclosedBracket(lines, open.Line, open.Column)];
        if (said.Contains("quoted scalar", StringComparison.Ordinal) && UnclosedQuote(lines, line, column) is { } quote) return [quote];
        if (said.Contains("anchor", StringComparison.OrdinalIgnoreCase) && StarLine(lines) is > 0 and var star) line = star;
        var at = lines.IsEmpty(line) ? lines.Above(line) : line;
        var mistake = YamlValueMistakes.Find(lines, at) ?? YamlLayoutMistakes.Find(lines, at, said);
        return [mistake ?? Generic(line, column)];
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

    private static YamlMistake UnclosedBracket(YamlLines lines, int line, int column)
    {
        var text = lines[line];
        var opener = column - 1 < text.Length ? text[column - 1] : '[';
        var closer = opener == '{' ? '}' : ']';
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
