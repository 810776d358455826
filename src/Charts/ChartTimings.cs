using System.Diagnostics;

namespace StatiqReport.Charts;

/// <summary>
/// Where a chart's drawing time goes, for the benchmark's chart timing (tests/Benchmark/ChartTiming.cs):
/// ticks spent in each phase while <see cref="Enabled"/> is set. Off during builds; single-threaded use only.
/// </summary>
public static class ChartTimings
{
    public enum Phase { Setup, Measure, Svg, Finish }

    public static bool Enabled { get; set; }
    private static readonly long[] Ticks = new long[4];

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="start"/> to a phase; returns now, the next phase's start.</summary>
    public static long Stop(Phase phase, long start)
    {
        if (!Enabled) return 0;
        var now = Stopwatch.GetTimestamp();
        Ticks[(int)phase] += now - start;
        return now;
    }

    public static void Reset() => Array.Clear(Ticks);

    public static double Microseconds(Phase phase) => Ticks[(int)phase] * 1e6 / Stopwatch.Frequency;
}
