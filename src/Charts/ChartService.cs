using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ScottPlot;
using StatiqReport.Formatting;
using StatiqReport.Model;

namespace StatiqReport.Charts;

/// <summary>A bar in a comparison or funnel chart.</summary>
public sealed record ChartBar(string Label, double Value, bool Illustrative);

/// <summary>
/// Draws the site's charts with ScottPlot 5 as inline SVG at build time (no script needed to see
/// them). Every chart has a text alternative; the exact values are always in a table beside it.
/// Identical inputs give identical bytes; a chart already drawn in this process is reused.
/// One drawing serves every width: it is drawn small (Width px, text at 14 px) and scales with its
/// viewBox, so on a 320 px phone its text is about 12 px and at its widest (32rem) about 21 px; as it
/// scales uniformly, labels that do not overlap in the drawing overlap at no width. (Two drawings, wide
/// and narrow, doubled every page's chart markup and the drawing time for text 1 px larger on phones.)
/// </summary>
public class ChartService
{
    public const string FontFamily = "Open Sans"; // not interface text
    private static readonly Color Blue = Color.FromHex("#005EB8");
    private static readonly Color Text = Color.FromHex("#212B32");
    private static readonly Color Grid = Color.FromHex("#D8DDE0");
    private static readonly Lazy<bool> FontsLoaded = new(LoadFonts);
    /// <summary>The width every chart is drawn at, in px (its viewBox).</summary>
    public const int Width = 340;
    private const int FontPx = 14;
    // Shared by every build in this process, so a preview rebuild draws only the charts whose data changed.
    private static readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    // Charts drawn by this build of the program: a new program version never reuses an older drawing.
    private static readonly string CodeVersion = typeof(ChartService).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    private readonly string? _diskCache;
    private readonly bool _reuse;
    private readonly ConcurrentDictionary<string, string> _thisBuild = new(StringComparer.Ordinal);

    /// <param name="diskCache">A folder where drawn charts are kept between runs (null: none).</param>
    /// <param name="reuse">False for --no-cache: every chart is drawn afresh, nothing is read or kept.</param>
    public ChartService(string? diskCache = null, bool reuse = true)
    {
        _diskCache = reuse ? diskCache : null;
        _reuse = reuse;
    }

    /// <summary>The default persistent cache: $XDG_CACHE_HOME/statiqreport/charts (or ~/.cache/...), outside every site root.</summary>
    public static string DefaultCacheFolder => Path.Combine(CacheRoot, "charts");

    /// <summary>
    /// StatiqReport's persistent cache (charts, parsed content): $XDG_CACHE_HOME/statiqreport or
    /// ~/.cache/statiqreport; on Windows %LOCALAPPDATA%\statiqreport, where per-user caches belong and
    /// roaming profiles do not copy them.
    /// </summary>
    public static string CacheRoot => Path.Combine(CacheBase(), "statiqreport");

