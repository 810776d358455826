using System.Text;
using System.Text.RegularExpressions;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace StatiqReport.Starter;

/// <summary>
/// Starter text: the parts of a new site's files that a person must replace, written [[like this]].
/// A build stops at each one still there (so starter text is never published by mistake), unless it is
/// asked for a first look (--allow-placeholders), when the pages show each one highlighted.
///
/// The check reads the raw text of every content file rather than the loaded model, so a placeholder is
/// found wherever it is (any key, a Markdown body, a CSV cell) at its exact line and column, and the check
/// is independent of the content cache. Placeholders inside YAML comments are not content and are skipped.
/// A workbook of figures (new site starts one) is read cell by cell: a placeholder is at its cell's row and
/// column, and its message begins with the sheet and cell (Figures!E10), as the workbook loader's messages do.
/// </summary>
public static partial class Placeholders
{
    /// <summary>Double square brackets around one line of text: Markdown and YAML give them no meaning of their own.</summary>
    [GeneratedRegex(@"\[\[[^\[\]\r\n]{1,300}\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>A placeholder in a file: 1-based line and column (a workbook's row and column), and its text with the brackets.</summary>
    /// <param name="Cell">In a workbook, the sheet and cell as Excel writes them ("Figures!E10"); null in a text file.</param>
    public readonly record struct Found(int Line, int Column, string Text, string? Cell = null);

    /// <summary>Placeholders in a file's text. YAML comments (whole files or front matter) are skipped.</summary>
    public static IReadOnlyList<Found> Find(string text, string relPath)
    {
        if (!text.Contains("[[", StringComparison.Ordinal)) return [];
        var extension = Path.GetExtension(relPath).ToLowerInvariant();
        var comments = extension switch
        {
            ".yml" or ".yaml" => CommentSpans(text, 0, text.Length),
            ".md" => FrontMatterComments(text),
            _ => [],
        };
        var found = new List<Found>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (comments.Any(c => m.Index >= c.Start && m.Index < c.End)) continue;
            var (line, col) = LineCol(text, m.Index);
            found.Add(new Found(line, col, m.Value));
        }
        return found;
    }

    /// <summary>Placeholders in the text cells of a workbook, each at its cell, in sheet, row and column order.</summary>
    public static IReadOnlyList<Found> FindInWorkbook(byte[] bytes, string relPath)
    {
        // The workbook loader reports a workbook that cannot be read; here it is only skipped.
        if (WorkbookFile.FromBytes(bytes, relPath, new DiagnosticBag()) is not { } file) return [];
        return InWorkbook(file);
    }

    private static List<Found> InWorkbook(WorkbookFile file)
    {
        var found = new List<Found>();
        foreach (var cell in WorkbookTextCells.Read(file))
        {
            if (!cell.Text.Contains("[[", StringComparison.Ordinal)) continue;
            foreach (Match m in Pattern().Matches(cell.Text))
                found.Add(new Found(cell.Row, cell.Column, m.Value, WorkbookCell.Address(cell.Sheet, cell.Row, cell.Column)));
        }
        return found;
    }

    /// <summary>
    /// Reports every placeholder in the content files under data/ and input/: errors, or with
    /// <paramref name="allow"/> one warning saying how many remain (the pages show them highlighted).
    /// </summary>
    public static void Check(ContentRoot root, DiagnosticBag diags, bool allow)
    {
        var files = ContentFiles(root);
        var all = new System.Collections.Concurrent.ConcurrentBag<(string Path, Found Found)>();
        Parallel.ForEach(files, rel =>
        {
            // Most files hold no "[[" at all: looking at the bytes first spares decoding every file of a large site again.
            if (!MayHold(root.Full(rel))) return;
            // The loaders report a file that cannot be read; here it is only skipped.
            var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxCsvFileBytes, new DiagnosticBag(), ErrorCodes.FileUnreadable);
            if (text is null) return;
            foreach (var f in Find(text, rel)) all.Add((rel, f));
        });
        Parallel.ForEach(MetricCsvLoader.Workbooks(root), rel =>
        {
            if (WorkbookFile.Open(root.Full(rel), rel, new DiagnosticBag()) is not { } file) return;
            foreach (var f in InWorkbook(file)) all.Add((rel, f));
        });
        if (all.IsEmpty) return;
        if (allow)
        {
            var first = all.OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Found.Line).ThenBy(x => x.Found.Column).First();
            var fileCount = all.Select(x => x.Path).Distinct().Count();
            diags.Warning(new SourceLocation(first.Path, first.Found.Line, first.Found.Column), ErrorCodes.Placeholder,
                $"{Pieces(all.Count)} of starter text in {fileCount} file{(fileCount == 1 ? "" : "s")} still to replace; the pages show "
                + "them highlighted. Run validate to list them all. A build without --allow-placeholders stops until they are replaced.");
            return;
        }
        foreach (var (path, f) in all)
        {
            // A workbook's cell is named for the person, as the workbook loader's messages name it.
            var cell = f.Cell is null ? "" : f.Cell + ": ";
            diags.Error(new SourceLocation(path, f.Line, f.Column), ErrorCodes.Placeholder,
                $"{cell}starter text still to replace: {Clip(f.Text)} Write your own words in its place and delete the brackets.");
        }
    }

    /// <summary>"1 piece" or "12 pieces".</summary>
    public static string Pieces(int count) => count == 1 ? "1 piece" : $"{count:N0} pieces";

    /// <summary>Marks each placeholder in a page's visible text (not in tags, scripts or charts) so a first look shows what is left.</summary>
    public static string Highlight(string html)
    {
        var body = html.IndexOf("<body", StringComparison.Ordinal);
        if (body < 0 || html.IndexOf("[[", body, StringComparison.Ordinal) < 0) return html;
        var result = new StringBuilder(html.Length + 256);
        result.Append(html, 0, body);
        string? skipUntil = null;
        var i = body;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                var text = html[i..textEnd];
                result.Append(skipUntil is null ? Pattern().Replace(text, "<mark class=\"placeholder\">$0</mark>") : text);
            }
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            var tagEnd = gt < 0 ? html.Length : gt + 1;
            var tag = html[lt..tagEnd];
            if (skipUntil is not null && tag.StartsWith(skipUntil, StringComparison.OrdinalIgnoreCase)) skipUntil = null;
            else if (skipUntil is null && (tag.StartsWith("<script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)))
                skipUntil = tag.StartsWith("<script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</svg";
            result.Append(tag);
            i = tagEnd;
        }
        return result.ToString();
    }

    /// <summary>Every file under data/ and input/ that holds content text (YAML, CSV, Markdown; English and Welsh).</summary>
    /// <summary>
    /// False when the file's bytes cannot hold "[[" in any encoding a file is read in: two '[' bytes side by
    /// side (UTF-8, Windows-1252) or one byte apart with a zero between (UTF-16, either byte order). True also
    /// for a file that cannot be read or is too large, so that the full read decides as before.
    /// </summary>
    internal static bool MayHold(string path)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > ContentLimits.MaxCsvFileBytes) return true;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; }
        ReadOnlySpan<byte> b = bytes;
        for (var i = b.IndexOf((byte)'['); i >= 0 && i + 1 < b.Length; )
        {
            if (b[i + 1] == '[' || (i + 2 < b.Length && b[i + 1] == 0 && b[i + 2] == '[')) return true;
            var next = b[(i + 1)..].IndexOf((byte)'['); // IndexOf is vectorised: most files are skipped in a few passes
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static List<string> ContentFiles(ContentRoot root)
    {
        string[] kinds = [".yml", ".yaml", ".csv", ".md"];
        return root.Files("data", "*", true).Concat(root.Files("data", "*", true, translations: true))
            .Concat(root.Files("input", "*", true)).Concat(root.Files("input", "*", true, translations: true))
            .Where(f => kinds.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Clip(string text) => text.Length <= 100 ? text : text[..95] + "...]]";

    /// <summary>The comments of the front matter of a Markdown file (between its first two '---' lines).</summary>
    private static List<(int Start, int End)> FrontMatterComments(string text)
    {
        // Empty lines before the '---' are their own error; the comments below it are still comments.
        var lead = text.Length - text.TrimStart('\r', '\n', ' ', '\t').Length;
        if (!text.AsSpan(lead).StartsWith("---", StringComparison.Ordinal)) return [];
        var start = text.IndexOf('\n', lead) + 1;
        if (start <= 0) return [];
        var close = Regex.Match(text[start..], @"^(---|\.\.\.)\s*$", RegexOptions.Multiline);
        var end = close.Success ? start + close.Index : text.Length;
        return CommentSpans(text, start, end);
    }

    /// <summary>Where the YAML comments are, as character ranges of the whole text, found by YamlDotNet's scanner.</summary>
    private static List<(int Start, int End)> CommentSpans(string text, int from, int to)
    {
        var spans = new List<(int, int)>();
        var scanner = new Scanner(new StringReader(text[from..to]), skipComments: false);
        // After some mistakes (text: with a second colon) YamlDotNet's scanner yields the same token for
        // ever instead of failing: stop when the position stops moving, or after more tokens than characters.
        var limit = to - from + 16;
        long last = -1;
        var still = 0;
        try
        {
            var finished = false;
            while (limit-- > 0)
            {
                if (!scanner.MoveNext()) { finished = true; break; }
                var at = scanner.Current?.End.Index ?? last;
                still = at == last ? still + 1 : 0;
                if (still > 8) break;
                last = at;
                if (scanner.Current is Comment c)
                    spans.Add((from + (int)c.Start.Index, from + (int)c.End.Index));
            }
            // Stopped early (the scanner stuck on a mistake): the comments of the rest are found line by line.
            if (!finished) return LineComments(text, from, to);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The file's YAML error is reported by its loader; its starter files' comments must still not be
            // called starter text left to replace, so the comments are found line by line instead.
            return LineComments(text, from, to);
        }
        return spans;
    }

    /// <summary>
    /// Comments found without the YAML scanner, for text it cannot read: from a '#' at the start of a line or
    /// after a space, outside quotes on that line, to the end of the line.
    /// </summary>
    private static List<(int Start, int End)> LineComments(string text, int from, int to)
    {
        var spans = new List<(int, int)>();
        var lineStart = from;
        while (lineStart < to)
        {
            var lineEnd = text.IndexOf('\n', lineStart, to - lineStart);
            if (lineEnd < 0) lineEnd = to;
            char quote = '\0';
            for (var i = lineStart; i < lineEnd; i++)
            {
                var c = text[i];
                if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
                if (c is '"' or '\'' && (i == lineStart || text[i - 1] is ' ' or ':' or '[' or '{' or ',' or '-')) quote = c;
                else if (c == '#' && (i == lineStart || char.IsWhiteSpace(text[i - 1]))) { spans.Add((i, lineEnd)); break; }
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static (int Line, int Column) LineCol(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, index - lineStart + 1);
    }
}
