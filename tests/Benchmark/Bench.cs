using System.Text.RegularExpressions;

namespace StatiqReport.Benchmark;

/// <summary>One timed build: the process, the pages it made and how many files it wrote.</summary>
internal sealed record Build(ProcessRun Run, int Pages, OutputStats Output, int Written, BuildLine? Line)
{
    public double PagesPerSecond => Pages / Run.Wall.TotalSeconds;
}

/// <summary>One round: the four builds in the order they ran, and the load average just before.</summary>
internal sealed record Round(int Number, string Load, Build StatiqCold, Build HugoCold, Build StatiqWarm, Build HugoWarm);

/// <summary>
/// The benchmark itself: the corpus, the program, the interleaved rounds, the byte-identical check,
/// the preview and the table. Each round runs StatiqReport cold, Hugo cold, StatiqReport warm and Hugo
/// warm back to back, so a change in the machine's load hits both programs alike; only medians count.
/// </summary>
internal static partial class Bench
{
    /// <summary>Runs everything; false when two cold builds differed (the table is still printed).</summary>
    public static bool Run(Options o)
    {
        var started = DateTime.UtcNow;
        var loadBefore = Measure.LoadAverage();
        Console.WriteLine($"{Environment.ProcessorCount} CPUs; load average before the run: {loadBefore}");
        if (o.Runs < 5) Console.WriteLine($"Quick check: {o.Runs} round(s); the issue's figures need at least five (the default).");
        var repo = FindRepo();
        Directory.CreateDirectory(o.Dir);
        var dir = o.Dir;
        var corpusDir = Path.Combine(dir, "corpus");

        Console.WriteLine($"Generating the corpus (seed {o.Seed}) into {corpusDir}");
        var corpus = new Corpus(corpusDir, o.Seed).Write();
        var launcher = Launcher.Prepare(o.Kind, repo, dir);
        Console.WriteLine($"Program: {launcher.Describe}\n  {launcher.Show("build", "...")}");

        Console.WriteLine("Validating the corpus");
        var validated = Measure.Check("validate (the generated corpus must be valid content)", launcher.Program, [.. launcher.Args("validate", "--root", corpusDir)]);
        if (!validated.Contains("Validation succeeded", StringComparison.Ordinal))
            throw new BenchmarkFailure($"validate did not report success:\n{validated}");

        var hugo = FindOnPath(OperatingSystem.IsWindows() ? "hugo.exe" : "hugo")
            ?? throw new BenchmarkFailure("hugo is not on PATH; the benchmark compares with it (apt-get install -y hugo)");
        var hugoDir = Path.Combine(dir, "hugo");
        HugoSite.Write(hugoDir, corpus.CaseStudies);
        var hugoVersion = HugoVersion().Match(Measure.Check("hugo version", hugo, "version")) is { Success: true } v ? $"Hugo {v.Groups[1].Value}" : "Hugo";

        var edited = corpus.CaseStudies[corpus.CaseStudies.Count / 2];
        var statiqEdit = new TitleEdit(Path.Combine(corpusDir, "data", "case-studies", edited.System, edited.Id + ".yml"), edited.Title);
        var hugoEdit = new TitleEdit(Path.Combine(hugoDir, "content", "case-studies", edited.Id + ".md"), edited.Title);
        var page = Path.Combine("case-studies", edited.Id, "index.html");

        // StatiqReport's persistent cache (charts, parsed case studies) lives in DIR/cache, never in the
        // user's own; --no-cache builds neither read nor write it.
        var cache = Path.Combine(dir, "cache");
        var env = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cache };
        var coldOut = Path.Combine(dir, "out-cold");
        var warmOut = Path.Combine(dir, "out-warm");
        var hugoColdOut = Path.Combine(dir, "hugo-cold-out");
        var hugoColdCache = Path.Combine(dir, "hugo-cold-cache");
        var hugoWarmOut = Path.Combine(dir, "hugo-warm-out");
        var hugoWarmCache = Path.Combine(dir, "hugo-warm-cache");
        foreach (var d in (string[])[cache, coldOut, warmOut, hugoColdOut, hugoColdCache, hugoWarmOut, hugoWarmCache]) Launcher.DeleteFolder(d);

        string[] StatiqBuild(string output, bool cold) =>
            [.. launcher.Args([.. cold ? ["build", "--no-cache"] : (string[])["build"], "--timings", "--root", corpusDir, "--output", output])];
        string[] HugoBuild(string output, string hugoCache) => ["--quiet", "-s", hugoDir, "-d", output, "--cacheDir", hugoCache];

        // The warm builds follow an earlier build, as a comms team's do: one untimed build of each fills
        // StatiqReport's cache and output and Hugo's output, then every round edits one title and builds again.
        Console.WriteLine("Priming the warm outputs (an earlier build of each, not timed)");
        Expect(Measure.Run(launcher.Program, StatiqBuild(warmOut, cold: false), env: env), "the priming build");
        Expect(Measure.Run(hugo, HugoBuild(hugoWarmOut, hugoWarmCache)), "the priming Hugo build");

