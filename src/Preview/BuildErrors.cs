using System.Net;
using System.Text;
using System.Text.Json;
using StatiqReport.Diagnostics;

namespace StatiqReport.Preview;

/// <summary>
/// The errors of a failed preview build as the browser shows them: each with its file and line, the
/// message with its fix, and the lines around it with the line marked. Sent as JSON to open pages (the
/// script draws it with textContent) and rendered, HTML-encoded, as the page the preview serves at every
/// address when it has no good build to show. Preview only: nothing of it is in a built site.
/// </summary>
public sealed class BuildErrors
{
    /// <summary>At most this many errors are drawn on the page; the terminal has all of them.</summary>
    public const int MaxShown = 50;

    private const int Around = 2;
    private const int MaxLineLength = 200;

    /// <param name="Caret">On the marked line, how many characters precede the error's column (tabs counted as shown); else null.</param>
    public sealed record Line(int Number, string Text, bool Marked, int? Caret = null);

    public sealed record Error(string Where, string Message, IReadOnlyList<Line> Excerpt, string File = "")
    {
        /// <summary>What the excerpt is, for screen readers ("Lines 1 to 5 of data/x.yml").</summary>
        public string ExcerptLabel => Excerpt.Count == 0 ? "" : $"Lines {Excerpt[0].Number} to {Excerpt[^1].Number} of {File}";
    }

    /// <summary>The build's number, as printed in the terminal ("Preview build 4 failed").</summary>
    public int Build { get; }
    public IReadOnlyList<Error> Errors { get; }
    public int Total { get; }

    private BuildErrors(int build, IReadOnlyList<Error> errors, int total) => (Build, Errors, Total) = (build, errors, total);

    /// <summary>The errors of a build, with excerpts read from the files under the root.</summary>
    public static BuildErrors Of(int build, IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var files = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var shown = errors.Take(MaxShown).Select(d => new Error(
            $"{d.Location.Path}, line {d.Location.Line}, column {d.Location.Column} ({d.Code.Id})",
            d.Message,
            Excerpt(d.Location, files.TryGetValue(d.Location.Path, out var lines) ? lines : files[d.Location.Path] = Read(root, d.Location.Path)),
            d.Location.Path)).ToList();
        return new BuildErrors(build, shown, errors.Count);
    }

    /// <summary>A preview that could not update its files at all (a file held by another program).</summary>
    public static BuildErrors Of(int build, string problem) => new(build, [new Error("The preview's own files", problem, [])], 1);

    private string Title => $"The site did not build: {Count(Total, "mistake")} to fix";

    private const string Help = "The page behind shows the last version that built. Fix each mistake below in its file and save: "
        + "this message goes away by itself when the site builds again. The same list is in the window where preview runs.";

    private string? More => Total > Errors.Count ? $"And {Count(Total - Errors.Count, "more mistake")}: see the window where preview runs." : null;

