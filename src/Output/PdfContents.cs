using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;

namespace StatiqReport.Output;

/// <summary>
/// A printed report's contents page and running footer. Chromium has no target-counter(), so the page on which each
/// part starts is read from a first print (where each contents entry's link leads) and written into the contents
/// page for the next print. The running footer's title is a print-only stylesheet, linked from the page as it is
/// served to Chromium (never from the published page).
/// </summary>
internal static partial class PdfContents
{
    /// <summary>The print-only stylesheet beside a printed page, which <see cref="Prepare"/> links.</summary>
    internal const string FooterStyle = "print-footer.css";

    private static readonly NameToken DestKey = NameToken.Create("Dest");

    /// <summary>The ids of the parts the contents page lists, in order; none when the page has no printed contents.</summary>
    internal static IReadOnlyList<string> Entries(string html) => EmptyPage().Matches(html).Select(m => m.Groups[2].Value).ToList();

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
    /// The page on which each part starts, from the contents page's own links: Chromium writes a link to "#id" as a
    /// named destination, the place where the element with that id is printed. (The bookmarks would need matching by
    /// heading, and Chromium writes some headings' titles twice over, or without the space where a line wrapped.)
    /// A part whose link is not found is left out (its number stays blank).
    /// </summary>
    internal static Dictionary<string, int> Starts(byte[] pdf, IReadOnlyList<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var doc = PdfDocument.Open(pdf);
        foreach (var page in doc.GetPages())
        {
            foreach (var link in page.GetAnnotations())
            {
                if (link.Action is not AbstractGoToAction go || !link.AnnotationDictionary.TryGet(DestKey, out var dest)) continue;
                var id = dest switch { NameToken n => n.Data, StringToken t => t.Data, _ => null };
                if (id is not null && wanted.Contains(id)) starts.TryAdd(id, go.Destination.PageNumber);
            }
            if (starts.Count == wanted.Count) break;
        }
        return starts;
    }

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

    [GeneratedRegex("(<span class=\"contents-page\" data-for=\"([^\"]+)\">)</span>")]
    private static partial Regex EmptyPage();
    [GeneratedRegex("data-running-title=\"([^\"]*)\"")]
    private static partial Regex RunningTitle();
}
