using System.Diagnostics;
using System.Globalization;
using StatiqReport.Charts;
using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Formatting;
using StatiqReport.Localisation;
using StatiqReport.Model;

namespace StatiqReport.Benchmark;

/// <summary>
/// dotnet run -c Release --project tests/Benchmark -- --charts [--rounds N] [--sets N]
/// Times the site's charts through the real ChartService, single-threaded, after a warm-up: trend
/// lines of one system's metric over 5 periods (one in three with a gap, one in four illustrative),
/// comparisons of the 49 systems' latest values, and case-study stage funnels. Every chart in a round
/// is distinct and a new ChartService (as `build --no-cache`) draws each once. Prints µs per chart by
/// kind (the median of the rounds) and where the time goes (ChartTimings' phases).
/// </summary>
internal static class ChartTiming
{
    private static readonly string[] Units = ["gbp", "percent", "count", "tonnes CO2e"];

    public static int Run(string[] args)
    {
        var rounds = 7;
        var sets = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--sets") sets = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
        var strings = LoadStrings();
        var kinds = new (string Name, List<Func<ChartService, string?>> Draws)[]
        {
            ("trend (5 periods)", Trends(strings, 200 * sets)),
            ("bars (49 systems)", Comparisons(40 * sets)),
            ("funnel (4 stages)", Funnels(100 * sets)),
        };
        Console.WriteLine($"Chart timing: {rounds} rounds after a warm-up, single-threaded; load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| kind | charts a round | µs per chart (median) | min–max | set-up | text measuring | SVG writing | finishing | other |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, draws) in kinds)
        {
            Round(draws); // warm-up: JIT, fonts, caches
            var totals = new List<double>();
            var phases = new List<double[]>();
            for (var r = 0; r < rounds; r++)
            {
                ChartTimings.Reset();
                ChartTimings.Enabled = true;
                var us = Round(draws);
                ChartTimings.Enabled = false;
                totals.Add(us / draws.Count);
                phases.Add(Enum.GetValues<ChartTimings.Phase>().Select(p => ChartTimings.Microseconds(p) / draws.Count).ToArray());
            }
            var median = Median(totals);
            var split = Enumerable.Range(0, 4).Select(i => Median(phases.Select(p => p[i]).ToList())).ToArray();
            var other = Math.Max(0, median - split.Sum());
            Console.WriteLine($"| {name} | {draws.Count} | {median:F0} | {totals.Min():F0}–{totals.Max():F0} | " +
                              string.Join(" | ", split.Select(v => v.ToString("F0", CultureInfo.InvariantCulture))) + $" | {other:F0} |");
        }
        Console.WriteLine();
        Console.WriteLine("Phases are ChartService's own (src/Charts/ChartTimings.cs); 'other' is the cache key, the id and what no phase covers.");
        return 0;
    }

    /// <summary>Draws every chart once with a fresh service (nothing reused); returns the µs taken.</summary>
    private static double Round(List<Func<ChartService, string?>> draws)
    {
        var service = new ChartService(reuse: false);
        var drawn = 0;
        var start = Stopwatch.GetTimestamp();
        foreach (var draw in draws)
            if (draw(service) is { Length: > 0 }) drawn++;
        var us = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        if (drawn != draws.Count) throw new InvalidOperationException($"only {drawn} of {draws.Count} charts were drawn");
        return us;
    }

    private static Strings LoadStrings()
    {
        var empty = Directory.CreateTempSubdirectory("chart-timing-");
        try
        {
            return StringsLoader.Load(new ContentRoot(empty.FullName), new DiagnosticBag())["en"];
        }
        finally { empty.Delete(recursive: true); }
    }

    /// <summary>System × metric series as the system and report pages chart them.</summary>
    private static List<Func<ChartService, string?>> Trends(Strings strings, int count)
    {
        var random = new Random(1);
        var draws = new List<Func<ChartService, string?>>();
        for (var n = 0; n < count; n++)
        {
            var info = Corpus.Systems[n % Corpus.Systems.Length];
            var system = new SystemProfile(info.Id, info.Name, info.Type, info.Nation, info.Region, null, null, [], info.WelshName, null,
                new Dictionary<Period, IReadOnlyDictionary<string, MaturityLevel>>(), SourceLocation.File("x"));
            var unit = Units[n % Units.Length];
            var metric = new MetricDefinition($"metric-{n}", "procurement", $"Metric number {n} of the national set", unit,
                n % 2 == 0 ? Better.Up : Better.Down, "A definition.", null);
            var scale = unit switch { "gbp" => 4e7, "percent" => 60, "count" => 900, _ => 12000 };
            var gap = n % 3 == 0 ? 1 + n % 3 : -1;
            var values = Enumerable.Range(0, 5).Select(i => new MetricValue(info.Id, metric.Id, new Period(2019 + i),
                i == gap ? null : Math.Round(scale * (0.5 + random.NextDouble()), 1), null, null, n % 4 == 0, SourceLocation.File("x"))).ToList();
            var summary = Summaries.Series(strings, metric, values);
            draws.Add(service => service.Trend($"metric-{metric.Id}-chart", system, metric, values, summary, strings));
        }
        return draws;
    }

    /// <summary>Every system's latest value, best first, as the metric and domain pages chart them.</summary>
    private static List<Func<ChartService, string?>> Comparisons(int count)
    {
        var random = new Random(2);
        var draws = new List<Func<ChartService, string?>>();
        for (var n = 0; n < count; n++)
        {
            var unit = Units[n % Units.Length];
            var scale = unit switch { "gbp" => 4e7, "percent" => 60, "count" => 900, _ => 12000 };
            var bars = Corpus.Systems.Select(s => new ChartBar(ShortName(s.Name), Math.Round(scale * random.NextDouble(), 1), true))
                .OrderByDescending(b => b.Value).ToList();
            var title = $"Metric number {n}: latest reported value by system";
            var summary = $"Highest {NumberFormatter.Format(bars[0].Value, unit)} ({bars[0].Label}), lowest {NumberFormatter.Format(bars[^1].Value, unit)}.";
            draws.Add(service => service.Bars($"compare-metric-{n}-chart", title, summary, unit, bars));
        }
        return draws;
    }

    /// <summary>A case study's stages (reached, trained, placed, employed), as its page charts them.</summary>
    private static List<Func<ChartService, string?>> Funnels(int count)
    {
        var random = new Random(3);
        var draws = new List<Func<ChartService, string?>>();
        for (var n = 0; n < count; n++)
        {
            var first = 100 + random.Next(900);
            var stages = new[] { "People reached", "Started training", "Completed training", "In work after six months" }
                .Select((label, i) => new ChartBar(label, Math.Round(first * Math.Pow(0.6, i)), n % 2 == 0)).ToList();
            var title = $"Stages of case study {n}";
            var summary = $"Of {stages[0].Value} people reached, {stages[^1].Value} were in work after six months.";
            draws.Add(service => service.Bars("stages-chart", title, summary, "count", stages));
        }
        return draws;
    }

    private static string ShortName(string name) =>
        name.Replace(" Integrated Care System", "", StringComparison.Ordinal).Replace(" University Health Board", "", StringComparison.Ordinal)
            .Replace(" Health and Care Partnership", "", StringComparison.Ordinal);

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }
}
