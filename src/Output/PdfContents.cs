using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace StatiqReport.Output;

/// <summary>
/// A printed report's contents page and running footer. Chromium has no target-counter(), so the page on which each
/// part starts is read from a first print (the bookmark Chromium writes for each heading) and written into the
/// contents page for the next print. The running footer's title is a print-only style, added to the page as it is
/// served to Chromium (never to the published page, whose security policy allows no inline style).
/// </summary>
internal static partial class PdfContents
{
    /// <summary>A part of the report the contents page lists: its id and its heading as printed.</summary>
    internal sealed record Entry(string Id, string Heading);

    /// <summary>The contents page's entries, in order; none when the page has no printed contents.</summary>
    internal static IReadOnlyList<Entry> Entries(string html) =>
        EntryPattern().Matches(html).Select(m => new Entry(m.Groups[2].Value, Plain(m.Groups[1].Value))).ToList();

    /// <summary>The print-only stylesheet beside a printed page, which <see cref="Prepare"/> links.</summary>
    internal const string FooterStyle = "print-footer.css";

    /// <summary>
    /// The page as Chromium prints it: linked to its running footer's style (<see cref="FooterCss"/>; a file, as the
    /// page's security policy allows no inline style) and, when known, with the page number of each entry.
    /// </summary>
    internal static string Prepare(string html, IReadOnlyDictionary<string, int>? pages)
    {
        if (!RunningTitle().IsMatch(html)) return html;
        var head = html.IndexOf("</head>", StringComparison.Ordinal);
        if (head >= 0) html = html.Insert(head, $"<link rel=\"stylesheet\" href=\"{FooterStyle}\">");
        return pages is null ? html : EmptyPage().Replace(html, m =>
            pages.TryGetValue(m.Groups[2].Value, out var n) ? m.Groups[1].Value + n.ToString(CultureInfo.InvariantCulture) + "</span>" : m.Value);
    }

    /// <summary>The running footer's title (the contents page's data-running-title) at the foot of every page but the cover.</summary>
    internal static string? FooterCss(string html) => RunningTitle().Match(html) is { Success: true } title
        ? "@page { @bottom-left { content: " + CssString(WebUtility.HtmlDecode(title.Groups[1].Value))
            + "; font: 9pt \"Open Sans\", Arial, sans-serif; color: #4c6272; } }\n@page :first { @bottom-left { content: none; } }\n"
        : null;

    /// <summary>
    /// The page on which each entry starts: the first bookmark with its heading after the previous entry's, as the
    /// parts are printed in order. An entry whose heading is not found is left out (its number stays blank).
    /// </summary>
    internal static Dictionary<string, int> Starts(byte[] pdf, IReadOnlyList<Entry> entries)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var doc = PdfDocument.Open(pdf);
        if (!doc.TryGetBookmarks(out var bookmarks)) return starts;
        var nodes = InOrder(bookmarks.Roots).OfType<DocumentBookmarkNode>().ToList();
        var from = 0;
        foreach (var e in entries)
        {
            var at = nodes.FindIndex(from, n => Plain(n.Title) == e.Heading);
            if (at < 0) continue;
            starts[e.Id] = nodes[at].PageNumber;
            from = at + 1;
        }
        return starts;
    }

    /// <summary>Bookmarks in document order: each heading, then the headings under it.</summary>
    private static IEnumerable<BookmarkNode> InOrder(IEnumerable<BookmarkNode> nodes)
    {
        foreach (var n in nodes)
        {
            yield return n;
            foreach (var c in InOrder(n.Children)) yield return c;
        }
    }

    /// <summary>Text as a reader sees it: entities decoded, runs of white space as one space.</summary>
    private static string Plain(string text) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(text, "")), " ").Trim();

    /// <summary>A CSS string of any text: every character but letters, digits and spaces escaped, so nothing can end the string or the style.</summary>
    internal static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var r in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(r) || r.Value == ' ') css.Append(r.ToString());
            else css.Append('\\').Append(r.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
        }
        return css.Append('"').ToString();
    }

    [GeneratedRegex("<span class=\"contents-title\"[^>]*>(.*?)</span> <span class=\"contents-page\" data-for=\"([^\"]+)\"></span>", RegexOptions.Singleline)]
    private static partial Regex EntryPattern();
    [GeneratedRegex("(<span class=\"contents-page\" data-for=\"([^\"]+)\">)</span>")]
    private static partial Regex EmptyPage();
    [GeneratedRegex("data-running-title=\"([^\"]*)\"")]
    private static partial Regex RunningTitle();
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
