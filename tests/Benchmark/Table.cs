using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace StatiqReport.Benchmark;

internal sealed record TableInput(
    Options Options, DateTime Started, string LoadBefore, Launcher Launcher, string Hugo, CorpusSummary Corpus,
    IReadOnlyList<Round> Rounds, Identity SameBytes, PreviewTiming.Result? Preview);

/// <summary>The benchmark's result as Markdown, ready for the README: the table, the targets, the conditions.</summary>
internal static class Table
{
    /// <summary>The cold build's memory target: 600 MB (decimal megabytes, as the issue states it).</summary>
    private const double ColdMemoryTargetBytes = 600e6;

    private sealed record Column(string Name, Func<Round, Build> Of, Func<Round, Build>? Hugo);

    public static string Markdown(TableInput t)
    {
        var r = t.Rounds;
        Column[] columns =
        [
            new("StatiqReport cold (`--no-cache`)", x => x.StatiqCold, x => x.HugoCold),
            new($"{t.Hugo} cold", x => x.HugoCold, null),
            new("StatiqReport warm (one title edited)", x => x.StatiqWarm, x => x.HugoWarm),
            new($"{t.Hugo} warm (the same edit)", x => x.HugoWarm, null),
        ];
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"## StatiqReport benchmark, {t.Started:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Program: {t.Launcher.Describe}. {r.Count} interleaved round(s), medians (range){(r.Count < 5 ? " — a quick check: fewer than the five rounds the figures need" : "")}. "
            + $"{Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription.Trim()}. Load average (1 / 5 / 15 min) before the run {t.LoadBefore}; "
            + $"before each round {string.Join("; ", r.Select(x => x.Load))}.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| measure | {string.Join(" | ", columns.Select(c => c.Name))} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(columns.Select(_ => " ---: |"))}");
        void Row(string name, Func<Column, string> cell) => sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", columns.Select(cell))} |");
        Row("pages", c => $"{Spread.Of(r.Select(x => (double)c.Of(x).Pages)).Median:N0}");
        Row("wall time", c => Seconds(r, c.Of).Show("0.00", " s"));
        Row("pages per second", c => $"{PagesPerSecond(r, c.Of):N0}");
        Row("ratio to Hugo (pages/s)", c => c.Hugo is { } h ? Ratio(r, c.Of, h) : "");
        Row("peak memory", c => Mib(Median(r, x => c.Of(x).Run.PeakRssKiB)));
        Row("CPU time (user + system)", c => Median(r, x => c.Of(x).Run.Cpu?.TotalSeconds) is { } s ? $"{s:0.0} s" : "n/a");
        Row("files written", c => $"{Spread.Of(r.Select(x => (double)c.Of(x).Written)).Median:N0} of {c.Of(r[^1]).Output.Files:N0}");
        Row("output size", c => $"{c.Of(r[^1]).Output.Bytes / 1048576.0:N0} MiB");
        sb.AppendLine();
        if (t.Preview is { } p)
            sb.AppendLine(CultureInfo.InvariantCulture, $"Preview, one case study's title edited, {p.EditMs.Count} edits: served **{Spread.Of(p.EditMs).Show("0", " ms")}** after the file was written "
                + $"(polled every 10 ms; the preview waits 150 ms for the editor to finish saving). The preview served its first build after {p.StartSeconds:0.0} s; stopped by {p.Stop}.");
        else
            sb.AppendLine("Preview: not timed (`--edits 0`).");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Two cold builds byte-identical: **{(t.SameBytes.Same ? "yes" : "no")}** (SHA-256 of all {t.SameBytes.Files:N0} files of {t.SameBytes.Builds} cold outputs compared).");
        sb.AppendLine();
        Targets(sb, t, r);
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"How: each round runs, back to back, StatiqReport cold (`build --no-cache` into an empty output), {t.Hugo} cold (empty output and `--cacheDir`), "
            + $"StatiqReport warm (one case study's title edited, `build` into the output of earlier builds with the persistent cache; the new title checked in its page; the file restored) and "
            + $"{t.Hugo} warm (the same edit on the Hugo copy, `hugo` again into its existing output and cache dir). Hugo keeps nothing between runs but its output and a cache of fetched and processed "
            + $"resources (this site has none), so its warm build reads and renders every page again and writes every file into the existing output (\"files written\" counts files with a new modification time). "
            + $"Ratios pair each StatiqReport build with the Hugo build of the same kind in the same round: the median of the per-round ratios, its range, and the ratio of the medians. "
            + $"Hugo builds a much smaller site from the same {t.Corpus.CaseStudies.Count:N0} case studies (no charts, metrics, reports, data files or search index), so the ratio is a reference point, not a like-for-like race. "
            + $"Peak memory and CPU time by {r[0].StatiqCold.Run.MemoryMethod}.");
        sb.AppendLine();
        StageTable(sb, "StatiqReport stage, cold (median round)", r, x => x.StatiqCold);
        sb.AppendLine();
        StageTable(sb, "StatiqReport stage, warm (median round)", r, x => x.StatiqWarm);
        return sb.ToString();
    }

    private static void Targets(StringBuilder sb, TableInput t, IReadOnlyList<Round> r)
    {
        var warm = Spread.Of(r.Select(x => x.StatiqWarm.PagesPerSecond / x.HugoWarm.PagesPerSecond)).Median;
        var cold = Spread.Of(r.Select(x => x.StatiqCold.PagesPerSecond / x.HugoCold.PagesPerSecond)).Median;
        var memory = Median(r, x => x.StatiqCold.Run.PeakRssKiB);
        sb.AppendLine("Targets (issue 20), on the medians of this run:");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {Mark(warm >= 2)} warm build ≥ 2× Hugo's pages per second: {warm:0.00}×");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {Mark(cold >= 0.5)} cold build ≥ 0.5× Hugo's pages per second: {cold:0.00}×");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {(memory is { } m ? Mark(m * 1024 <= ColdMemoryTargetBytes) : "?")} cold peak memory ≤ 600 MB: {(memory is { } k ? $"{k * 1024 / 1e6:N0} MB ({Mib(k)})" : "n/a")}");
        if (t.Preview is { } p)
        {
            var ms = Spread.Of(p.EditMs).Median;
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {Mark(ms <= 300)} preview edit served ≤ 300 ms: {ms:0} ms");
        }
        else
            sb.AppendLine("- ? preview edit served ≤ 300 ms: not timed");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {Mark(t.SameBytes.Same)} two cold builds byte-identical; {Mark(true)} every warm build published the edit (checked in the page)");
    }

    private static string Mark(bool ok) => ok ? "✓" : "✗";

    private static Spread Seconds(IReadOnlyList<Round> r, Func<Round, Build> of) => Spread.Of(r.Select(x => of(x).Run.Wall.TotalSeconds));

    /// <summary>Pages ÷ the median wall time.</summary>
    private static double PagesPerSecond(IReadOnlyList<Round> r, Func<Round, Build> of) =>
        Spread.Of(r.Select(x => (double)of(x).Pages)).Median / Seconds(r, of).Median;

    private static string Ratio(IReadOnlyList<Round> r, Func<Round, Build> of, Func<Round, Build> hugo)
    {
        var perRound = Spread.Of(r.Select(x => of(x).PagesPerSecond / hugo(x).PagesPerSecond));
        return string.Create(CultureInfo.InvariantCulture, $"**{perRound.Show("0.00", "×")}**; of medians {PagesPerSecond(r, of) / PagesPerSecond(r, hugo):0.00}×");
    }

    private static double? Median(IReadOnlyList<Round> r, Func<Round, double?> of)
    {
        var values = r.Select(of).OfType<double>().ToList();
        return values.Count == 0 ? null : Spread.Of(values).Median;
    }

    private static double? Median(IReadOnlyList<Round> r, Func<Round, long?> of) => Median(r, x => of(x) is { } v ? (double)v : null);

    public static string Mib(double? kib) => kib is { } k ? $"{k / 1024.0:N0} MiB" : "n/a";

    public static string Mib(long? kib) => Mib(kib is { } k ? (double)k : null);

    /// <summary>Time per stage of the round whose wall time is the median, and what is left (process start, runtime, JIT, exit).</summary>
    private static void StageTable(StringBuilder sb, string title, IReadOnlyList<Round> r, Func<Round, Build> of)
    {
        var build = r.Select(of).OrderBy(b => b.Run.Wall).ElementAt((r.Count - 1) / 2);
        if (build.Line is not { } line) return;
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {title} | time | share of wall time |");
        sb.AppendLine("| --- | ---: | ---: |");
        var wallMs = build.Run.Wall.TotalMilliseconds;
        foreach (var (name, ms) in line.Stages)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ms:N0} ms | {ms / wallMs:P0} |");
        var other = wallMs - line.Stages.Sum(s => s.Ms);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| process start, runtime, JIT, exit (wall − stages) | {other:N0} ms | {other / wallMs:P0} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **wall time** | **{wallMs:N0} ms** | 100 % |");
    }
}
