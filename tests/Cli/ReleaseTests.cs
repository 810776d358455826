using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using StatiqReport.Tests.Support;
using Xunit.Abstractions;

namespace StatiqReport.Tests.Cli;

/// <summary>
/// The released zip works on a machine without .NET: each test runs the unpacked `statiqreport` in a
/// fresh copy of the contract site, with no dotnet on the PATH and no DOTNET_ variables.
/// New commands get a test here that calls <see cref="RunPublished"/>.
/// </summary>
public sealed class ReleaseTests : IClassFixture<ReleaseFixture>, IDisposable
{
    private readonly ReleaseFixture _release;
    private readonly TempSite _site = new("contract-site");

    public ReleaseTests(ReleaseFixture release, ITestOutputHelper output)
    {
        _release = release;
        output.WriteLine($"release command for {release.Runtime}: {release.PublishTime.TotalSeconds:0.0} s; zip {new FileInfo(release.Zip).Length / 1048576.0:0.0} MiB");
    }

    [Fact]
    public void Zip_HoldsTheProgram_ItsNativeLibraries_AndTheTheme_InOneFolder()
    {
        var folder = Path.GetDirectoryName(_release.Executable)!;
        Assert.True(File.Exists(_release.Executable), $"no {_release.Executable} in the zip");
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!));
        Assert.Contains(Directory.GetFiles(folder), f => Path.GetFileName(f).StartsWith("libSkiaSharp", StringComparison.Ordinal));
        Assert.Contains(Directory.GetFiles(folder), f => Path.GetFileName(f).StartsWith("libHarfBuzzSharp", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "theme", "css", "site.css")), "the bundled theme is missing from the zip");
        Assert.False(File.Exists(Path.Combine(folder, "StatiqReport")), "the executable should be named in lower case only");
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(_release.Executable).HasFlag(UnixFileMode.UserExecute), "the executable lost its execute permission in the zip");
    }

    [Fact]
    public void Version_PrintsTheReleaseVersion()
    {
        var run = RunPublished("--version");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(ReleaseFixture.Version, run.Stdout.Trim());
    }

    [Fact]
    public void Validate_TheContractSite_Succeeds()
    {
        var run = RunPublished("validate");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("Validation succeeded", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TheContractSite_WritesTheHomePage()
    {
        var run = RunPublished("build");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")), "the build wrote no output/index.html");
        Assert.True(Directory.GetFiles(Path.Combine(_site.Output, "assets"), "site.css", SearchOption.AllDirectories).Length == 1, "the bundled theme was not published");
    }

    [Fact]
    public void NewCaseStudy_WritesAStartingFile_ThatValidatesOnceItsStarterTextIsReplaced()
    {
        var run = RunPublished("new", "case-study", "northshire", "release-check");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.True(File.Exists(_site.Path_("data/case-studies/release-check.yml")), "no starting file was written");
        // The next step it prints names the program as it was run here, in the site's folder.
        Assert.EndsWith(" validate", run.Stdout.TrimEnd(), StringComparison.Ordinal);
        var unedited = RunPublished("validate");
        Assert.Equal(1, unedited.ExitCode);
        Assert.Contains("data/case-studies/release-check.yml(9,9): error SR0701", unedited.Stderr, StringComparison.Ordinal);
        _site.Write("data/case-studies/release-check.yml", Starter.StarterEdits.FillIn(_site.Read("data/case-studies/release-check.yml")));
        var check = RunPublished("validate");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public async Task Preview_ServesAPage_AndStops()
    {
        var port = Local.FreePort().ToString(CultureInfo.InvariantCulture);
        using var process = Start(_site.Root, "preview", "--port", port);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var html = await Poll(http, $"http://127.0.0.1:{port}/", TimeSpan.FromSeconds(60), process);
            Assert.Contains("<html", html, StringComparison.Ordinal);
            Stop(process);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(wait.Token);
            if (!OperatingSystem.IsWindows()) Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        _ = await stdout;
        _ = await stderr;
    }

    [Fact]
    public void NewSite_InAnEmptyFolder_StartsASiteThatStopsAtStarterText_AndShowsItForAFirstLook()
    {
        // Given an empty folder and the published program, with no dotnet anywhere on the PATH.
        using var empty = new TempSite();
        var run = RunPublishedIn(empty.Root, "new", "site", "anchors", "--system", "tamar-valley", "--name", "Tamar Valley Integrated Care System", "--type", "ICS");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var site = Path.Combine(empty.Root, "anchors");
        Assert.Contains("preview --allow-placeholders", run.Stdout, StringComparison.Ordinal);

        // The starter site fails its build with located starter-text errors, and writes nothing.
        var build = RunPublishedIn(site, "build");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains(build.Stderr.Split('\n'), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^data/systems/tamar-valley\.yml\(\d+,\d+\): error SR0701: "));
        Assert.False(Directory.Exists(Path.Combine(site, "output")));

        // A first look builds, and the home page is the system's own.
        var look = RunPublishedIn(site, "build", "--allow-placeholders");
        Assert.True(look.ExitCode == 0, look.Stdout + look.Stderr);
        var home = File.ReadAllText(Path.Combine(site, "output", "index.html"));
        Assert.Contains("Tamar Valley Integrated Care System", home, StringComparison.Ordinal);
        var nav = System.Text.RegularExpressions.Regex.Match(home, "<ul class=\"nav-list\">.*?</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.NotEmpty(nav);
        Assert.DoesNotContain(">Systems<", nav, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, ".github", "workflows", "publish.yml")));
    }

    [Fact]
    public void Zip_CarriesTheReadme()
    {
        var folder = Path.GetDirectoryName(_release.Executable)!;
        Assert.Contains("Start and publish your own site", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);
    }

    /// <summary>Runs the published program in the site's folder, as someone would type it there.</summary>
    private RunResult RunPublished(params string[] args) => RunPublishedIn(_site.Root, args);

    private RunResult RunPublishedIn(string folder, params string[] args)
    {
        using var process = Start(folder, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"statiqreport {string.Join(' ', args)} took over 2 minutes");
        }
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private Process Start(string folder, params string[] args)
    {
        var psi = new ProcessStartInfo(_release.Executable)
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        ReleaseFixture.WithoutDotnet(psi);
        psi.Environment["CI"] = "true";
        return Process.Start(psi)!;
    }

    /// <summary>SIGTERM where there are signals (as a service manager stops it); Windows has none to send.</summary>
    private static void Stop(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: true);
            return;
        }
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static async Task<string> Poll(HttpClient http, string url, TimeSpan limit, Process process)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try { return await http.GetStringAsync(new Uri(url)); }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        Assert.Fail(process.HasExited ? $"the preview stopped early (exit {process.ExitCode})" : $"{url} did not answer within {limit.TotalSeconds} s");
        return "";
    }

    public void Dispose() => _site.Dispose();
}
