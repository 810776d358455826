using System.Diagnostics;
using System.Security.Cryptography;
using StatiqReport.Output;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Output;

/// <summary>
/// A build that updates its output in place (every build after the first) killed outright at many points
/// of writing: before its journal is on disk the output is exactly as it was; after, the next build
/// finishes the job. Either way the next build leaves the output equal to a build from nothing, with no
/// folder or file of ours left beside it. The kills are real (the program kills itself with SIGKILL at
/// the step STATIQREPORT_TEST_KILL names), on the program run as its own process.
/// </summary>
public sealed class JournalKillTests
{
    private static string Dll => typeof(JournalSink).Assembly.Location;

    public static TheoryData<string> KillPoints => new()
    {
        "stage:1", "stage:3", "journal:1", "apply:1", "apply:2", "apply:3", "apply:5", "apply:8", "tidy:1",
    };

    [Theory]
    [MemberData(nameof(KillPoints))]
    public void AnInPlaceUpdateKilledAtAnyStep_IsRolledBackOrFinished_AndTheNextBuildEqualsABuildFromNothing(string point)
    {
        using var site = new TempSite("welsh-site");
        Assert.Equal(0, Run(site, null, "build", "--output", site.Output).Exit);
        var before = Hashes(site.Output);
        // An edit that changes pages (a title shown on several), adds one and removes one.
        site.Replace("data/case-studies/northshire-heat-network.yml", "title: A shared heat network", "title: A shared, renamed heat network");
        site.Write("data/case-studies/2024/northshire-new-study.yml", site.Read("data/case-studies/northshire-heat-network.yml").Replace("title: A shared, renamed heat network", "title: A second heat network", StringComparison.Ordinal));
        site.Delete("data/case-studies/2024/southvale-wellbeing-hubs.yml");

        var killed = Run(site, point, "build", "--output", site.Output);

        Assert.True(killed.Exit != 0 && !killed.Stdout.Contains("Build succeeded", StringComparison.Ordinal), $"the build was not killed at {point}: {killed.Stdout}");
        if (point.StartsWith("stage", StringComparison.Ordinal) || point.StartsWith("journal", StringComparison.Ordinal))
            Assert.Equal(before, Hashes(site.Output)); // killed before the journal was on disk: nothing changed
        Assert.NotEmpty(Directory.EnumerateDirectories(site.Root, ".output.staging-*")); // it did leave work behind

        var next = Run(site, null, "build", "--output", site.Output);

        Assert.True(next.Exit == 0, next.Stderr);
        Assert.Equal(0, Run(site, null, "build", "--no-cache", "--output", site.Path_("fresh")).Exit);
        var after = Hashes(site.Output);
        var fresh = Hashes(site.Path_("fresh"));
        Assert.Equal(fresh.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, hash) in fresh) Assert.True(hash == after[file], $"killed at {point}: after the next build, {file} differs from a build from nothing");
        Assert.Contains("A shared, renamed heat network", site.Page("/case-studies/northshire-heat-network/"), StringComparison.Ordinal);
        Assert.False(site.Exists("/case-studies/southvale-wellbeing-hubs/"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".output*"));
    }

    [Fact]
    public void AJournalWhoseStagedFileWasLost_MakesTheNextBuildWriteTheWholeSite()
    {
        using var site = new TempSite("welsh-site");
        Assert.Equal(0, Run(site, null, "build", "--output", site.Output).Exit);
        site.Replace("data/case-studies/northshire-heat-network.yml", "title: A shared heat network", "title: A shared, renamed heat network");
        Assert.NotEqual(0, Run(site, "tidy:1", "build", "--output", site.Output).Exit);
        // Simulate a power cut that kept the journal but lost a staged file: put back the journal's work
        // as unfinished, with one file's bytes wrong in the output.
        var staging = Assert.Single(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
        var page = site.Path_("output/case-studies/northshire-heat-network/index.html");
        File.WriteAllText(page, "damaged");

        Journal.Apply(staging, site.Output); // what the next build does first

        Assert.False(File.Exists(Path.Combine(site.Output, StagingSink.ManifestName)), "a file that is not what the journal says: the output is no longer trusted file by file");
        var next = Run(site, null, "build", "--output", site.Output);
        Assert.True(next.Exit == 0, next.Stderr);
        Assert.Contains("A shared, renamed heat network", site.Page("/case-studies/northshire-heat-network/"), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".output*"));
    }

    [Fact]
    public void AnInPlaceUpdate_RemovesTheFilesOfPagesTheSiteNoLongerHas_AndWithNoCacheAFileSomeonePutInTheOutput()
    {
        using var site = new TempSite("welsh-site");
        Assert.Equal(0, Run(site, null, "build", "--output", site.Output).Exit);
        File.WriteAllText(site.Path_("output/case-studies/notes.txt"), "a note left in the published folder");
        Directory.CreateDirectory(site.Path_("output/stray/deep"));
        File.WriteAllText(site.Path_("output/stray/deep/page.html"), "<p>not made by the build</p>");
        site.Delete("data/case-studies/2024/southvale-wellbeing-hubs.yml");

        var result = Run(site, null, "build", "--output", site.Output);

        Assert.True(result.Exit == 0, result.Stderr);
        Assert.False(Directory.Exists(site.Path_("output/case-studies/southvale-wellbeing-hubs")), "a removed page's folder goes with it");
        Assert.True(File.Exists(site.Path_("output/case-studies/notes.txt")), "an everyday build only looks at the files it made");
        Assert.Matches(@": [\d,]+ new or changed, [3-9]\d* removed", result.Stdout);

        result = Run(site, null, "build", "--no-cache", "--output", site.Output);

        Assert.True(result.Exit == 0, result.Stderr);
        Assert.False(File.Exists(site.Path_("output/case-studies/notes.txt")));
        Assert.False(Directory.Exists(site.Path_("output/stray")), "folders left empty are removed");
        Assert.True(File.Exists(site.Path_("output/case-studies/index.html")));
        Assert.Matches(@": 0 new or changed, 2 removed", result.Stdout);
    }

    private static Dictionary<string, string> Hashes(string dir) =>
        Journal.FilesIn(dir).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(StagingSink.Full(dir, f)))), StringComparer.Ordinal);

    /// <summary>The program as its own process, in the site's folder, killed at <paramref name="kill"/> (null: never).</summary>
    private static (int Exit, string Stdout, string Stderr) Run(TempSite site, string? kill, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = site.Root };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--root");
        psi.ArgumentList.Add(site.Root);
        if (kill is not null) psi.Environment["STATIQREPORT_TEST_KILL"] = kill;
        using var p = Process.Start(psi)!;
        var (o, e) = (p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not end");
        return (p.ExitCode, o.Result, e.Result);
    }
}
