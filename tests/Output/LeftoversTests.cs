using System.Diagnostics;
using System.Globalization;
using StatiqReport.Output;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Output;

/// <summary>
/// No litter after a crash: what a killed build or preview leaves is removed by the next one (only folders
/// it made, by their markers), a stopped build leaves the previous output as it was, and a stopped preview
/// removes its temporary folder. The kills and signals are real, on the program run as its own process.
/// </summary>
public sealed class LeftoversTests
{
    private static string Dll => typeof(OutputFolder).Assembly.Location;
    private static string Hex => Guid.NewGuid().ToString("N");

    [Fact]
    public void ABuild_RemovesWhatAKilledBuildLeft_AndNothingElse()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        // Given what builds killed at different moments leave beside the output...
        var staging = Folder(site.Root, $".output.staging-{Hex}", OutputFolder.StagingMarker, "index.html");
        var swapping = Folder(site.Root, $".output.staging-{Hex}", OutputGuard.Marker, "index.html"); // marker swapped, not yet renamed
        var old = Folder(site.Root, $".output.old-{Hex}", OutputGuard.Marker, "index.html");
        File.WriteAllText(Path.Combine(site.Root, ".output.statiqreport-lock"), "");
        // ...and folders a person made that look a little like them.
        var unmarked = Folder(site.Root, $".output.staging-{Hex}", null, "notes.txt");
        var otherName = Folder(site.Root, "output.old-copy", OutputGuard.Marker, "index.html");
        var otherOutput = Folder(site.Root, $".published.old-{Hex}", OutputGuard.Marker, "index.html");