        Console.WriteLine($"Each round: StatiqReport cold, {hugoVersion} cold, StatiqReport warm, {hugoVersion} warm; the edit: {Path.GetRelativePath(corpusDir, statiqEdit.Location)}");
        TreeHash? firstCold = null;
        var identical = true;
        var differences = new List<string>();
        var rounds = new List<Round>();
        for (var i = 1; i <= o.Runs; i++)
        {
            var load = Measure.LoadAverage();
            Console.WriteLine($"Round {i} of {o.Runs} (load average {load})");

            Launcher.DeleteFolder(coldOut);
            var statiqCold = StatiqTimed("StatiqReport cold", Measure.Run(launcher.Program, StatiqBuild(coldOut, cold: true), env: env), coldOut, null);
            var hash = TreeHash.Of(coldOut);
            if (firstCold is null) firstCold = hash;
            else if (hash.Differences(firstCold) is { Count: > 0 } diff)
            {
                identical = false;
                differences.AddRange(diff.Take(10).Select(f => $"round {i}: {f}"));
                Console.WriteLine($"  cold output differs from round 1 in {diff.Count} file(s), e.g. {diff[0]}");
            }

            Launcher.DeleteFolder(hugoColdOut);
            Launcher.DeleteFolder(hugoColdCache);
            var hugoCold = HugoTimed($"{hugoVersion} cold", Measure.Run(hugo, HugoBuild(hugoColdOut, hugoColdCache)), hugoColdOut, null);

            var marker = $"(benchmark edit {i})";
            Build statiqWarm, hugoWarm;
            var before = WriteTimes.Of(warmOut);
            statiqEdit.Apply(marker);
            try { statiqWarm = StatiqTimed("StatiqReport warm", Measure.Run(launcher.Program, StatiqBuild(warmOut, cold: false), env: env), warmOut, before); }
            finally { statiqEdit.Restore(); }
            CheckPublished(Path.Combine(warmOut, page), marker, "StatiqReport's warm build");

            before = WriteTimes.Of(hugoWarmOut);
            hugoEdit.Apply(marker);
            try { hugoWarm = HugoTimed($"{hugoVersion} warm", Measure.Run(hugo, HugoBuild(hugoWarmOut, hugoWarmCache)), hugoWarmOut, before); }
            finally { hugoEdit.Restore(); }
            CheckPublished(Path.Combine(hugoWarmOut, page), marker, "Hugo's warm build");

            rounds.Add(new Round(i, load, statiqCold, hugoCold, statiqWarm, hugoWarm));
        }
        var coldBuilds = o.Runs;
        if (o.Runs == 1)
        {
            // One round made one cold output: make a second, untimed, to compare.
            Console.WriteLine("A second cold build (not timed) for the byte-identical check");
            Launcher.DeleteFolder(coldOut);
            Expect(Measure.Run(launcher.Program, StatiqBuild(coldOut, cold: true), env: env), "the second cold build");
            var diff = TreeHash.Of(coldOut).Differences(firstCold!);
            identical = diff.Count == 0;
            differences.AddRange(diff.Take(10));
            coldBuilds = 2;
        }
        var sameBytes = new Identity(identical, coldBuilds, firstCold!.Count, differences);

        PreviewTiming.Result? preview = null;
        if (o.Edits > 0)
        {
            Console.WriteLine($"Preview: {o.Edits} edits of {Path.GetRelativePath(corpusDir, statiqEdit.Location)}, polling the page every 10 ms");
            preview = PreviewTiming.Run(launcher, corpusDir, statiqEdit, $"case-studies/{edited.Id}/", env, o.Edits);
        }

        var table = Table.Markdown(new TableInput(o, started, loadBefore, launcher, hugoVersion, corpus, rounds, sameBytes, preview));
        Console.WriteLine();
        Console.WriteLine(table);
        var results = Path.Combine(dir, "results.md");
        File.WriteAllText(results, table);
        Console.WriteLine($"Written to {results}");
        if (!identical) Console.Error.WriteLine($"BENCHMARK FAILED: two cold builds of the same corpus were not byte-identical:\n  {string.Join("\n  ", differences)}");
        return identical;
    }

    private static Build StatiqTimed(string what, ProcessRun run, string output, WriteTimes? before)
    {
        Expect(run, what);
        var line = BuildLine.Parse(run.Stdout) ?? throw new BenchmarkFailure($"no 'Build succeeded: ...' line in the output of {what}:\n{run.Stdout}");
        var build = new Build(run, line.Pages, OutputStats.Of(output), Written(before, output), line);
        Console.WriteLine($"  {what}: {run.Wall.TotalSeconds:0.00} s, peak {Table.Mib(run.PeakRssKiB)}, {build.PagesPerSecond:N0} pages/s, wrote {build.Written:N0} files: {line.Text}");
        return build;
    }

    private static Build HugoTimed(string what, ProcessRun run, string output, WriteTimes? before)
    {
        Expect(run, what);
        var stats = OutputStats.Of(output);
        var build = new Build(run, stats.HtmlFiles, stats, Written(before, output), null);
        Console.WriteLine($"  {what}: {run.Wall.TotalSeconds:0.00} s, peak {Table.Mib(run.PeakRssKiB)}, {build.PagesPerSecond:N0} pages/s, {stats.HtmlFiles:N0} pages, wrote {build.Written:N0} files");
        return build;
    }

    private static int Written(WriteTimes? before, string output) =>
        before is null ? OutputStats.Of(output).Files : before.WrittenIn(WriteTimes.Of(output));

    private static void Expect(ProcessRun run, string what)
    {
        if (run.ExitCode != 0)
            throw new BenchmarkFailure($"{what} failed (exit {run.ExitCode})\n{Measure.Tail(run.Stdout, 20)}\n{Measure.Tail(run.Stderr, 60)}");
    }

    private static void CheckPublished(string page, string marker, string what)
    {
        if (!File.Exists(page) || !File.ReadAllText(page).Contains(marker, StringComparison.Ordinal))
            throw new BenchmarkFailure($"{what} did not publish the edited title '{marker}' in {page}");
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

/// <summary>Whether every cold build wrote the same bytes as the first.</summary>
internal sealed record Identity(bool Same, int Builds, int Files, IReadOnlyList<string> Differences);
