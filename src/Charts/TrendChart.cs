using StatiqReport.Model;

namespace StatiqReport.Charts;

/// <summary>
/// Lays out and writes a trend: one system's values over time as a line with a point per period. A
/// period not reported breaks the line and is labelled; illustrative values are open circles and their
/// label is starred; the latest value is labelled in bold beside its point.
/// </summary>
internal static class TrendChart
{
    public const int Height = 230;
    private const double FontPx = ChartService.FontPx;
    private const double Top = 16, Right = ChartService.Width - 16, Bottom = Height - 33;

    /// <param name="ordered">The series in period order; at least two reported values.</param>
    public static string Draw(string gapLabel, string unit, IReadOnlyList<MetricValue> ordered)
    {
        var t = ChartTimings.Start();
        var reported = ordered.Where(v => v.Value is not null).Select(v => v.Value!.Value).ToList();
        var (max, min) = (reported.Max(), reported.Min());
        var low = min >= 0 ? 0 : min * 1.1;
        var high = max <= 0 ? 0 : max * 1.18;
        if (high == low) high = low + 1;
        var yTicks = ChartTicks.Between(low, high, 6);
        var yLabels = yTicks.Select(v => ChartLabels.Axis(v, unit)).ToList();
        var n = ordered.Count;
        // Label every other year when there are many, keeping the last.
        var step = n > 4 ? 2 : 1;
        var xTicks = Enumerable.Range(0, n).Where(i => i % step == (n - 1) % step).ToList();
        var last = ordered.Last(v => v.Value is not null);
        var lastIndex = IndexOf(ordered, last);
        var lastLabel = ChartLabels.Value(last.Value!.Value, unit) + (last.Illustrative ? "*" : "");
        t = ChartTimings.Stop(ChartTimings.Phase.Setup, t);

        var font = ChartFont.Regular;
        var left = Math.Ceiling(yLabels.Max(l => font.Width(l, FontPx))) + 20;
        var lastWidth = ChartFont.Bold.Width(lastLabel, FontPx + 1);
        var gapWidth = font.Width(gapLabel, FontPx - 1);
        var (ascent, descent) = (font.Ascent(FontPx), font.Descent(FontPx));
        t = ChartTimings.Stop(ChartTimings.Phase.Measure, t);

        double X(int i) => left + (i + 0.5) / n * (Right - left);
        double Y(double v) => Bottom - (v - low) / (high - low) * (Bottom - Top);
        var svg = new ChartSvg();
        svg.Rect(0, 0, ChartService.Width, Height, "white");
        svg.Segments(xTicks.Select(i => (X(i), Bottom, X(i), Top)), ChartSvg.Grid);
        svg.Segments(yTicks.Where(v => v != low).Select(v => (left, Y(v), Right, Y(v))), ChartSvg.Grid);
        // One line per run of reported values: a gap is a gap, never zero and never bridged.
        var run = new List<(double, double)>();
        for (var i = 0; i <= n; i++)
        {
            if (i < n && ordered[i].Value is { } v) { run.Add((X(i), Y(v))); continue; }
            if (run.Count > 1) svg.Line(run, ChartSvg.Blue, 3);
            run.Clear();
        }
        for (var i = 0; i < n; i++)
            if (ordered[i].Value is { } v)
                svg.Circle(X(i), Y(v), ordered[i].Illustrative ? 4.5 : 5.5, ordered[i].Illustrative ? "white" : ChartSvg.Blue, ChartSvg.Blue, ordered[i].Illustrative ? 2 : 0);
        for (var i = 0; i < n; i++)
        {
            if (ordered[i].Value is not null) continue;
            var anchor = i == 0 ? "start" : i == n - 1 ? "end" : "middle";
            var x = anchor switch
            {
                "start" => Math.Max(left + 2, Math.Min(X(i), Right - gapWidth)),
                "end" => Math.Min(Right, Math.Max(X(i), left + 2 + gapWidth)),
                _ => X(i),
            };
            svg.Label(gapLabel, x, Y(low + (high - low) * 0.04) - font.Descent(FontPx - 1), anchor, FontPx - 1);
        }
        DirectLabel(svg, ordered, lastIndex, lastLabel, lastWidth, X(lastIndex), Y(last.Value.Value));
        // Axes: ticks and labels below and to the left, then the two axis lines.
        svg.Segments(xTicks.Select(i => (X(i), Bottom, X(i), Bottom + 4)).Concat(yTicks.Select(v => (left - 4, Y(v), left, Y(v)))), ChartSvg.Text);
        foreach (var i in xTicks) svg.Label(ordered[i].Period.Display, X(i), Bottom + 6 + ascent, "middle");
        for (var k = 0; k < yTicks.Count; k++) svg.Label(yLabels[k], left - 9, Y(yTicks[k]) + (ascent - descent) / 2, "end");
        svg.Segments([(left, Bottom, Right, Bottom), (left, Bottom, left, Top)], ChartSvg.Text);
        var body = svg.Body();
        ChartTimings.Stop(ChartTimings.Phase.Svg, t);
        return body;
    }

    /// <summary>
    /// The latest value in bold on a white ground, where the line is not: above-left of a rising line's
    /// end, below-left of a falling one's; near the left edge it runs to the right of the point, so it is
    /// never clipped, and it is kept inside the drawing.
    /// </summary>
    private static void DirectLabel(ChartSvg svg, IReadOnlyList<MetricValue> ordered, int lastIndex, string label, double width, double px, double py)
    {
        var size = FontPx + 1;
        var font = ChartFont.Bold;
        var height = font.Ascent(size) + font.Descent(size);
        double? before = null;
        for (var i = lastIndex - 1; i >= 0 && before is null; i--) before = ordered[i].Value;
        var falling = before is { } b && b > ordered[lastIndex].Value!.Value;
        var leftHalf = lastIndex < ordered.Count / 2.0 - 0.5;
        var x = leftHalf ? px + 4 : px - 4 - width;
        var y = falling ? py + 10 : py - 10 - height;
        x = Math.Clamp(x, 2, ChartService.Width - 2 - width);
        y = Math.Clamp(y, 0, Bottom - height - 1);
        svg.Rect(x - 1, y, width + 2, height, "white");
        svg.Label(label, x, y + font.Ascent(size), "start", size, bold: true);
    }

    private static int IndexOf(IReadOnlyList<MetricValue> values, MetricValue value)
    {
        for (var i = 0; i < values.Count; i++) if (ReferenceEquals(values[i], value)) return i;
        return -1;
    }
}
