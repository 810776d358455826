using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using StatiqReport.Model;

namespace StatiqReport.Charts;

/// <summary>A bar in a comparison or funnel chart.</summary>
public sealed record ChartBar(string Label, double Value, bool Illustrative);

/// <summary>
/// Draws the site's charts as inline SVG at build time (no script needed to see them). Every chart has
/// a text alternative; the exact values are always in a table beside it.
/// The SVG is written by our own small writer (TrendChart, BarChart, ChartSvg), with text widths from the
/// bundled font (ChartFont), not by a plotting library: a national site draws about 3,500 charts in a
/// cold build, and ScottPlot 5's SVG path cost 1-8 ms a chart (2.7 ms a trend, 7.8 ms a 49-bar comparison),
/// most of the build, for two chart shapes that need a few dozen elements each; this writer takes tens of
/// microseconds (README, Performance, has the figures from tests/Benchmark's chart timing).
/// Identical inputs give identical bytes; a chart already drawn in this process is reused.
/// One drawing serves every width: it is drawn small (Width px, text at 14 px) and scales with its
/// viewBox, so on a 320 px phone its text is about 12 px and at its widest (32rem) about 21 px; as it
/// scales uniformly, labels that do not overlap in the drawing overlap at no width. (Two drawings, wide
/// and narrow, doubled every page's chart markup and the drawing time for text 1 px larger on phones.)
/// </summary>
public class ChartService
{
    public const string FontFamily = "Open Sans"; // not interface text
    /// <summary>The width every chart is drawn at, in px (its viewBox).</summary>
    public const int Width = 340;
    /// <summary>The size of the charts' text in the drawing, in px (value labels are 1 px smaller, the latest value 1 px larger).</summary>
    public const int FontPx = 14;
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
        return WithId(Cached(key, () => Open(TrendChart.Height, title, summary) + TrendChart.Draw(gapLabel, strings["chart.not-reported-short"], metric.Unit, ordered)), id);
    }

    /// <summary>Horizontal bars, largest first as given, each labelled with its value; illustrative bars are outlined, not filled, and say so.</summary>
    public virtual string? Bars(string id, string title, string summary, string unit, IReadOnlyList<ChartBar> bars)
    {
        // One bar compares nothing: the summary and table say it better.
        if (bars.Count < 2) return null;
        var key = Key("bars", title, summary, unit, string.Join(";", bars.Select(b => $"{b.Label}={b.Value}:{b.Illustrative}")));
        return WithId(Cached(key, () => Open(BarChart.HeightFor(bars.Count), title, summary) + BarChart.Draw(unit, bars)), id);
    }

    /// <summary>
    /// The root element: a viewBox (it scales with the page), role="img" named by its title and described
    /// by its summary, and the font, size and colour its text inherits.
    /// </summary>
    private static string Open(int height, string title, string description)
    {
        var t = ChartTimings.Start();
        var open = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{IdToken}-title {IdToken}-desc\" focusable=\"false\" class=\"chart-svg\" font-family=\"{FontFamily}, sans-serif\" font-size=\"{FontPx}\" fill=\"{ChartSvg.Text}\">" +
                   $"<title id=\"{IdToken}-title\">{WebUtility.HtmlEncode(title)}</title><desc id=\"{IdToken}-desc\">{WebUtility.HtmlEncode(description)}</desc>";
        ChartTimings.Stop(ChartTimings.Phase.Finish, t);
        return open;
    }

    private static string Key(params string[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts))));
}
