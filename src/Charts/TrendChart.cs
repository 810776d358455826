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
    public static string Draw(string gapLabel, string shortGapLabel, string unit, IReadOnlyList<MetricValue> ordered)
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
        var last = ordered.Last(v => v.Value is not null);
        var lastIndex = IndexOf(ordered, last);
        var lastLabel = ChartLabels.Value(last.Value!.Value, unit) + (last.Illustrative ? "*" : "");
        t = ChartTimings.Stop(ChartTimings.Phase.Setup, t);

        var font = ChartFont.Regular;
        var left = Math.Ceiling(yLabels.Max(l => font.Width(l, FontPx))) + 20;
        var lastWidth = ChartFont.Bold.Width(lastLabel, FontPx + 1);
        double X(int i) => left + (i + 0.5) / n * (Right - left);
        // Where a gap's label goes: under the gap, starting at the first and ending at the last, inside the plot.
        (double Left, double X, string Anchor) GapStart(int i, double width)
        {
            var anchor = i == 0 ? "start" : i == n - 1 ? "end" : "middle";
            var x = anchor switch
            {
                "start" => Math.Max(left + 2, Math.Min(X(i), Right - width)),
                "end" => Math.Min(Right, Math.Max(X(i), left + 2 + width)),
                _ => X(i),
            };
            return (anchor switch { "start" => x, "end" => x - width, _ => x - width / 2 }, x, anchor);
        }
        // Label every other year when there are many, keeping the last, and fewer where the years would touch.
        var yearWidth = ordered.Max(v => font.Width(v.Period.Display, FontPx));
        var step = n > 4 ? 2 : 1;
        while (step < n - 1 && X(step) - X(0) < yearWidth + 8) step++;
        var xTicks = Enumerable.Range(0, n).Where(i => i % step == (n - 1) % step).ToList();
        // "not reported" where there is room between gaps, else the short word.
        var gapIndexes = Enumerable.Range(0, n).Where(i => ordered[i].Value is null).ToList();
        var longStarts = gapIndexes.Select(i => GapStart(i, font.Width(gapLabel, FontPx - 1))).ToList();
        if (longStarts.Zip(longStarts.Skip(1)).Any(p => p.First.Left + font.Width(gapLabel, FontPx - 1) + 6 > p.Second.Left)) gapLabel = shortGapLabel;
        var gapWidth = font.Width(gapLabel, FontPx - 1);
        var (ascent, descent) = (font.Ascent(FontPx), font.Descent(FontPx));
        t = ChartTimings.Stop(ChartTimings.Phase.Measure, t);

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
        var gapSize = FontPx - 1;
        var gapBoxes = new List<Box>();
        for (var i = 0; i < n; i++)
        {
            if (ordered[i].Value is not null) continue;
            var (boxLeft, x, anchor) = GapStart(i, gapWidth);
            var baseline = Y(low + (high - low) * 0.04) - font.Descent(gapSize);
            svg.Label(gapLabel, x, baseline, anchor, gapSize);
            gapBoxes.Add(new Box(boxLeft, baseline - font.Ascent(gapSize), boxLeft + gapWidth, baseline + font.Descent(gapSize)));
        }
        DirectLabel(svg, ordered, lastIndex, lastLabel, lastWidth, X(lastIndex), Y(last.Value.Value), left, gapBoxes);
        // Axes: ticks and labels below and to the left, then the two axis lines.
        svg.Segments(xTicks.Select(i => (X(i), Bottom, X(i), Bottom + 4)).Concat(yTicks.Select(v => (left - 4, Y(v), left, Y(v)))), ChartSvg.Text);
        // 10 px down: clear of the lowest value label at the axis corner.
        foreach (var i in xTicks) svg.Label(ordered[i].Period.Display, X(i), Bottom + 10 + ascent, "middle");
        for (var k = 0; k < yTicks.Count; k++) svg.Label(yLabels[k], left - 9, Y(yTicks[k]) + (ascent - descent) / 2, "end");
        svg.Segments([(left, Bottom, Right, Bottom), (left, Bottom, left, Top)], ChartSvg.Text);
        var body = svg.Body();
        ChartTimings.Stop(ChartTimings.Phase.Svg, t);
        return body;
    }

    /// <summary>
    /// The latest value in bold on a white ground, where the line is not: above-left of a rising line's
    /// end, below-left of a falling one's; near the left edge it runs to the right of the point. It is kept
    /// inside the plot, and where that would put it over a "not reported" label it goes to the other side
    /// of the point.
    /// </summary>
    private static void DirectLabel(ChartSvg svg, IReadOnlyList<MetricValue> ordered, int lastIndex, string label, double width, double px, double py,
        double left, List<Box> avoid)
    {
        var size = FontPx + 1;
        var font = ChartFont.Bold;
        var height = font.Ascent(size) + font.Descent(size);
        double? before = null;
        for (var i = lastIndex - 1; i >= 0 && before is null; i--) before = ordered[i].Value;
        var falling = before is { } b && b > ordered[lastIndex].Value!.Value;
        var leftHalf = lastIndex < ordered.Count / 2.0 - 0.5;
        var x = leftHalf ? px + 4 : px - 4 - width;
        x = Math.Clamp(x, left + 2, ChartService.Width - 2 - width);
        Box At(double top)
        {
            var y = Math.Clamp(top, 0, Bottom - height - 1);
            return new Box(x - 1, y, x + width + 1, y + height);
        }
        double[] tops = [falling ? py + 10 : py - 10 - height, falling ? py - 10 - height : py + 10, avoid.Count > 0 ? avoid.Min(a => a.Top) - height - 2 : 0];
        var box = tops.Select(At).FirstOrDefault(c => !avoid.Any(c.Overlaps), At(tops[0]));
        svg.Rect(box.Left, box.Top, box.Right - box.Left, box.Bottom - box.Top, "white");
        svg.Label(label, x, box.Top + font.Ascent(size), "start", size, bold: true);
    }

    /// <summary>A label's extent in the drawing, in px.</summary>
    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box o) => Left < o.Right && o.Left < Right && Top < o.Bottom && o.Top < Bottom;
    }

    private static int IndexOf(IReadOnlyList<MetricValue> values, MetricValue value)
    {
        for (var i = 0; i < values.Count; i++) if (ReferenceEquals(values[i], value)) return i;
        return -1;
    }
}
