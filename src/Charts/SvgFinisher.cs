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

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
    [GeneratedRegex(@"cl_[0-9a-fA-F]+")]
    private static partial Regex ClipId();
    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex SvgOpen();
    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
