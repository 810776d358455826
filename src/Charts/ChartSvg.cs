using System.Globalization;
using System.Text;

namespace StatiqReport.Charts;

/// <summary>
/// Writes the few SVG elements the charts are made of (paths, rectangles, circles, text), with
/// coordinates to a tenth of a pixel and text escaped, so content can never become markup.
/// Text inherits the font family, size and colour set once on the chart's root.
/// </summary>
internal sealed class ChartSvg
{
    public const string Blue = "#005EB8";
    public const string Text = "#212B32";
    public const string Grid = "#D8DDE0";
    private readonly StringBuilder _sb = new(4096);

    public ChartSvg Rect(double x, double y, double width, double height, string fill, string? stroke = null, double strokeWidth = 0)
    {
        _sb.Append("<rect x=\"").Num(x).Append("\" y=\"").Num(y).Append("\" width=\"").Num(width).Append("\" height=\"").Num(height)
            .Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null) _sb.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Num(strokeWidth).Append('"');
        _sb.Append("/>");
        return this;
    }

    public ChartSvg Circle(double cx, double cy, double r, string fill, string stroke, double strokeWidth)
    {
        _sb.Append("<circle cx=\"").Num(cx).Append("\" cy=\"").Num(cy).Append("\" r=\"").Num(r).Append("\" fill=\"").Append(fill)
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Num(strokeWidth).Append("\"/>");
        return this;
    }

    /// <summary>Straight segments, each (x1, y1, x2, y2), as one path.</summary>
    public ChartSvg Segments(IEnumerable<(double X1, double Y1, double X2, double Y2)> segments, string stroke)
    {
        _sb.Append("<path fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"1\" d=\"");
        foreach (var (x1, y1, x2, y2) in segments) _sb.Append('M').Num(x1).Append(' ').Num(y1).Append('L').Num(x2).Append(' ').Num(y2);
        _sb.Append("\"/>");
        return this;
    }

    /// <summary>A line through the points, in order.</summary>
    public ChartSvg Line(IReadOnlyList<(double X, double Y)> points, string stroke, double strokeWidth)
    {
        _sb.Append("<path fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Num(strokeWidth)
            .Append("\" stroke-linejoin=\"round\" d=\"");
        for (var i = 0; i < points.Count; i++) _sb.Append(i == 0 ? 'M' : 'L').Num(points[i].X).Append(' ').Num(points[i].Y);
        _sb.Append("\"/>");
        return this;
    }

    /// <summary>A label whose baseline starts, centres or ends at (x, y): anchor "start", "middle" or "end".</summary>
    public ChartSvg Label(string text, double x, double y, string anchor, double? size = null, bool bold = false)
    {
        _sb.Append("<text x=\"").Num(x).Append("\" y=\"").Num(y).Append('"');
        if (anchor != "start") _sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        if (size is { } s) _sb.Append(" font-size=\"").Num(s).Append('"');
        if (bold) _sb.Append(" font-weight=\"bold\"");
        _sb.Append('>');
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '>': _sb.Append("&gt;"); break;
                default: _sb.Append(c); break;
            }
        }
        _sb.Append("</text>");
        return this;
    }

    /// <summary>The chart's markup after its root element's opening tag (which names the chart, so is written per use).</summary>
    public string Body() => _sb.Append("</svg>").ToString();
}

internal static class ChartSvgNumbers
{
    /// <summary>A coordinate to a tenth of a pixel, invariant, without a trailing ".0".</summary>
    public static StringBuilder Num(this StringBuilder sb, double v)
    {
        var tenths = (long)Math.Round(v * 10, MidpointRounding.AwayFromZero);
        if (tenths < 0) { sb.Append('-'); tenths = -tenths; }
        sb.Append((tenths / 10).ToString(CultureInfo.InvariantCulture));
        if (tenths % 10 != 0) sb.Append('.').Append((char)('0' + tenths % 10));
        return sb;
    }
}
