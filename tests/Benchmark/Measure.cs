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
        var useTime = File.Exists(GnuTime) && Environment.GetEnvironmentVariable("STATIQREPORT_BENCH_POLL") != "1";
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
                if (ReadVmHwm(p.Id) is { } kib) polled = Math.Max(polled ?? 0, kib);
                try { cpu = p.TotalProcessorTime; }
                catch (InvalidOperationException) { }
            }
        }
        p.WaitForExit();
        sw.Stop();

        long? peak = polled;
        var method = "polled /proc/<pid>/status VmHWM";
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

    private static long? ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
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
