using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StatiqReport.Benchmark;

internal sealed record ProcessRun(int ExitCode, TimeSpan Wall, long? PeakRssKiB, TimeSpan? Cpu, string MemoryMethod, string Stdout, string Stderr);

/// <summary>
/// Runs a program as a separate process and measures its wall time and peak resident memory: exactly,
/// with GNU time (/usr/bin/time, the child's ru_maxrss) where it is installed; otherwise by polling
/// /proc/&lt;pid&gt;/status VmHWM (the kernel's own high-water mark) every few milliseconds, which can
/// miss growth in the last few milliseconds before exit. CPU time (user + system) comes from the same
/// source. STATIQREPORT_BENCH_POLL=1 forces polling even where GNU time is installed.
/// </summary>
internal static partial class Measure
{
    private const string GnuTime = "/usr/bin/time";

    public static ProcessRun Run(string program, IReadOnlyList<string> args, string? workDir = null, IReadOnlyDictionary<string, string>? env = null)
    {
        // GNU time's -f is Linux's; macOS and BSD /usr/bin/time take other options.
        var useTime = OperatingSystem.IsLinux() && File.Exists(GnuTime) && Environment.GetEnvironmentVariable("STATIQREPORT_BENCH_POLL") != "1";
        var timeFile = useTime ? Path.GetTempFileName() : null;
        var psi = new ProcessStartInfo(useTime ? GnuTime : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Directory.GetCurrentDirectory(),
        };
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        if (useTime)
            foreach (var a in (string[])["-f", "%M %U %S", "-o", timeFile!, program]) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);

        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long? polled = null;
        TimeSpan? cpu = null;
        if (!useTime)
        {
            while (!p.WaitForExit(5))
            {
                if (ReadPeakKiB(p) is { } kib) polled = Math.Max(polled ?? 0, kib);
                try { cpu = p.TotalProcessorTime; }
                catch (InvalidOperationException) { }
            }
        }
        p.WaitForExit();
        sw.Stop();

        long? peak = polled;
        var method = OperatingSystem.IsLinux() ? "polled /proc/<pid>/status VmHWM" : "polled peak working set";
        if (useTime)
        {
            method = "GNU time (ru_maxrss)";
            // "%M %U %S": max RSS in KiB, user and system CPU seconds (after a "Command exited ..." line on failure).
            var last = File.ReadAllLines(timeFile!).Select(l => l.Trim().Split(' ')).LastOrDefault(f => f.Length == 3 && f[0].All(char.IsAsciiDigit));
            if (last is not null)
            {
                peak = long.Parse(last[0], CultureInfo.InvariantCulture);
                cpu = TimeSpan.FromSeconds(double.Parse(last[1], CultureInfo.InvariantCulture) + double.Parse(last[2], CultureInfo.InvariantCulture));
            }
            File.Delete(timeFile!);
        }
        return new ProcessRun(p.ExitCode, sw.Elapsed, peak, cpu, method, stdout.Result, stderr.Result);
    }

    /// <summary>The kernel's high-water mark on Linux; elsewhere the peak working set .NET reports (Windows has one).</summary>
    private static long? ReadPeakKiB(Process p)
    {
        if (!OperatingSystem.IsLinux())
        {
            try { p.Refresh(); return p.PeakWorkingSet64 / 1024; }
            catch (InvalidOperationException) { return null; }
        }
        try
        {
            foreach (var line in File.ReadLines($"/proc/{p.Id}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or a note where there is none.</summary>
    public static string LoadAverage()
    {
        try { return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "n/a (no /proc/loadavg on this platform)"; }
        catch (UnauthorizedAccessException) { return "n/a (/proc/loadavg not readable)"; }
    }

    /// <summary>Runs a helper command (a build, validate) and fails loudly, with its output, if it fails.</summary>
    public static string Check(string what, string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new BenchmarkFailure($"{what} failed (exit {p.ExitCode}): {program} {string.Join(' ', args)}\n{Tail(stdout.Result, 40)}\n{Tail(stderr.Result, 60)}");
        return stdout.Result;
    }

    public static string Tail(string text, int lines)
    {
        var all = text.TrimEnd().Split('\n');
        return all.Length <= lines ? text.TrimEnd() : $"... ({all.Length - lines} lines before)\n" + string.Join('\n', all[^lines..]);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

internal sealed class BenchmarkFailure(string message) : Exception(message);
