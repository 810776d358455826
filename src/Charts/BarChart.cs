namespace StatiqReport.Charts;

/// <summary>
/// Lays out and writes horizontal bars, first at the top, each named on the left and labelled with its
/// value at its end; illustrative bars are outlined, not filled, and their label is starred.
/// </summary>
internal static class BarChart
{
    private const double FontPx = ChartService.FontPx;
    private const double Top = 16, Right = ChartService.Width - 16;

    public static int HeightFor(int bars) => 50 + 30 * bars;

    public static string Draw(string unit, IReadOnlyList<ChartBar> bars)
    {
        var t = ChartTimings.Start();
        var n = bars.Count;
        var height = HeightFor(n);
        var bottom = height - 33.0;
        var names = bars.Select(b => ChartLabels.Shorten(b.Label, 18)).ToList();
        var values = bars.Select(b => ChartLabels.Value(b.Value, unit) + (b.Illustrative ? "*" : "")).ToList();
        var max = Math.Max(bars.Max(b => b.Value), 0);
        var min = Math.Min(bars.Min(b => b.Value), 0);
        t = ChartTimings.Stop(ChartTimings.Phase.Setup, t);

        var font = ChartFont.Regular;
        var (ascent, descent) = (font.Ascent(FontPx), font.Descent(FontPx));
        var left = Math.Ceiling(names.Max(l => font.Width(l, FontPx))) + 20;
        var plot = Right - left;
        // Room to the right of each bar's end (or of zero, for a bar below it) for its label, up to the
        // drawing's edge; a bar always keeps at least a fifth of the plot.
        var low = min * 1.1;
        var high = max == 0 ? (low == 0 ? 1 : 0) : max;
        for (var i = 0; i < n; i++)
        {
            var end = Math.Max(bars[i].Value, 0);
            var share = Math.Max(0.2, (ChartService.Width - 2 - 5 - font.Width(values[i], FontPx - 1) - left) / plot);
            high = Math.Max(high, low + (end - low) / share);
        }
        double X(double v) => left + (v - low) / (high - low) * plot;
        var ticks = ChartTicks.Between(low, high, 4, ts => LabelsFit(ts, unit, X));
        t = ChartTimings.Stop(ChartTimings.Phase.Measure, t);

        var rowHeight = (bottom - Top) / n;
        double Middle(int i) => Top + (i + 0.5) * rowHeight;
        var svg = new ChartSvg();
        svg.Rect(0, 0, ChartService.Width, height, "white");
        svg.Segments(ticks.Where(v => v != low).Select(v => (X(v), bottom, X(v), Top)), ChartSvg.Grid);
        var zero = X(0);
        for (var i = 0; i < n; i++)
        {
            var bar = bars[i];
            var (from, to) = (Math.Min(zero, X(bar.Value)), Math.Max(zero, X(bar.Value)));
            var thickness = rowHeight * 0.7;
            var y = Middle(i) - thickness / 2;
            if (bar.Illustrative) svg.Rect(from + 1, y + 1, Math.Max(0, to - from - 2), thickness - 2, "white", ChartSvg.Blue, 2);
            else svg.Rect(from, y, to - from, thickness, ChartSvg.Blue);
            svg.Label(values[i], Math.Max(zero, to) + 5, Middle(i) + (font.Ascent(FontPx - 1) - font.Descent(FontPx - 1)) / 2, "start", FontPx - 1);
        }
        svg.Segments(ticks.Select(v => (X(v), bottom, X(v), bottom + 4)).Concat(Enumerable.Range(0, n).Select(i => (left - 4, Middle(i), left, Middle(i)))), ChartSvg.Text);
        for (var i = 0; i < n; i++) svg.Label(names[i], left - 9, Middle(i) + (ascent - descent) / 2, "end");
        foreach (var v in ticks) svg.Label(ChartLabels.Axis(v, unit), X(v), bottom + 6 + ascent, "middle");
        svg.Segments([(left, bottom, Right, bottom), (left, bottom, left, Top)], ChartSvg.Text);
        var body = svg.Body();
        ChartTimings.Stop(ChartTimings.Phase.Svg, t);
        return body;
    }

    /// <summary>Whether centred tick labels leave at least 8 px between neighbours and stay inside the drawing.</summary>
    private static bool LabelsFit(List<double> ticks, string unit, Func<double, double> x)
    {
        double previousEnd = double.NegativeInfinity;
        foreach (var v in ticks)
        {
            var half = ChartFont.Regular.Width(ChartLabels.Axis(v, unit), FontPx) / 2;
            var (start, end) = (x(v) - half, x(v) + half);
            if (start < previousEnd + 8 || start < 0 || end > ChartService.Width) return false;
            previousEnd = end;
        }
        return true;
    }
}
