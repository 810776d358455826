using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace StatiqReport.Benchmark;

/// <summary>
/// Times an edit in `preview`: starts the program's preview on the corpus, waits for it to serve, then
/// for each edit changes one case study's title and polls its page over HTTP every 10 ms until the new
/// title is served, timing from just before the file is written to the first response that has it.
/// Between edits it waits for the rebuild to be reported, so each edit meets an idle preview. Then it
/// stops the preview as Ctrl+C does (SIGINT) and checks that it exits with 0 and says it stopped.
/// </summary>
internal static partial class PreviewTiming
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <param name="EditMs">Milliseconds from each file write to the first response with the new title.</param>
    /// <param name="StartSeconds">From starting the preview to its "Serving your site" line (its first build, not cached pages).</param>
    internal sealed record Result(IReadOnlyList<double> EditMs, double StartSeconds, string Stop);

    public static Result Run(Launcher launcher, string corpusDir, TitleEdit edit, string pagePath, IReadOnlyDictionary<string, string> env, int edits)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo(launcher.Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in launcher.Args("preview", "--root", corpusDir, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        var log = new Log();
        var start = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new BenchmarkFailure($"could not start {launcher.Program}");
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Add(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Add("stderr: " + e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var times = new List<double>();
        string stop;
        try
        {
            var serving = log.WaitFor(l => l.StartsWith("Serving your site at ", StringComparison.Ordinal), Patience, p)
                ?? throw new BenchmarkFailure($"the preview did not start serving within {Patience.TotalSeconds:0} s:\n{log.Text}");
            var startSeconds = start.Elapsed.TotalSeconds;
            var site = new Uri(Address().Match(serving).Value);
            var url = new Uri(site, pagePath);
            Console.WriteLine($"  serving {site} after {startSeconds:0.0} s; timing {url}");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            try
            {
                for (var i = 1; i <= edits; i++)
                {
                    var builds = log.Count(IsBuildLine);
                    var marker = $"(preview edit {i})";
                    var clock = Stopwatch.StartNew();
                    edit.Apply(marker);
                    var ms = WaitServed(http, url, marker, clock, log);
                    times.Add(ms);
                    // The page is served once written; the rebuild may still be finishing other files.
                    if (!log.WaitUntil(() => log.Count(IsBuildLine) > builds, Patience, p))
                        throw new BenchmarkFailure($"the preview did not report its rebuild after edit {i}:\n{log.Text}");
                    var report = log.Lines.Last(IsBuildLine);
                    Console.WriteLine($"  edit {i}: served after {ms:0} ms ({report})");
                    Thread.Sleep(200);
                }
            }
            finally
            {
                var builds = log.Count(IsBuildLine);
                edit.Restore();
                log.WaitUntil(() => log.Count(IsBuildLine) > builds, Patience, p);
            }
            stop = Stop(p, log);
            return new Result(times, startSeconds, stop);
        }
        finally
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
        }
    }

    private static double WaitServed(HttpClient http, Uri url, string marker, Stopwatch clock, Log log)
    {
        while (true)
        {
            var asked = clock.Elapsed;
            try
            {
                using var response = http.GetAsync(url).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode && response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Contains(marker, StringComparison.Ordinal))
                    return clock.Elapsed.TotalMilliseconds;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (clock.Elapsed > Patience) throw new BenchmarkFailure($"the preview did not serve '{marker}' at {url} within {Patience.TotalSeconds:0} s:\n{log.Text}");
            var wait = asked + Poll - clock.Elapsed;
            if (wait > TimeSpan.Zero) Thread.Sleep(wait);
        }
    }

    /// <summary>Stops the preview as Ctrl+C does and says how it went; fails the benchmark if it does not exit.</summary>
    private static string Stop(Process p, Log log)
    {
        string how;
        if (OperatingSystem.IsWindows())
        {
            // A console program cannot send Ctrl+C to another console's process group without sharing it.
            p.Kill(entireProcessTree: true);
            how = "killed (no Ctrl+C to another process on Windows)";
        }
        else
        {
            if (Kill(p.Id, SigInt) != 0) throw new BenchmarkFailure($"could not send SIGINT to the preview (errno {Marshal.GetLastPInvokeError()})");
            how = "SIGINT (Ctrl+C)";
        }
        var clock = Stopwatch.StartNew();
        if (!p.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            p.Kill(entireProcessTree: true);
            throw new BenchmarkFailure($"the preview did not exit within 30 s of {how}; it was killed:\n{log.Text}");
        }
        p.WaitForExit(); // the output readers finish
        var said = log.Lines.Any(l => l.StartsWith("Preview stopped", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows() && (p.ExitCode != 0 || !said))
            throw new BenchmarkFailure($"the preview did not stop cleanly on {how} (exit {p.ExitCode}):\n{log.Text}");
        return $"{how}: exited {p.ExitCode} after {clock.Elapsed.TotalMilliseconds:0} ms{(said ? ", saying \"Preview stopped\"" : "")}";
    }

    private static bool IsBuildLine(string line) => BuildReport().IsMatch(line);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex Address();

    [GeneratedRegex(@"^Preview build \d+ (succeeded|failed)")]
    private static partial Regex BuildReport();

    /// <summary>The preview's output lines, shared between the reader threads and the benchmark.</summary>
    private sealed class Log
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

        public string Text => Measure.Tail(string.Join('\n', Lines), 40);

        public void Add(string line)
        {
            lock (_lines)
            {
                _lines.Add(line);
                Monitor.PulseAll(_lines);
            }
        }

        public int Count(Func<string, bool> match) { lock (_lines) return _lines.Count(match); }

        /// <summary>The first line that matches, or null on time-out or when the process has exited.</summary>
        public string? WaitFor(Func<string, bool> match, TimeSpan patience, Process p) =>
            WaitUntil(() => _lines.Any(match), patience, p) ? Lines.First(match) : null;

        /// <summary>Waits for a condition on the lines; false on time-out or when the process has exited.</summary>
        public bool WaitUntil(Func<bool> condition, TimeSpan patience, Process p)
        {
            var until = Stopwatch.StartNew();
            lock (_lines)
            {
                while (true)
                {
                    if (condition()) return true;
                    if (until.Elapsed > patience || p.HasExited) return false;
                    Monitor.Wait(_lines, TimeSpan.FromMilliseconds(100));
                }
            }
        }
    }
}
