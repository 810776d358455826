using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using StatiqReport.Charts;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Localisation;
using StatiqReport.Model;
using StatiqReport.Rendering;

namespace StatiqReport.Tests.Charts;

/// <summary>
/// The charts as drawn by ChartService: what they say to a screen reader, how gaps and illustrative
/// values show, that their labels never collide (boxes from the bundled font's metrics) and that the
/// same input gives the same bytes.
/// </summary>
public sealed partial class ChartDrawingTests
{
    private static readonly Strings En = LoadStrings();
    private static readonly SystemProfile Northshire = new("northshire", "Northshire Integrated Care System", "ICS", "England", null, null, null, [], null, null,
        new Dictionary<Period, IReadOnlyDictionary<string, MaturityLevel>>(), SourceLocation.File("data/systems/northshire.yml"));

    [Fact]
    public void Trend_IsAnImageNamedByItsTitleAndDescribedByItsSummary()
    {
        var svg = Trend("gbp", Values(1.2e6, 1.5e6, 1.9e6), "Local spend rose from £1.2m to £1.9m.", id: "metric-local-spend-chart");

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"metric-local-spend-chart-title metric-local-spend-chart-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"metric-local-spend-chart-title\">Local spend, Northshire Integrated Care System, 2021/22 to 2023/24</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"metric-local-spend-chart-desc\">Local spend rose from &#163;1.2m to &#163;1.9m.</desc>", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 340 230\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-id-token", svg, StringComparison.Ordinal);
        // The latest value is written beside its point; the axis names the years.
        Assert.Contains(">£1.9m</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">2021/22</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_SameChartOnTwoPages_GetsEachPagesIds()
    {
        var service = new ChartService(reuse: false);
        var values = Values(10, 20, 30);
        var system = service.Trend("metric-x-chart", Northshire, Metric("count"), values, "Rose.", En)!;
        var report = service.Trend("chapter-1-x-chart", Northshire, Metric("count"), values, "Rose.", En)!;

        Assert.Contains("id=\"metric-x-chart-title\"", system, StringComparison.Ordinal);
        Assert.Contains("id=\"chapter-1-x-chart-title\"", report, StringComparison.Ordinal);
        Assert.Equal(system.Replace("metric-x-chart", "ID", StringComparison.Ordinal), report.Replace("chapter-1-x-chart", "ID", StringComparison.Ordinal));
    }

    [Fact]
    public void Trend_WithAGap_BreaksTheLineAndLabelsTheGapNotReported()
    {
        // Given five periods with the middle one not reported
        var svg = Trend("count", Values(100, 120, null, 150, 170), "Rose.");

        // Then the line is two runs, there is no point for the gap, and the gap says "not reported".
        Assert.Equal(2, BlueLines().Count(svg));
        Assert.Equal(4, Circles().Count(svg));
        var gap = Texts(svg).Single(t => t.Text == "not reported");
        var middleYear = Texts(svg).Single(t => t.Text == "2021/22");
        Assert.Equal(middleYear.X, gap.X, 1);
        Assert.Equal("middle", gap.Anchor);
    }

    [Fact]
    public void Trend_GapsSideBySide_UseTheShortWord()
    {
        var svg = Trend("count", Values(100, null, null, 150, 170), "Rose.");

        Assert.Equal(2, Texts(svg).Count(t => t.Text == "none"));
        Assert.DoesNotContain("not reported", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_IllustrativeValues_AreOpenCirclesAndTheLatestLabelIsStarred()
    {
        var values = Values(20, 25, 30).Select((v, i) => v with { Illustrative = i == 2 }).ToList();
        var svg = Trend("percent", values, "Rose.");

        var circles = Circles().Matches(svg).Select(m => m.Value).ToList();
        Assert.Equal(2, circles.Count(c => c.Contains("fill=\"#005EB8\"", StringComparison.Ordinal)));
        Assert.Single(circles, c => c.Contains("fill=\"white\"", StringComparison.Ordinal) && c.Contains("stroke=\"#005EB8\"", StringComparison.Ordinal));
        Assert.Contains(">30%*</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_IllustrativeBarsAreOutlinedNotFilled_AndEveryBarIsNamed()
    {
        var svg = new ChartService(reuse: false).Bars("compare-x-chart", "Local spend by system", "Highest £3m.", "gbp",
            [new ChartBar("Northshire", 3e6, false), new ChartBar("Southmoor", 2e6, true)])!;

        var rects = Regex.Matches(svg, "<rect [^>]*>").Select(m => m.Value).Skip(1).ToList(); // after the white ground
        Assert.Single(rects, r => r.Contains("fill=\"#005EB8\"", StringComparison.Ordinal) && !r.Contains("stroke", StringComparison.Ordinal));
        Assert.Single(rects, r => r.Contains("fill=\"white\" stroke=\"#005EB8\"", StringComparison.Ordinal));
        Assert.Contains(Texts(svg), t => t.Text == "Northshire");
        Assert.Contains(Texts(svg), t => t.Text == "£2m*");
        Assert.Contains("viewBox=\"0 0 340 110\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_ContentInLabelsIsTextNeverMarkup()
    {
        var svg = new ChartService(reuse: false).Bars("stages-chart", "Stages <b>", "People & <script>", "count",
            [new ChartBar("<script>alert(1)</script>", 10, false), new ChartBar("A & B", 5, false)])!;

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("A &amp; B", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_AreTheSameBytesEveryTime_EvenDrawnInParallel()
    {
        var inputs = Enumerable.Range(0, 40).Select(n => Values(10 + n, n % 3 == 0 ? null : 12 + n, 9 + n * 1.5, 14.25 + n)).ToList();
        string Unit(int n) => n % 2 == 0 ? "gbp" : "percent";
        var first = inputs.Select((v, n) => Trend(Unit(n), v, "Changed.")).ToList();
        var service = new ChartService(reuse: false);
        var parallel = new string[inputs.Count];
        Parallel.For(0, inputs.Count, n => parallel[n] = service.Trend("metric-x-chart", Northshire, Metric(Unit(n)), inputs[n], "Changed.", En)!);
        var again = inputs.Select((v, n) => Trend(Unit(n), v, "Changed.")).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first, parallel);
    }

    [Fact]
    public void Charts_TextIsLegibleOnAPhone()
    {
        // Drawn 340 px wide, a chart is shown 320 px wide on the narrowest phone: its smallest text must still be at least 12 px there.
        var svgs = new[]
        {
            Trend("count", Values(100, null, 150, 170, 160), "Rose."),
            new ChartService(reuse: false).Bars("b", "t", "s", "gbp", [new ChartBar("A", 1, true), new ChartBar("B", 2, false)])!,
        };
        foreach (var svg in svgs)
            Assert.All(Texts(svg), t => Assert.True(t.Size * 320 / ChartService.Width >= 12, $"'{t.Text}' is {t.Size} px, {t.Size * 320 / ChartService.Width:F1} px on a 320 px phone"));
    }

    [Fact]
    public void ChartFont_WidthsAreTheBundledFontsOwn()
    {
        using var skia = ShareCardFonts.Font(bold: false, 14);
        foreach (var text in new[] { "2023/24", "£440.7m*", "Cwm Taf Morgannwg", "not reported", "Ŵyl Dewi" })
            Assert.Equal(skia.MeasureText(text), ChartFont.Regular.Width(text, 14), 0.01);
        Assert.True(ChartFont.Bold.Width("176,700*", 15) > ChartFont.Regular.Width("176,700*", 15));
    }

    [Fact]
    public void Trends_LabelsNeverOverlapAndStayInsideTheDrawing()
    {
        var units = Gen.OneOf<string>("gbp", "percent", "count", "tonnes CO2e");
        var value = Gen.Double[-5e7, 5e8];
        var series = Gen.Select(units, Gen.Int[2, 8], Gen.Int[0, 1000], value.Array[8], Gen.Bool.Array[8], Gen.Bool.Array[8]);
        series.Sample((unit, n, scaleSeed, raw, gaps, illustrative) =>
        {
            var scale = Math.Pow(10, scaleSeed % 9 - 2);
            var values = Enumerable.Range(0, n).Select(i => new MetricValue("northshire", "x", new Period(2018 + i),
                gaps[i] && i % 2 == 1 ? null : Math.Round(raw[i] / 5e8 * scale * 1000, 1), null, null, illustrative[i], SourceLocation.File("x"))).ToList();
            if (values.Count(v => v.Value is not null) < 2) return;
            AssertNoOverlaps(Trend(unit, values, "Changed."));
        }, iter: 400);
    }

    [Fact]
    public void Bars_LabelsNeverOverlapAndStayInsideTheDrawing()
    {
        var names = Gen.OneOf<string>("Hywel Dda", "Cwm Taf Morgannwg", "Cheshire and Merseyside", "North East and North Cumbria", "Frimley", "People reached",
            "Completed the course and moved into work", "Ŵyl");
        var bar = Gen.Select(names, Gen.Double[-1e6, 5e8], Gen.Bool, (name, v, ill) => new ChartBar(name, Math.Round(v, 1), ill));
        Gen.Select(Gen.OneOf<string>("gbp", "percent", "count", "tonnes CO2e"), bar.List[2, 49]).Sample((unit, bars) =>
        {
            var svg = new ChartService(reuse: false).Bars("b", "t", "s", unit, bars.OrderByDescending(b => b.Value).ToList());
            AssertNoOverlaps(svg!);
        }, iter: 300);
    }

    private static void AssertNoOverlaps(string svg)
    {
        var box = Regex.Match(svg, "viewBox=\"0 0 (\\d+) (\\d+)\"");
        var (width, height) = (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        var boxes = Texts(svg).Select(t => (t.Text, Box: t.Box())).ToList();
        foreach (var (text, b) in boxes)
            Assert.True(b.Left >= -0.5 && b.Right <= width + 0.5 && b.Top >= -0.5 && b.Bottom <= height + 0.5, $"'{text}' ({b}) leaves the {width}×{height} drawing:\n{svg}");
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i].Box, boxes[j].Box);
                var overlap = a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Top < b.Bottom - 0.5 && b.Top < a.Bottom - 0.5;
                Assert.False(overlap, $"'{boxes[i].Text}' ({a}) overlaps '{boxes[j].Text}' ({b}):\n{svg}");
            }
    }

    private sealed record Label(string Text, double X, double Y, string Anchor, double Size, bool Bold)
    {
        public (double Left, double Top, double Right, double Bottom) Box()
        {
            var font = Bold ? ChartFont.Bold : ChartFont.Regular;
            var w = font.Width(Text, Size);
            var left = Anchor switch { "middle" => X - w / 2, "end" => X - w, _ => X };
            return (left, Y - font.Ascent(Size), left + w, Y + font.Descent(Size));
        }
    }

    private static List<Label> Texts(string svg) =>
        TextElement().Matches(svg).Select(m => new Label(
            WebUtility.HtmlDecode(m.Groups["text"].Value),
            double.Parse(m.Groups["x"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
            m.Groups["anchor"].Success ? m.Groups["anchor"].Value : "start",
            m.Groups["size"].Success ? double.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture) : ChartService.FontPx,
            m.Groups["bold"].Success)).ToList();

    private static string Trend(string unit, IReadOnlyList<MetricValue> values, string summary, string id = "metric-x-chart") =>
        new ChartService(reuse: false).Trend(id, Northshire, Metric(unit), values, summary, En)!;

    private static MetricDefinition Metric(string unit) => new("x", "procurement", "Local spend", unit, Better.Up, "Spend with local suppliers.", null);

    private static List<MetricValue> Values(params double?[] values) =>
        values.Select((v, i) => new MetricValue("northshire", "x", new Period(2024 - values.Length + i), v, null, null, false, SourceLocation.File("x"))).ToList();

    private static Strings LoadStrings()
    {
        var empty = Directory.CreateTempSubdirectory("chart-strings-");
        try { return StringsLoader.Load(new ContentRoot(empty.FullName), new DiagnosticBag())["en"]; }
        finally { empty.Delete(recursive: true); }
    }

    [GeneratedRegex("<text x=\"(?<x>[-\\d.]+)\" y=\"(?<y>[-\\d.]+)\"(?: text-anchor=\"(?<anchor>\\w+)\")?(?: font-size=\"(?<size>[\\d.]+)\")?(?<bold> font-weight=\"bold\")?>(?<text>[^<]*)</text>")]
    private static partial Regex TextElement();
    [GeneratedRegex("<path fill=\"none\" stroke=\"#005EB8\"")]
    private static partial Regex BlueLines();
    [GeneratedRegex("<circle [^>]*>")]
    private static partial Regex Circles();
}
