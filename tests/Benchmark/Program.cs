using System.Globalization;

namespace StatiqReport.Benchmark;

/// <summary>
/// dotnet run -c Release --project tests/Benchmark -- [--out DIR] [--seed N] [--runs N] [--edits M] [--no-r2r | --framework-dependent]
/// Generates a synthetic national corpus, makes StatiqReport as the release zip is made and checks the
/// corpus with `validate`; then, round by round, times StatiqReport cold, Hugo cold, StatiqReport warm
/// and Hugo warm on the same case studies, checks that cold builds are byte-identical, times an edit in
/// `preview`, and prints a Markdown table (also DIR/results.md). See README.md beside this file.
/// </summary>
internal static class Program
{
    private const string DefaultOut = "/tmp/statiqreport-bench";
    private const int DefaultSeed = 20240816;

    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--charts") return ChartTiming.Run(args[1..]);
        string outDir = DefaultOut;
        var seed = DefaultSeed;
        var runs = 5;
        var edits = 8;
        var kind = ProgramKind.Release;
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
                case "--edits" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 0 and <= 100:
                    edits = m; i++;
                    break;
                case "--no-r2r":
                    kind = ProgramKind.ReleaseWithoutReadyToRun;
                    break;
                case "--framework-dependent":
                    kind = ProgramKind.FrameworkDependent;
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
            return Bench.Run(new Options(Path.GetFullPath(outDir), seed, runs, edits, kind)) ? 0 : 1;
        }
        catch (BenchmarkFailure e)
        {
            Console.Error.WriteLine($"BENCHMARK FAILED: {e.Message}");
            return 1;
        }
    }

    private const string Usage = """
        usage: dotnet run -c Release --project tests/Benchmark -- [--out DIR] [--seed N] [--runs N] [--edits M] [--no-r2r | --framework-dependent]
          --out DIR              working folder (default /tmp/statiqreport-bench); its contents are replaced each run
          --seed N               seed of the synthetic corpus (default 20240816); the same seed gives the same corpus
          --runs N               rounds of the four builds (default 5; fewer only for a quick check)
          --edits M              edits timed in preview (default 8; 0 skips the preview)
          --no-r2r               time the release zip made without ReadyToRun, to see what ReadyToRun buys
          --framework-dependent  time `dotnet StatiqReport.dll` (a plain Release build) instead of the release zip
        """;
}

/// <summary>What the user asked for.</summary>
internal sealed record Options(string Dir, int Seed, int Runs, int Edits, ProgramKind Kind);
