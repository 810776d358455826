using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace StatiqReport.Benchmark;

/// <summary>Median and range of a few measurements (the median of an even count is the mean of the middle two).</summary>
internal sealed record Spread(double Median, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        if (v.Count == 0) throw new InvalidOperationException("no values");
        var median = v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
        return new Spread(median, v[0], v[^1]);
    }

    /// <summary>"1.61 s (1.58–1.65)" with the given format and unit.</summary>
    public string Show(string format, string unit = "") =>
        string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)}{unit} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}

internal sealed record OutputStats(int Files, int HtmlFiles, long Bytes)
{
    public static OutputStats Of(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        return new OutputStats(files.Count, files.Count(f => f.Extension == ".html"), files.Sum(f => f.Length));
    }
}

/// <summary>Every file of a folder with its last-write time, to count what a build wrote again.</summary>
internal sealed class WriteTimes
{
    private readonly Dictionary<string, DateTime> _times;

    private WriteTimes(Dictionary<string, DateTime> times) => _times = times;

    public int Count => _times.Count;

    public static WriteTimes Of(string dir) => new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(dir, f), File.GetLastWriteTimeUtc, StringComparer.Ordinal));

    /// <summary>Files that are new or have another last-write time in <paramref name="after"/>.</summary>
    public int WrittenIn(WriteTimes after) =>
        after._times.Count(kv => !_times.TryGetValue(kv.Key, out var t) || t != kv.Value);
}

/// <summary>The SHA-256 of every file of a folder, by relative path: two builds' outputs compared byte for byte.</summary>
internal sealed class TreeHash
{
    private readonly SortedDictionary<string, string> _hashes;

    private TreeHash(SortedDictionary<string, string> hashes) => _hashes = hashes;

    public int Count => _hashes.Count;

    public static TreeHash Of(string dir)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            using var s = File.OpenRead(f);
            hashes[Path.GetRelativePath(dir, f).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(s));
        }
        return new TreeHash(hashes);
    }

    /// <summary>The paths that are missing from one side or differ, sorted.</summary>
    public IReadOnlyList<string> Differences(TreeHash other) =>
        _hashes.Keys.Union(other._hashes.Keys).Order(StringComparer.Ordinal)
            .Where(k => !_hashes.TryGetValue(k, out var a) || !other._hashes.TryGetValue(k, out var b) || a != b).ToList();
}

/// <summary>One case study's title line, changed for a warm build and put back afterwards.</summary>
internal sealed class TitleEdit(string file, string title)
{
    private readonly string _original = File.ReadAllText(file);

    public string Location => file;

    /// <summary>Writes the file with the title followed by <paramref name="marker"/>.</summary>
    public void Apply(string marker)
    {
        var line = $"title: {Corpus.Q(title)}";
        if (!_original.Contains(line, StringComparison.Ordinal)) throw new BenchmarkFailure($"no '{line}' line in {file}");
        File.WriteAllText(file, _original.Replace(line, $"title: {Corpus.Q($"{title} ({marker})")}", StringComparison.Ordinal));
    }

    public void Restore() => File.WriteAllText(file, _original);
}

/// <summary>The generator's own summary: "Build succeeded: N pages, M files, W warnings (stage X ms, ...)."</summary>
internal sealed partial record BuildLine(string Text, int Pages, int Files, IReadOnlyList<(string Name, double Ms)> Stages)
{
    public static BuildLine? Parse(string stdout)
    {
        var m = Line().Match(stdout);
        if (!m.Success) return null;
        var stages = m.Groups["stages"].Value.Split(", ").Select(s => Stage().Match(s))
            .Where(s => s.Success).Select(s => (s.Groups["name"].Value, double.Parse(s.Groups["ms"].Value, CultureInfo.InvariantCulture))).ToList();
        return new BuildLine(m.Value.Trim(), Int(m.Groups["pages"].Value), Int(m.Groups["files"].Value), stages);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Build succeeded: (?<pages>[\d,]+) pages, (?<files>[\d,]+) files, [^(]*\((?<stages>[^()]*)\)\.", RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex(@"^(?<name>.+) (?<ms>\d+) ms$", RegexOptions.CultureInvariant)]
    private static partial Regex Stage();
}