    /// <summary>The report as the page's script reads it.</summary>
    public string Json()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("build", Build);
            w.WriteString("title", Title);
            w.WriteString("help", Help);
            w.WriteString("close", "Close this message (Esc)");
            if (More is { } more) w.WriteString("more", more);
            w.WriteStartArray("errors");
            foreach (var e in Errors)
            {
                w.WriteStartObject();
                w.WriteString("where", e.Where);
                w.WriteString("message", e.Message);
                w.WriteString("excerptLabel", e.ExcerptLabel);
                w.WriteStartArray("excerpt");
                foreach (var l in e.Excerpt)
                {
                    w.WriteStartObject();
                    w.WriteNumber("number", l.Number);
                    w.WriteString("text", l.Text);
                    w.WriteBoolean("marked", l.Marked);
                    if (l.Caret is { } caret) w.WriteNumber("caret", caret);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The page served at every address while the preview has no good build: the same report, without a script needed to read it.</summary>
    public string Page(string scriptTag, string styleTag)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(H(Output.Security.ContentSecurityPolicy)).Append("\">\n")
            .Append("<title>").Append(H(Title)).Append(" - preview</title>\n").Append(styleTag).Append("\n</head>\n")
            .Append("<body data-sr-error-page=\"").Append(Build).Append("\">\n<main class=\"sr-page\">\n")
            .Append("<section class=\"sr-errors\" role=\"alert\" aria-labelledby=\"sr-errors-title\">\n")
            .Append("<h1 class=\"sr-title\" id=\"sr-errors-title\">").Append(H(Title)).Append("</h1>\n")
            .Append("<p class=\"sr-help\">The site has not built yet, so there is no page to show. Fix each mistake below in its file and save: "
                + "this page shows your site by itself when it builds. The same list is in the window where preview runs.</p>\n<ol class=\"sr-list\">\n");
        foreach (var e in Errors)
        {
            b.Append("<li class=\"sr-error\">\n<p class=\"sr-where\">").Append(H(e.Where)).Append("</p>\n<p class=\"sr-message\">").Append(H(e.Message)).Append("</p>\n");
            if (e.Excerpt.Count > 0)
            {
                b.Append("<pre class=\"sr-excerpt\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(H(e.ExcerptLabel)).Append("\">");
                foreach (var l in e.Excerpt)
                {
                    var (open, close) = l.Marked ? ("<mark class=\"sr-line sr-marked\">", "</mark>") : ("<span class=\"sr-line\">", "</span>");
                    b.Append(open).Append("<span class=\"sr-number\">").Append(l.Marked ? "&gt; " : "  ").Append(l.Number).Append("</span> ").Append(H(l.Text)).Append('\n').Append(close);
                    if (l.Caret is { } caret) b.Append("<span class=\"sr-line sr-caret\">").Append(new string(' ', Gutter(l.Number) + caret)).Append("^ here\n</span>");
                }
                b.Append("</pre>\n");
            }
            b.Append("</li>\n");
        }
        b.Append("</ol>\n");
        if (More is { } more) b.Append("<p class=\"sr-more\">").Append(H(more)).Append("</p>\n");
        b.Append("</section>\n</main>\n").Append(scriptTag).Append("\n</body>\n</html>\n");
        return b.ToString();
    }

    /// <summary>The lines around a location, the located one marked; none for a whole-file error on line 1 of an unreadable file.</summary>
    private static List<Line> Excerpt(SourceLocation at, string[]? lines)
    {
        if (lines is null || at.Line < 1 || at.Line > lines.Length) return [];
        var from = Math.Max(1, at.Line - Around);
        var to = Math.Min(lines.Length, at.Line + Around);
        return Enumerable.Range(from, to - from + 1)
            .Select(n => new Line(n, Shorten(lines[n - 1]), n == at.Line, n == at.Line ? Shown(lines[n - 1], at.Column) : null)).ToList();
    }

    /// <summary>Where column <paramref name="column"/> of a line appears once tabs are shown as four spaces; null beyond the shown text.</summary>
    private static int? Shown(string line, int column)
    {
        var before = line[..Math.Clamp(column - 1, 0, line.Length)];
        var at = before.Length + before.Count(c => c == '\t') * 3;
        return at <= MaxLineLength ? at : null;
    }

    private static string Shorten(string line)
    {
        var text = line.Replace("\t", "    ", StringComparison.Ordinal).TrimEnd();
        var clean = new string(text.Select(c => char.IsControl(c) ? '\uFFFD' : c).ToArray());
        return clean.Length <= MaxLineLength ? clean : clean[..MaxLineLength] + "...";
    }

    /// <summary>A content file's lines, read only from inside the root and only when it is text of a sensible size.</summary>
    private static string[]? Read(string root, string relative)
    {
        try
        {
            var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
            if (!Content.ContentRoot.IsUnder(full, root) || !File.Exists(full) || new FileInfo(full) is { Length: > Content.ContentLimits.MaxTextFileBytes } or { LinkTarget: not null }) return null;
            var bytes = File.ReadAllBytes(full);
            if (bytes.Contains((byte)0)) return null; // UTF-16 or binary: its error says so; no excerpt
            return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The width of a line's number column as drawn ("> 12 "), so a caret lines up under its column.</summary>
    public static int Gutter(int number) => Math.Max(4, 2 + number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) + 1;

    private static string Count(int n, string noun) => Cli.Program.Count(n, noun);
}