    private static string CacheBase()
    {
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg) return xdg;
        if (OperatingSystem.IsWindows()) return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
    }

    /// <summary>
    /// Charts are drawn and cached with this placeholder for their element ids, so the same chart on two
    /// pages (a system page and its report) is drawn once; each use gets its own ids.
    /// </summary>
    private const string IdToken = "chart-id-token";

    private static string WithId(string svg, string id) => svg.Replace(IdToken, id, StringComparison.Ordinal);

    /// <summary>A chart from memory, then from the disk cache, else drawn (and kept in both).</summary>
    private string Cached(string key, Func<string> draw)
    {
        if (!_reuse) return _thisBuild.GetOrAdd(key, _ => draw()); // a cold build still draws each chart once
        if (_cache.TryGetValue(key, out var hit)) return hit;
        string? file = _diskCache is null ? null : Path.Combine(_diskCache, CodeVersion[..8], key[..2], key + ".svg");
        if (file is not null)
        {
            try
            {
                if (File.Exists(file)) return _cache.GetOrAdd(key, File.ReadAllText(file));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        var svg = _cache.GetOrAdd(key, _ => draw());
        if (file is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
                File.WriteAllText(temp, svg);
                File.Move(temp, file, overwrite: true);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return svg;
    }

    private static bool LoadFonts()
    {
        var folder = Path.Combine(Output.ThemeAssets.BundledFolder, "fonts");
        Fonts.AddFontFile(FontFamily, Path.Combine(folder, "OpenSans-Regular.ttf"), bold: false, italic: false);
        Fonts.AddFontFile(FontFamily, Path.Combine(folder, "OpenSans-Bold.ttf"), bold: true, italic: false);
        return true;
    }

    /// <summary>
    /// A line of one system's values over time. A period that was not reported breaks the line (never
    /// zero, never interpolated) and is labelled; illustrative values are open circles.
    /// </summary>
    public virtual string? Trend(string id, SystemProfile system, MetricDefinition metric, IReadOnlyList<MetricValue> values, string summary, Localisation.Strings strings)
    {
        // A trend needs two reported periods; a single figure is clearer as the summary and table alone.
        if (values.Count(v => v.Value is not null) < 2) return null;
        var ordered = values.OrderBy(v => v.Period).ToList();
        var title = strings.F("chart.trend-title", ("metric", metric.Title), ("system", system.Name), ("from", ordered[0].Period.Display), ("to", ordered[^1].Period.Display));
        // "not reported" under a gap where there is room for it; with many periods (or gaps side by side) the short word.
        var gapLabel = ordered.Count <= 5 && !ordered.Zip(ordered.Skip(1)).Any(p => p.First.Value is null && p.Second.Value is null)
            ? strings["chart.not-reported"] : strings["chart.not-reported-short"];
        var key = Key("trend", title, metric.Unit, summary, gapLabel, string.Join(";", values.Select(v => $"{v.Period.Id}={v.Value}:{v.Illustrative}")));
        return WithId(Cached(key, () => DrawTrend(IdToken, title, gapLabel, metric, ordered, summary)), id);
    }

    private static string DrawTrend(string id, string title, string gapLabel, MetricDefinition metric, List<MetricValue> ordered, string summary)
    {
        var t = ChartTimings.Start();
        _ = FontsLoaded.Value;
        var (width, height) = (Width, 230);
        using var plot = NewPlot();
        var xs = Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray();
        // One line per run of reported values: a gap is a gap.
        var run = new List<int>();
        void Flush()
        {
            if (run.Count > 1)
            {
                var line = plot.Add.ScatterLine(run.Select(i => xs[i]).ToArray(), run.Select(i => ordered[i].Value!.Value).ToArray());
                line.Color = Blue;
                line.LineWidth = 3;
            }
            run.Clear();
        }
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Value is null) { Flush(); continue; }
            run.Add(i);
        }
        Flush();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Value is not { } v) continue;
            var marker = plot.Add.Marker(xs[i], v);
            marker.Size = 11;
            marker.Color = Blue;
            marker.MarkerStyle.LineColor = Blue;
            marker.MarkerStyle.LineWidth = 2;
            marker.MarkerStyle.Shape = ordered[i].Illustrative ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
        }
        var max = ordered.Where(v => v.Value is not null).Max(v => v.Value!.Value);
        var min = ordered.Where(v => v.Value is not null).Min(v => v.Value!.Value);
        var low = min >= 0 ? 0 : min * 1.1;
        var high = max <= 0 ? 0 : max * 1.18;
        if (high == low) high = low + 1;
        // Direct label on the latest reported value, so the figure is readable without the axis.
        var last = ordered.Last(v => v.Value is not null);
        var lastIndex = ordered.IndexOf(last);
        var label = plot.Add.Text(ChartLabel(last.Value!.Value, metric.Unit) + (last.Illustrative ? "*" : ""), xs[lastIndex], last.Value.Value);
        label.LabelBackgroundColor = Colors.White;
        label.LabelFontSize = FontPx + 1;
        label.LabelBold = true;
        label.LabelFontColor = Text;
        label.LabelFontName = FontFamily;
        // Put the label where the line is not: above-left of a rising line's end, below-left of a falling one's.
        var before = ordered.Take(lastIndex).LastOrDefault(v => v.Value is not null)?.Value;
        var falling = before is { } b && b > last.Value.Value;
        // Near the left edge the label runs to the right of the point, so it is never clipped.
        var leftHalf = lastIndex < ordered.Count / 2.0 - 0.5;
        label.LabelAlignment = (falling, leftHalf) switch
        {
            (true, false) => Alignment.UpperRight,
            (true, true) => Alignment.UpperLeft,
            (false, false) => Alignment.LowerRight,
            _ => Alignment.LowerLeft,
        };
        label.OffsetY = falling ? 10 : -10;
        label.OffsetX = leftHalf ? 4 : -4;
        foreach (var (v, i) in ordered.Select((v, i) => (v, i)).Where(x => x.v.Value is null))
        {
            var gap = plot.Add.Text(gapLabel, xs[i], low + (high - low) * 0.04);
            gap.LabelFontSize = FontPx - 1;
            gap.LabelFontColor = Text;
            gap.LabelFontName = FontFamily;
            gap.LabelAlignment = i == 0 ? Alignment.LowerLeft : i == ordered.Count - 1 ? Alignment.LowerRight : Alignment.LowerCenter;
        }
        // Label every other year when there are many, keeping the last.
        var step = ordered.Count > 4 ? 2 : 1;
        var ticks = Enumerable.Range(0, ordered.Count).Where(i => i % step == (ordered.Count - 1) % step).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => xs[i]).ToArray(), ticks.Select(i => ordered[i].Period.Display).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => AxisLabel(v, metric.Unit), MaxTickCount = 5 };
        plot.Axes.SetLimits(-0.5, ordered.Count - 0.5, low, high);
        t = ChartTimings.Stop(ChartTimings.Phase.Setup, t);
        var svg = plot.GetSvgXml(width, height);
        t = ChartTimings.Stop(ChartTimings.Phase.Svg, t);
        var done = SvgFinisher.Finish(svg, id, title, summary, width, height);
        ChartTimings.Stop(ChartTimings.Phase.Finish, t);
        return done;
    }

    /// <summary>Horizontal bars, largest first as given, each labelled with its value; illustrative bars are outlined, not filled, and say so.</summary>
    public virtual string? Bars(string id, string title, string summary, string unit, IReadOnlyList<ChartBar> bars)
    {
        // One bar compares nothing: the summary and table say it better.
        if (bars.Count < 2) return null;
        var key = Key("bars", title, summary, unit, string.Join(";", bars.Select(b => $"{b.Label}={b.Value}:{b.Illustrative}")));
        return WithId(Cached(key, () => DrawBars(IdToken, title, summary, unit, bars)), id);
    }

    private static string DrawBars(string id, string title, string summary, string unit, IReadOnlyList<ChartBar> bars)
    {
        var t = ChartTimings.Start();
        _ = FontsLoaded.Value;
        var width = Width;
        var height = 50 + 30 * bars.Count;
        using var plot = NewPlot();
        var n = bars.Count;
        var items = bars.Select((b, i) => new Bar
        {
            Position = n - 1 - i, // first bar at the top
            Value = b.Value,
            FillColor = b.Illustrative ? Color.FromHex("#FFFFFF") : Blue,
            LineColor = Blue,
            LineWidth = b.Illustrative ? 2 : 0,
            Label = ChartLabel(b.Value, unit) + (b.Illustrative ? "*" : ""),
            Size = 0.7,
        }).ToList();
        var plottable = plot.Add.Bars(items);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = FontPx - 1;
        plottable.ValueLabelStyle.FontName = FontFamily;
        plottable.ValueLabelStyle.ForeColor = Text;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), bars.Select(b => Shorten(b.Label, 18)).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => AxisLabel(v, unit), MaxTickCount = 4 };
        var max = Math.Max(bars.Max(b => b.Value), 0);
        var min = Math.Min(bars.Min(b => b.Value), 0);
        // Room to the right of the longest bar for its label (about 0.6 em a character).
        var longest = items.Max(i => i.Label.Length);
        var fontPx = FontPx - 1;
        var plotPx = width * 0.45;
        var room = Math.Min(0.8, (longest * 0.62 * fontPx + 10) / plotPx);
        plot.Axes.SetLimits(min * 1.1, max == 0 ? 1 : max / (1 - room), -0.6, n - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        t = ChartTimings.Stop(ChartTimings.Phase.Setup, t);
        var svg = plot.GetSvgXml(width, height);
        t = ChartTimings.Stop(ChartTimings.Phase.Svg, t);
        var done = SvgFinisher.Finish(svg, id, title, summary, width, height);
        ChartTimings.Stop(ChartTimings.Phase.Finish, t);
        return done;
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.Axes.Color(Text);
        plot.Grid.MajorLineColor = Grid;
        var font = FontPx;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = font;
        plot.Axes.Left.TickLabelStyle.FontSize = font;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Top.MinimumSize = 16; // room for the top tick label
        plot.Axes.Right.MinimumSize = 16;
        return plot;
    }

    /// <summary>Axis labels by unit, compact for money ("£1.2m"), never "2,015" for years.</summary>
    private static string AxisLabel(double v, string unit) => unit switch
    {
        "gbp" => NumberFormatter.Money(v),
        "percent" => NumberFormatter.Plain(v, 1) + "%",
        _ => Math.Abs(v) >= 1e6 ? NumberFormatter.Plain(v / 1e6, 1) + "m" : NumberFormatter.Plain(v, 1),
    };

    /// <summary>A value label inside a chart: compact money, and for other units the number alone (the caption names the unit).</summary>
    private static string ChartLabel(double v, string unit) => unit switch
    {
        "gbp" or "percent" => NumberFormatter.Format(v, unit),
        _ => NumberFormatter.Plain(v, 2),
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";

    private static string Key(params string[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts))));
}
