using System.Net;
using System.Text.RegularExpressions;

namespace StatiqReport.Charts;

/// <summary>
/// Turns ScottPlot's SVG into an accessible, responsive, deterministic inline SVG: no XML
/// declaration, a viewBox instead of a fixed size, role="img" with a title and description, and
/// clip-path ids made unique per chart (ScottPlot numbers them with one process-wide counter, so
/// parallel renders would otherwise differ from run to run and clash on a page).
/// </summary>
public static partial class SvgFinisher
{
    public static string Finish(string svg, string id, string title, string description, int width, int height)
    {
        var body = XmlDeclaration().Replace(svg, "").Trim();
        body = Compact(body);
        var clipIds = ClipId().Matches(body).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < clipIds.Count; i++)
            body = Regex.Replace(body, $@"\b{Regex.Escape(clipIds[i])}\b", $"{id}-clip{i}");
        var open = SvgOpen().Match(body);
        if (!open.Success) throw new InvalidOperationException("chart SVG has no root element"); // not interface text
        var header = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\" class=\"chart-svg\">" +
                     $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(title)}</title><desc id=\"{id}-desc\">{WebUtility.HtmlEncode(description)}</desc>";
        body = header + body[(open.Index + open.Length)..];
        // Whitespace between elements carries nothing; dropping it keeps pages smaller.
        return BetweenTags().Replace(body, "><").Replace("\r", "");
    }

    /// <summary>
    /// Smaller markup that draws the same picture: coordinates to a tenth of a pixel (inside tags only, so
    /// the figures in labels, title and description keep every digit), SVG's default miter limit
    /// dropped, and one clip path where ScottPlot writes an identical one per marker. A system page
    /// carries dozens of charts, so this is most of its weight on a slow connection.
    /// </summary>
    public static string Compact(string svg)
    {
        svg = BetweenTags().Replace(svg, "><");
        svg = Tag().Replace(svg, tag => Decimal().Replace(tag.Value, d => Round(d.Value)).Replace(" stroke-miterlimit=\"4\"", "", StringComparison.Ordinal));
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipPath().Replace(svg, m =>
        {
            var (id, inner) = (m.Groups[1].Value, m.Groups[2].Value.Trim());
            if (first.TryGetValue(inner, out var kept)) { rename[id] = kept; return ""; }
            first[inner] = id;
            return m.Value;
        });
        // Text nodes: SVG collapses the whitespace around a label anyway. ScottPlot places every glyph
        // (x="1, 8.5, 16, "); the first position and the font's own advances draw the same label.
        svg = TextNode().Replace(svg, m => GlyphList().Replace(m.Groups[1].Value, g => $" {g.Groups[1].Value}=\"{g.Groups[2].Value}\"") + m.Groups[2].Value.Trim() + "</text>");
        if (rename.Count > 0) svg = ClipRef().Replace(svg, m => rename.TryGetValue(m.Groups[1].Value, out var to) ? $"url(#{to})" : m.Value);
        // Consecutive groups with the same clip become one group.
        string before;
        do { before = svg; svg = SameClipGroups().Replace(svg, "$1$3"); } while (svg.Length != before.Length);
        return svg;
    }

    private static string Round(string number)
    {
        var v = Math.Round(double.Parse(number, System.Globalization.CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero);
        return v == 0 ? "0" : v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();
    [GeneratedRegex(@"-?\d+\.\d+")]
    private static partial Regex Decimal();
    [GeneratedRegex(@"<clipPath id=""([^""]+)"">(.*?)</clipPath>", RegexOptions.Singleline)]
    private static partial Regex ClipPath();
    [GeneratedRegex(@" (x|y)=""(-?[\d.]+),[^""]*""")]
    private static partial Regex GlyphList();
    [GeneratedRegex(@"(<g clip-path=""url\(#([^)]+)\)"">)((?:(?!<g\b|</g>).)*)</g><g clip-path=""url\(#\2\)"">", RegexOptions.Singleline)]
    private static partial Regex SameClipGroups();
    [GeneratedRegex(@"(<text\b[^>]*>)([^<]*)</text>")]
    private static partial Regex TextNode();
    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ClipRef();
    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
    [GeneratedRegex(@"cl_[0-9a-fA-F]+")]
    private static partial Regex ClipId();
    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex SvgOpen();
    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
