using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Cli;

/// <summary>
/// Runs the README's release command once per test class, for this machine's platform only, into a
/// temporary folder, and unpacks the zip as a comms team would. The published program is then run with
/// no .NET on the PATH and no DOTNET_ variables: it must need nothing but its own folder.
/// </summary>
public sealed class ReleaseFixture : IDisposable
{
    public const string Version = "9.8.7-test";
    private static readonly string[] Released = ["win-x64", "osx-arm64", "linux-x64"];

    public string Folder { get; }
    public string Runtime { get; }
    public string Zip { get; }
    public string Executable { get; }
    public TimeSpan PublishTime { get; }

    public ReleaseFixture()
    {
        Runtime = RuntimeInformation.RuntimeIdentifier;
        if (!Released.Contains(Runtime))
            throw new InvalidOperationException($"the release tests run the published program, so they need a machine of a released platform ({string.Join(", ", Released)}); this one is {Runtime}");
        Folder = Path.Combine(Path.GetTempPath(), "statiqreport-release-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var watch = Stopwatch.StartNew();
        Publish();
        PublishTime = watch.Elapsed;
        Zip = Path.Combine(Folder, $"statiqreport-{Version}-{Runtime}.zip");
        Assert.True(File.Exists(Zip), $"the release command made no {Zip}");
        ZipFile.ExtractToDirectory(Zip, Path.Combine(Folder, "unzipped"));
        var exe = Runtime.StartsWith("win", StringComparison.Ordinal) ? "statiqreport.exe" : "statiqreport";
        Executable = Path.Combine(Folder, "unzipped", $"statiqreport-{Version}-{Runtime}", exe);
    }

    private void Publish()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet) { WorkingDirectory = Fixtures.RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The test host's MSBuild variables would steer the child build into this run's SDK state.
        foreach (var name in psi.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList()) psi.Environment.Remove(name);
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // No build servers: one left running would hold this process's output pipe open.
        string[] args =
        [
            "build", "StatiqReport.csproj", "-t:Release", $"-p:Version={Version}", $"-p:ReleaseRuntimes={Runtime}",
            $"-p:ReleaseDir={Folder}{Path.DirectorySeparatorChar}", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:UseRazorBuildServer=false",
        ];
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the release command took over 8 minutes");
        }
        Assert.True(process.ExitCode == 0, $"the release command failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
    }

    /// <summary>The environment of a laptop without .NET: PATH without any folder holding dotnet, no DOTNET_ or MSBuild variables.</summary>
    public static void WithoutDotnet(ProcessStartInfo psi)
    {
        foreach (var name in psi.Environment.Keys.Where(k => k.StartsWith("DOTNET", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(name);
        var path = psi.Environment.TryGetValue("PATH", out var p) && p is not null ? p : "";
        var kept = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(folder => !File.Exists(Path.Combine(folder, "dotnet")) && !File.Exists(Path.Combine(folder, "dotnet.exe")));
        psi.Environment["PATH"] = string.Join(Path.PathSeparator, kept);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
