using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>
/// Mistakes in how a line sits among the lines above it: a list item whose '-' does not line up with
/// the item above, a key indented more or less than its neighbours, a line with no colon after its key,
/// text after 'faced: |' that is not indented under its key.
/// The fix names the column to start at and the line to line up with.
/// </summary>
public static partial class YamlLayoutMistakes
{
    public static YamlMistake? Find(YamlLines lines, int line, string failure)
    {
        if (line < 1 || lines.Parts(line) is not { } p) return null;
        // "– an item": Word turns a typed "- " into an en dash, which does not start a list item.
        if (p.DashColumn == 0 && p.Value is [var dash, ' ', ..] && dash is '\u2013' or '\u2014' or '\u2011' or '\u2212' && LookAlike.First(dash.ToString()) is { } odd)
            return new YamlMistake(line, p.ValueColumn, ErrorCodes.SyntaxError,
                $"this line starts with {odd.Name}, not the hyphen '-' that starts a list item: type - (the hyphen key) in its place");
        var above = lines.Above(line);
        var a = above > 0 ? lines.Parts(above) : null;
        if (a is { Key: { } textKey, Value: ['|' or '>', ..] } && p.IndentColumn <= a.KeyColumn && !lines.InTextBlock(above + 1))
            return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                $"the text of '{textKey}' (after the '{a.Value.Trim()}' on line {lines.FileLine(above)}) must be indented: start this line, and every line of the text after it, " +
                $"with {a.KeyColumn + 1} spaces, so that it begins at column {a.KeyColumn + 2}");
        if (p.DashColumn > 0) return ListItem(lines, line, p);
        if (failure.Contains("expected '-'", StringComparison.Ordinal) && a is { DashColumn: > 0 } && a.DashColumn == p.IndentColumn)
            return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                $"the lines above are a list, each item starting with '- ', but this line does not: start it with '- ' too, or indent it to line up with the text of the item on line {lines.FileLine(above)}");
        if (p.Key is { } key && a is { Key: { } ownerKey, Value: ['|' or '>', ..] } && p.IndentColumn > a.KeyColumn && lines.InTextBlock(above + 1))
            return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                $"'{key}' starts at column {p.IndentColumn}, after the text of '{ownerKey}' (line {lines.FileLine(above)}): if it is a new field, start it at column {a.KeyColumn}, "
                + $"in line with '{ownerKey}'; if it is more of that text, indent it like the text above it");
        if (p.Key is null && a is { Key: { } blockKey, Value: ['|' or '>', ..] } && p.IndentColumn > a.KeyColumn && lines.InTextBlock(above + 1)
            && FirstTextLine(lines, above) is > 0 and var first && lines.Parts(first) is { } f && f.IndentColumn > p.IndentColumn)
            return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                $"this line is more of the text of '{blockKey}' (after the '{a.Value.Trim()}' on line {lines.FileLine(above)}), but it starts at column {p.IndentColumn}, "
                + $"left of the text's first line (line {lines.FileLine(first)}, at column {f.IndentColumn}): every line of the text must start at the same column; "
                + $"move this line to column {f.IndentColumn}, or line {lines.FileLine(first)} to column {p.IndentColumn}");
        if (p.Key is { } key2 && a is not null) return KeyIndent(lines, line, p, key2, above, a);
        if (p.Key is null && (a is null || a.Key is not null) && p.Value.Length > 0 && char.IsLetterOrDigit(p.Value[0]))
            return a is { Key: { } textKey2, Value: [not ('|' or '>' or '[' or '{' or '"' or '\'' or '&' or '*'), ..] } && p.IndentColumn <= a.KeyColumn && !Assigned(p.Value)
                && !ContentKeys.Contains(p.Value.Split(' ')[0])
                ? new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                    $"this line has no key and colon: if it carries on the text of '{textKey2}' from line {lines.FileLine(above)}, start it with {a.KeyColumn + 1} spaces " +
                    $"(at column {a.KeyColumn + 2}) or join it onto that line; if it starts a new field, write the key, a colon and a space first")
                : NoColon(line, p);
        return null;
    }

    // The first line with text after a '|' or '>' on line <paramref name="header"/>, or 0.
    private static int FirstTextLine(YamlLines lines, int header)
    {
        for (var i = header + 1; i <= lines.Count && lines.InTextBlock(i); i++)
            if (lines[i].Trim().Length > 0) return i;
        return 0;
    }

    private static YamlMistake? ListItem(YamlLines lines, int line, LineParts p)
    {
        for (var i = lines.Above(line); i > 0; i = lines.Above(i))
        {
            if (lines.Parts(i) is not { } q) continue;
            if (q.DashColumn == 0) { if (q.IndentColumn < p.DashColumn && q.Key is not null && q.Value.Length == 0) break; continue; }
            if (q.DashColumn == p.DashColumn) return null;
            return new YamlMistake(line, p.DashColumn, ErrorCodes.SyntaxError,
                $"this list item's '-' is at column {p.DashColumn}, but the item above it on line {lines.FileLine(i)} has its '-' at column {q.DashColumn}: " +
                $"move the '-' to column {q.DashColumn}, so that the items line up");
        }
        return null;
    }

    private static YamlMistake? KeyIndent(YamlLines lines, int line, LineParts p, string key, int above, LineParts a)
    {
        var col = p.KeyColumn;
        var aCol = a.Key is not null ? a.KeyColumn : a.ValueColumn;
        if (col == aCol) return null;
        if (col > aCol)
        {
            if (a.Key is null || a.Value.Length == 0 || a.Value[0] is '|' or '>') return null;
            return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                $"'{key}' is indented more than '{a.Key}' on line {lines.FileLine(above)}, which already has its value: start '{key}' at column {aCol}, in line with '{a.Key}'");
        }
        // Indented less: it must line up with a key further up, at one of the levels that enclose the line above.
        var (outerLine, outer) = (0, (LineParts?)null);
        for (var i = above; i > 0; i = lines.Above(i))
        {
            if (lines.Parts(i) is not { Key: not null } q || q.KeyColumn > col) continue;
            if (q.KeyColumn == col) return null;
            (outerLine, outer) = (i, q);
            break;
        }
        var also = outer is null ? "" : $", or at column {outer.KeyColumn}, in line with '{outer.Key}' on line {lines.FileLine(outerLine)}";
        var nearest = a.Key is not null ? $"in line with '{a.Key}' on line {lines.FileLine(above)}" : $"in line with the text on line {lines.FileLine(above)}";
        return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
            $"'{key}' starts at column {col}, which lines up with no line above it: start it at column {aCol}, {nearest}{also}");
    }

    // Every key the contract knows: "system alpha" at the start of a line is a key without its colon, not more text.
    private static readonly HashSet<string> ContentKeys = new(
        CaseStudyLoader.Keys.Concat(CaseStudyLoader.FigureKeys).Concat(CaseStudyLoader.QuoteKeys).Concat(CaseStudyLoader.SourceKeys)
            .Concat(CaseStudyLoader.ImageKeys).Concat(SystemLoader.Keys).Concat(ReportLoader.Keys).Concat(ReportLoader.ThemeKeys)
            .Concat(ReportLoader.CommitmentKeys).Concat(SiteSettingsLoader.Keys).Concat(CatalogueLoader.MetricKeys).Concat(CatalogueLoader.PrincipleKeys),
        StringComparer.Ordinal);

    // "period = 2026-27": one word, then '=' or a dash where the colon belongs.
    private static bool Assigned(string v) => Assignment().IsMatch(v);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[A-Za-z][\w-]*)\s*(=|:=|\s-\s|\s–\s)\s*(?<value>\S.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Assignment();

    private static YamlMistake NoColon(int line, LineParts p)
    {
        var v = p.Value;
        if (Assignment().Match(v) is { Success: true } eq)
            return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
                $"a key and its value are separated by a colon and a space: write {eq.Groups["key"].Value}: {eq.Groups["value"].Value.TrimEnd()}");
        var space = v.IndexOf(' ', StringComparison.Ordinal);
        var typed = space < 0 ? $"{v}: " : $"{v[..space]}: {v[(space + 1)..].TrimStart()}";
        return new YamlMistake(line, p.IndentColumn, ErrorCodes.SyntaxError,
            $"this line has no colon after its key: write the key, a colon and a space, then the value, as in {typed.TrimEnd()}");
    }
}