        var result = site.Run("build");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(swapping));
        Assert.False(Directory.Exists(old));
        Assert.False(File.Exists(Path.Combine(site.Root, ".output.statiqreport-lock")), "the lock is removed when the build ends");
        Assert.True(File.Exists(Path.Combine(unmarked, "notes.txt")), "a folder without our marker is never deleted");
        Assert.True(Directory.Exists(otherName));
        Assert.True(Directory.Exists(otherOutput), "another output's folders are that output's business");
    }

    [Fact]
    public void ABuildKilledBetweenTheTwoRenames_GetsItsPreviousOutputBack_EvenWhenTheNextBuildFails()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        // The killed build had renamed the output away and not yet renamed its staging folder in.
        var old = Path.Combine(site.Root, $".output.old-{Hex}");
        Directory.Move(site.Output, old);
        var staging = Folder(site.Root, $".output.staging-{Hex}", OutputGuard.Marker, "index.html");
        site.Replace("data/case-studies/alpha-jobs.yml", "title: Alpha jobs", "title: Alpha jobs\nsumary: typo");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void ASecondBuildOfTheSameOutput_WhileOneIsRunning_IsRefusedInPlainWords()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        using (OutputFolder.Lock(site.Output))
        {
            var result = site.Run("build");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("another build or preview is writing to", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("wait for it to finish", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("SR9999", result.Stderr, StringComparison.Ordinal);
        }
        Assert.Equal(0, site.Run("build").ExitCode);
    }

    /// <summary>SIGKILL at many moments of a cold build of the sample site: after the next build, no staging or old folder is left.</summary>
    [Fact]
    public async Task ABuildKilledAtAnyMoment_LeavesNoLitterOnceTheNextHasRun()
    {
        var parent = Path.Combine(Path.GetTempPath(), "statiqreport-tests", Hex);
        var output = Path.Combine(parent, "out");
        try
        {
            Assert.Equal(0, (await Program(["build", "--root", Fixtures.RepoRoot, "-o", output], null)).Exit);
            var leftBehind = 0;
            foreach (var ms in new[] { 300, 700, 1100, 1500, 1900, 2300 })
            {
                using var process = Start(["build", "--no-cache", "--root", Fixtures.RepoRoot, "-o", output], null);
                await Task.Delay(ms);
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                leftBehind += Directory.EnumerateDirectories(parent, ".out.*").Count();

                var next = await Program(["build", "--root", Fixtures.RepoRoot, "-o", output], null);

                Assert.Equal(0, next.Exit);
                Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(parent).Select(e => Path.GetFileName(e)!).ToArray());
                Assert.True(File.Exists(Path.Combine(output, "index.html")));
            }
            Assert.True(leftBehind > 0, "no kill landed while a build was writing: the test did not test anything");
        }
        finally { Directory.Delete(parent, recursive: true); }
    }

    /// <summary>
    /// A service manager's stop (SIGTERM, sent with kill(1): these tests run on Linux and macOS). Ctrl+C
    /// takes the same path through StopSignals; on Windows it was checked by hand (README, Windows and macOS).
    /// </summary>
    [Fact]
    public async Task ABuildStoppedPartWay_LeavesThePreviousOutputAsItWas_AndSaysSo()
    {
        var parent = Path.Combine(Path.GetTempPath(), "statiqreport-tests", Hex);
        var output = Path.Combine(parent, "out");
        try
        {
            Assert.Equal(0, (await Program(["build", "--root", Fixtures.RepoRoot, "-o", output], null)).Exit);
            var manifest = File.ReadAllBytes(Path.Combine(output, StagingSink.ManifestName));
            using var process = Start(["build", "--no-cache", "--root", Fixtures.RepoRoot, "-o", output], null);
            var stdout = new System.Text.StringBuilder();
            var rendering = new TaskCompletionSource();
            process.OutputDataReceived += (_, e) =>
            {
                lock (stdout) stdout.AppendLine(e.Data);
                if (e.Data?.Contains("render...", StringComparison.Ordinal) == true) rendering.TrySetResult();
            };
            process.BeginOutputReadLine();
            var stderr = process.StandardError.ReadToEndAsync();
            await rendering.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await Signal(process, "TERM");
            await process.WaitForExitAsync();

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("Stopping the build", stdout.ToString(), StringComparison.Ordinal);
            Assert.Contains("Build stopped. Nothing was written; the previous output is unchanged.", await stderr, StringComparison.Ordinal);
            Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(output, StagingSink.ManifestName)));
            Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(parent).Select(e => Path.GetFileName(e)!).ToArray());
        }
        finally { Directory.Delete(parent, recursive: true); }
    }

    [Fact]
    public async Task APreview_RemovesItsTemporaryFolderWhenStopped_AndTheNextRemovesAKilledOnes()
    {
        using var site = new TempSite("minimal-site");
        var temp = Path.Combine(Path.GetTempPath(), "statiqreport-tests", Hex);
        var previews = Path.Combine(temp, "statiqreport-preview");
        Directory.CreateDirectory(temp);
        try
        {
            // A preview killed outright leaves its folder...
            using (var killed = Start(["preview", "--root", site.Root, "--port", Local.FreePort().ToString(CultureInfo.InvariantCulture)], temp))
            {
                await Serving(killed);
                killed.Kill(entireProcessTree: true);
                await killed.WaitForExitAsync();
            }
            var stale = Assert.Single(Directory.EnumerateDirectories(previews));
            var person = Folder(previews, "kept-by-a-person", null, "notes.txt");

            // ...which the next preview removes (not a folder a person made there), and stopped, it removes its own.
            using var next = Start(["preview", "--root", site.Root, "--port", Local.FreePort().ToString(CultureInfo.InvariantCulture)], temp);
            var stdout = next.StandardOutput.ReadToEndAsync();
            var stderr = next.StandardError.ReadToEndAsync();
            await WaitFor(() => Directory.EnumerateDirectories(previews).Count(d => d != stale && d != person) == 1 && !Directory.Exists(stale));
            Assert.False(Directory.Exists(stale));
            await WaitFor(() => Directory.EnumerateFiles(previews, "index.html", SearchOption.AllDirectories).Any());
            await Signal(next, "TERM");
            await next.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));

            Assert.True(next.ExitCode == 0, $"the preview ended with {next.ExitCode}: {await stderr}");
            Assert.Contains("Preview stopped; its temporary files are deleted.", await stdout, StringComparison.Ordinal);
            Assert.Equal([person], Directory.EnumerateDirectories(previews).ToArray());
        }
        finally { Directory.Delete(temp, recursive: true); }
    }

    /// <summary>A folder with a marker (or none) and one file, as a build or a person would leave it.</summary>
    private static string Folder(string parent, string name, string? marker, string file)
    {
        var dir = Path.Combine(parent, name);
        Directory.CreateDirectory(dir);
        if (marker is not null) File.WriteAllText(Path.Combine(dir, marker), "");
        File.WriteAllText(Path.Combine(dir, file), "x");
        return dir;
    }

    /// <summary>The program as its own process; <paramref name="temp"/> becomes its temporary folder.</summary>
    private static Process Start(string[] args, string? temp)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (temp is not null)
            foreach (var v in new[] { "TMPDIR", "TEMP", "TMP" }) psi.Environment[v] = temp;
        return Process.Start(psi)!;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Program(string[] args, string? temp)
    {
        using var p = Start(args, temp);
        var (o, e) = (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
        await p.WaitForExitAsync();
        return (p.ExitCode, await o, await e);
    }

    private static async Task Serving(Process p)
    {
        while (await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
            if (line.StartsWith("Serving your site", StringComparison.Ordinal)) return;
        Assert.Fail("the preview ended before it served the site: " + await p.StandardError.ReadToEndAsync());
    }

    private static async Task WaitFor(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting");
            await Task.Delay(100);
        }
    }

    private static async Task Signal(Process p, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", p.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }
}
