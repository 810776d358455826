using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace StatiqReport.Benchmark;

/// <summary>
/// dotnet run -c Release --project tests/Benchmark -- [--out DIR] [--seed N] [--runs N]
/// Generates a synthetic national corpus, checks it with `validate`, times cold builds of it by the
/// Release StatiqReport.dll in a separate process and, where hugo is on PATH, a Hugo site of the same
/// case studies; prints a Markdown table. See README.md beside this file.
/// </summary>
internal static partial class Program
{
    private const string DefaultOut = "/tmp/statiqreport-bench";
    private const int DefaultSeed = 20240816;

    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--charts") return ChartTiming.Run(args[1..]);
        string outDir = DefaultOut;
        var seed = DefaultSeed;
        var runs = 1;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when value is not null:
                    outDir = value; i++;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
                    seed = s; i++;
                    break;
                case "--runs" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 50:
                    runs = r; i++;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"error: unexpected argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }
        try
        {
            Run(Path.GetFullPath(outDir), seed, runs);
            return 0;
        }
        catch (BenchmarkFailure e)
        {
            Console.Error.WriteLine($"BENCHMARK FAILED: {e.Message}");
            return 1;
        }
    }

    private const string Usage = """
        usage: dotnet run -c Release --project tests/Benchmark -- [--out DIR] [--seed N] [--runs N]
          --out DIR   working folder (default /tmp/statiqreport-bench): corpus/, bin/, out/, hugo/, hugo-out/; replaced each run
          --seed N    seed of the synthetic corpus (default 20240816); the same seed gives the same corpus
          --runs N    cold builds to time (default 1); with more, the run with the median wall time is reported
        """;

    private static void Run(string dir, int seed, int runs)
    {
        var repo = FindRepo();
        Directory.CreateDirectory(dir);
        var corpusDir = Path.Combine(dir, "corpus");
        var binDir = Path.Combine(dir, "bin");
        var outDir = Path.Combine(dir, "out");

        Console.WriteLine($"Generating the corpus (seed {seed}) into {corpusDir}");
        var sw = Stopwatch.StartNew();
        var corpus = new Corpus(corpusDir, seed).Write();
        var generateTime = sw.Elapsed;

        Console.WriteLine($"Building StatiqReport (Release) into {binDir}");
        Measure.Check("building StatiqReport", "dotnet", "build", "-c", "Release", Path.Combine(repo, "StatiqReport.csproj"), "-o", binDir, "-nologo", "-v", "quiet");
        var dll = Path.Combine(binDir, "StatiqReport.dll");

        Console.WriteLine("Validating the corpus");
        var validated = Measure.Check("validate (the generated corpus must be valid content)", "dotnet", dll, "validate", "--root", corpusDir);
        if (!validated.Contains("Validation succeeded", StringComparison.Ordinal))
            throw new BenchmarkFailure($"validate did not report success:\n{validated}");

        var load = LoadAverage();
        var builds = new List<(ProcessRun Run, BuildLine Line)>();
        for (var i = 1; i <= runs; i++)
        {
            Console.WriteLine($"Cold build {i} of {runs}: dotnet {dll} build --root {corpusDir} --output {outDir}");
            DeleteFolder(outDir);
            var run = Measure.Run("dotnet", [dll, "build", "--no-cache", "--timings", "--root", corpusDir, "--output", outDir]);
            if (run.ExitCode != 0)
                throw new BenchmarkFailure($"the build failed (exit {run.ExitCode})\n{Measure.Tail(run.Stdout, 20)}\n{Measure.Tail(run.Stderr, 60)}");
            var line = BuildLine.Parse(run.Stdout) ?? throw new BenchmarkFailure($"no 'Build succeeded: ...' line in the build's output:\n{run.Stdout}");
            Console.WriteLine($"  {run.Wall.TotalSeconds:0.00} s, peak {Mib(run.PeakRssKiB)}: {line.Text}");
            builds.Add((run, line));
        }
        var ordered = builds.OrderBy(b => b.Run.Wall).ToList();
        var (statiq, stages) = ordered[(ordered.Count - 1) / 2];
        var statiqOut = OutputStats.Of(outDir);

        // Warm: a build as a comms team runs it after an earlier build (persistent cache in use), once to
        // fill the cache, then after editing one case study's title: the edit-and-rebuild loop.
        var cacheDir = Path.Combine(dir, "cache");
        DeleteFolder(cacheDir);
        var env = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cacheDir };
        Console.WriteLine("Priming build (fills the chart cache, as an earlier build would)");
        var prime = Measure.Run("dotnet", [dll, "build", "--timings", "--root", corpusDir, "--output", outDir], env: env);
        if (prime.ExitCode != 0) throw new BenchmarkFailure($"the priming build failed (exit {prime.ExitCode})\n{Measure.Tail(prime.Stderr, 40)}");
        var edited = corpus.CaseStudies[corpus.CaseStudies.Count / 2];
        var editedFile = Path.Combine(corpusDir, "data", "case-studies", edited.System, edited.Id + ".yml");
        var original = File.ReadAllText(editedFile);
        var warmRuns = new List<(ProcessRun Run, BuildLine Line)>();
        try
        {
            for (var i = 1; i <= runs; i++)
            {
                File.WriteAllText(editedFile, original.Replace($"title: {Corpus.Q(edited.Title)}", $"title: {Corpus.Q($"{edited.Title} (edit {i})")}", StringComparison.Ordinal));
                Console.WriteLine($"Warm build {i} of {runs} after editing {Path.GetRelativePath(corpusDir, editedFile)}");
                var run = Measure.Run("dotnet", [dll, "build", "--timings", "--root", corpusDir, "--output", outDir], env: env);
                if (run.ExitCode != 0) throw new BenchmarkFailure($"the warm build failed (exit {run.ExitCode})\n{Measure.Tail(run.Stderr, 40)}");
                var line = BuildLine.Parse(run.Stdout) ?? throw new BenchmarkFailure($"no 'Build succeeded: ...' line in the warm build's output:\n{run.Stdout}");
                if (!File.ReadAllText(Path.Combine(outDir, "case-studies", edited.Id, "index.html")).Contains($"(edit {i})", StringComparison.Ordinal))
                    throw new BenchmarkFailure("the warm build did not publish the edited title");
                Console.WriteLine($"  {run.Wall.TotalSeconds:0.00} s, peak {Mib(run.PeakRssKiB)}: {line.Text}");
                warmRuns.Add((run, line));
            }
        }
        finally
        {
            File.WriteAllText(editedFile, original);
        }
        var (warm, warmStages) = warmRuns.OrderBy(b => b.Run.Wall).ElementAt((warmRuns.Count - 1) / 2);

        Side? hugo = null;
        var hugoPath = FindOnPath("hugo");
        if (hugoPath is not null)
        {
            var hugoDir = Path.Combine(dir, "hugo");
            var hugoOut = Path.Combine(dir, "hugo-out");
            var hugoCache = Path.Combine(dir, "hugo-cache");
            HugoSite.Write(hugoDir, corpus.CaseStudies);
            var version = Measure.Check("hugo version", hugoPath, "version").Trim();
            var hugoRuns = new List<ProcessRun>();
            for (var i = 1; i <= runs; i++)
            {
                Console.WriteLine($"Hugo build {i} of {runs}: hugo --quiet -s {hugoDir} -d {hugoOut}");
                DeleteFolder(hugoOut);
                DeleteFolder(hugoCache);
                var run = Measure.Run(hugoPath, ["--quiet", "-s", hugoDir, "-d", hugoOut, "--cacheDir", hugoCache]);
                if (run.ExitCode != 0)
                    throw new BenchmarkFailure($"hugo failed (exit {run.ExitCode})\n{Measure.Tail(run.Stdout, 20)}\n{Measure.Tail(run.Stderr, 40)}");
                Console.WriteLine($"  {run.Wall.TotalSeconds:0.00} s, peak {Mib(run.PeakRssKiB)}");
                hugoRuns.Add(run);
            }
            var median = hugoRuns.OrderBy(r => r.Wall).ElementAt((hugoRuns.Count - 1) / 2);
            var stats = OutputStats.Of(hugoOut);
            hugo = new Side(HugoVersion().Match(version) is { Success: true } m ? $"Hugo {m.Groups[1].Value}" : "Hugo", median, stats.HtmlFiles, stats, hugoRuns);
        }
        else
        {
            Console.WriteLine("hugo is not on PATH: skipping the comparison (apt-get install -y hugo)");
        }

        var statiqSide = new Side("StatiqReport", statiq, stages.Pages, statiqOut, builds.Select(b => b.Run).ToList());
        var warmSide = new Side("StatiqReport, warm", warm, warmStages.Pages, OutputStats.Of(outDir), warmRuns.Select(b => b.Run).ToList());
        Console.WriteLine();
        Console.WriteLine(Table(seed, corpus, generateTime, statiqSide, stages, warmSide, warmStages, hugo, load));
    }

    private static string Table(int seed, CorpusSummary corpus, TimeSpan generateTime, Side statiq, BuildLine stages, Side warm, BuildLine warmStages, Side? hugo, string load)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"## StatiqReport benchmark (seed {seed})");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}. Load average before the builds: {load} (other work on the machine slows the builds; compare runs on a quiet machine). Peak memory and CPU time by {statiq.Run.MemoryMethod}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {Corpus.Systems.Length} systems × {Corpus.Periods.Length} periods × {Corpus.Metrics.Length} metrics ({corpus.MetricValues:N0} values, {corpus.EmptyValues} empty), "
            + $"{corpus.CaseStudies.Count:N0} case studies (mean {corpus.MeanCaseStudyWords:0} words in faced/did/results), {corpus.Reports} reports, all illustrative; "
            + $"{corpus.Files:N0} files, {corpus.Bytes / 1048576.0:0.0} MiB, generated in {generateTime.TotalSeconds:0.0} s.");
        sb.AppendLine();
        var cols = hugo is null ? "| measure | StatiqReport, cold (`--no-cache`) | StatiqReport, warm (one case study edited) |\n| --- | ---: | ---: |"
            : $"| measure | StatiqReport, cold (`--no-cache`) | StatiqReport, warm (one case study edited) | {hugo.Name} |\n| --- | ---: | ---: | ---: |";
        sb.AppendLine(cols);
        void Row(string name, Func<Side, string> cell) =>
            sb.AppendLine(hugo is null ? $"| {name} | {cell(statiq)} | {cell(warm)} |" : $"| {name} | {cell(statiq)} | {cell(warm)} | {cell(hugo)} |");
        Row("what is built", s => s == hugo ? "case studies + list pages per principle, domain, system" : "the whole site (all page kinds, charts, data, feed, search index)");
        Row("pages (HTML)", s => s.Pages.ToString("N0", CultureInfo.InvariantCulture));
        Row("files written", s => s.Output.Files.ToString("N0", CultureInfo.InvariantCulture));
        Row("output size", s => $"{s.Output.Bytes / 1048576.0:0.0} MiB");
        Row("wall time", s => s.Runs.Count == 1 ? $"{s.Run.Wall.TotalSeconds:0.00} s"
            : $"{s.Run.Wall.TotalSeconds:0.00} s (median of {s.Runs.Count}: {s.Runs.Min(r => r.Wall).TotalSeconds:0.00}–{s.Runs.Max(r => r.Wall).TotalSeconds:0.00})");
        Row("pages per second", s => $"{s.PagesPerSecond:N0}");
        Row("peak memory (max RSS)", s => Mib(s.Run.PeakRssKiB));
        Row("CPU time (user + system)", s => s.Run.Cpu is { } c ? $"{c.TotalSeconds:0.0} s ({c / s.Run.Wall:0.0} of {Environment.ProcessorCount} CPUs busy)" : "n/a");
        sb.AppendLine();
        if (hugo is not null)
            sb.AppendLine(CultureInfo.InvariantCulture, $"Pages per second, StatiqReport ÷ {hugo.Name}: cold **{statiq.PagesPerSecond / hugo.PagesPerSecond:0.00}×**, warm **{warm.PagesPerSecond / hugo.PagesPerSecond:0.00}×** "
                + $"({hugo.Name} builds a much smaller site: no charts, metrics, reports or data files.)");
        else
            sb.AppendLine("hugo not on PATH: no comparison (apt-get install -y hugo).");
        sb.AppendLine();
        StageTable(sb, "StatiqReport stage", statiq, stages);
        sb.AppendLine();
        StageTable(sb, "StatiqReport stage, warm", warm, warmStages);
        return sb.ToString();
    }

    /// <summary>Time per stage of one build, and what is left of its wall time (process start, runtime, JIT, exit).</summary>
    private static void StageTable(StringBuilder sb, string title, Side side, BuildLine stages)
    {
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {title} | time | share of wall time |");
        sb.AppendLine("| --- | ---: | ---: |");
        var wallMs = side.Run.Wall.TotalMilliseconds;
        foreach (var (name, ms) in stages.Stages)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ms:N0} ms | {ms / wallMs:P0} |");
        var other = wallMs - stages.Stages.Sum(s => s.Ms);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| process start, runtime, JIT, exit (wall − stages) | {other:N0} ms | {other / wallMs:P0} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **wall time** | **{wallMs:N0} ms** | 100 % |");
    }

    /// <summary>The 1, 5 and 15 minute load averages, or "n/a" off Linux.</summary>
    private static string LoadAverage()
    {
        try { return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }

    private static string Mib(long? kib) => kib is { } k ? $"{k / 1024.0:N0} MiB" : "n/a";

    private static void DeleteFolder(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "StatiqReport.csproj"))) return d.FullName;
        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "StatiqReport.csproj"))) return cwd;
        throw new BenchmarkFailure("cannot find StatiqReport.csproj above the benchmark or in the current folder; run from the repository root");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"v(\d+\.\d+\.\d+)")]
    private static partial Regex HugoVersion();
}

internal sealed record Side(string Name, ProcessRun Run, int Pages, OutputStats Output, IReadOnlyList<ProcessRun> Runs)
{
    public double PagesPerSecond => Pages / Run.Wall.TotalSeconds;
}

internal sealed record OutputStats(int Files, int HtmlFiles, long Bytes)
{
    public static OutputStats Of(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        return new OutputStats(files.Count, files.Count(f => f.Extension == ".html"), files.Sum(f => f.Length));
    }
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
