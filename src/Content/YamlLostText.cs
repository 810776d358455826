using StatiqReport.Diagnostics;
using YamlDotNet.Core.Events;

namespace StatiqReport.Content;

/// <summary>
/// Valid YAML that silently loses or changes what the writer typed, found on unquoted text as it is read:
/// words after " #" (YAML drops them as a note), text starting with '!' (read as a type name, the text
/// lost), and a list item indented too far (read as more words of the item above).
/// </summary>
public static class YamlLostText
{
    /// <summary>The mistake in one unquoted text of <paramref name="text"/>, or null.</summary>
    public static YamlMistake? Check(string text, Scalar s)
    {
        if (s.Style != YamlDotNet.Core.ScalarStyle.Plain) return null;
        try
        {
            return AfterHash(text, s) ?? TypeName(text, s) ?? SwallowedItem(text, s);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            return null; // a check that cannot place its finding stays silent rather than stop the build
        }
    }

    // "summary: #1 in the region" and "title: Team #1 wins": a '#' touching a word is most likely text.
    // A note written "# like this", with a space after the '#', is left alone: the starter files and the
    // README write notes that way.
    private static YamlMistake? AfterHash(string text, Scalar s)
    {
        var end = (int)s.End.Index;
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i == end || i + 1 >= text.Length || text[i] != '#' || !char.IsLetterOrDigit(text[i + 1])) return null;
        var lineEnd = text.IndexOf('\n', i);
        var hidden = text[i..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r', ' ', '\t');
        var meant = (s.Value + " " + hidden).Trim();
        var column = (int)s.End.Column + (i - end);
        return new YamlMistake((int)s.End.Line, column, ErrorCodes.HiddenText,
            $"the words from # on (\"{hidden}\") are read as a note and left out of the site: to keep them, put the whole text in double quotes, as in " +
            $"{Example(text, s, YamlValueMistakes.Quoted(meant))}; to write a note, put a space after the #");
    }

    // "summary: !important": YAML takes '!important' as the name of a type and the text is lost.
    private static YamlMistake? TypeName(string text, Scalar s)
    {
        if (s.Tag.IsEmpty || !s.Tag.Value.StartsWith('!')) return null;
        var start = Math.Clamp((int)s.Start.Index, 0, text.Length);
        var end = Math.Clamp((int)s.End.Index, start, text.Length);
        var typed = text[start..end].Trim();
        return new YamlMistake((int)s.Start.Line, (int)s.Start.Column, ErrorCodes.SyntaxError,
            $"text that starts with ! has a special meaning in YAML: put the whole text in double quotes, as in {Example(text, s, YamlValueMistakes.Quoted(typed))}");
    }

    // "  - A\n   - B": the second '-' is indented past the first, so YAML reads "A - B" as one item.
    private static YamlMistake? SwallowedItem(string text, Scalar s)
    {
        if (s.End.Line == s.Start.Line) return null;
        var first = Line(text, (int)s.Start.Index);
        var parts = LineParts.Of(first.Text);
        var next = first.End + 1;
        for (var line = (int)s.Start.Line + 1; next < s.End.Index && line <= s.End.Line; line++)
        {
            var (lineText, lineEnd) = Line(text, next);
            var trimmed = lineText.TrimStart(' ');
            next = lineEnd + 1;
            if (!trimmed.StartsWith("- ", StringComparison.Ordinal)) continue;
            var dash = lineText.Length - trimmed.Length + 1;
            var what = parts.DashColumn > 0
                ? $"this list item's '-' is at column {dash}, but the item above it has its '-' at column {parts.DashColumn}, so both are read as one item: " +
                  $"move the '-' to column {parts.DashColumn}, so that the items line up"
                : $"this line is read as more of the text above it, not as a list item: to give a list, start each item with '- ' on its own line, " +
                  $"indented under the key; for a list inside Markdown text, put | after the key and the text on the lines below it";
            return new YamlMistake(line, dash, ErrorCodes.SyntaxError, what);
        }
        return null;
    }

    /// <summary>
    /// Lines of a '|' or '>' text block that start, at the text's own indentation, with a key and a colon
    /// ("did: |"): a key meant to start a field of its own, indented so that it is read as text.
    /// </summary>
    internal static IEnumerable<SwallowedKey> KeysInBlock(string text, Scalar s, FileContext file)
    {
        if (s.End.Line <= s.Start.Line || s.Start.Index >= text.Length) yield break;
        var header = Line(text, (int)s.Start.Index);
        if (LineParts.Of(header.Text) is not { Key: { } owner } parts) yield break;
        var next = header.End + 1;
        var indent = -1;
        for (var line = (int)s.Start.Line + 1; next < text.Length && next <= s.End.Index && line <= s.End.Line; line++)
        {
            var (lineText, lineEnd) = Line(text, next);
            next = lineEnd + 1;
            if (lineText.Trim().Length == 0) continue;
            var at = LineParts.Indent(lineText);
            if (indent < 0) indent = at;
            if (at != indent || LineParts.Of(lineText) is not { Key: { } key, DashColumn: 0 } || !MapReader.IsId(key)) continue;
            yield return new SwallowedKey(key, new SourceLocation(file.RelPath, line + file.LineOffset, at + 1), owner, (int)s.Start.Line + file.LineOffset, parts.KeyColumn);
        }
    }

    private static string Example(string text, Scalar s, string value)
    {
        var line = Line(text, (int)Math.Min(s.Start.Index, text.Length)).Text;
        return YamlValueMistakes.Example(LineParts.Of(line), value);
    }

    /// <summary>The whole line around a character index, and the index of its '\n' (or the text's end).</summary>
    private static (string Text, int End) Line(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var start = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var end = text.IndexOf('\n', index);
        if (end < 0) end = text.Length;
        return (text[start..end].TrimEnd('\r'), end);
    }
}
