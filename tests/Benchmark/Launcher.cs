using System.IO.Compression;
using System.Runtime.InteropServices;

namespace StatiqReport.Benchmark;

/// <summary>How the benchmark gets and runs StatiqReport.</summary>
internal enum ProgramKind
{
    /// <summary>The release zip as users get it: self-contained, ReadyToRun, run as `statiqreport`.</summary>
    Release,
    /// <summary>The same zip made with `-p:ReleaseReadyToRun=false`, to measure what ReadyToRun buys.</summary>
    ReleaseWithoutReadyToRun,
    /// <summary>`dotnet build -c Release`, run as `dotnet StatiqReport.dll` (the shared runtime, JIT only).</summary>
    FrameworkDependent,
}

/// <summary>The command that runs StatiqReport: a program and the arguments that come before the command's own.</summary>
internal sealed record Launcher(ProgramKind Kind, string Program, IReadOnlyList<string> Prefix)
{
    public string Describe => Kind switch
    {
        ProgramKind.Release => "the release zip: self-contained, ReadyToRun, not trimmed, not single-file, run directly",
        ProgramKind.ReleaseWithoutReadyToRun => "the release zip without ReadyToRun (-p:ReleaseReadyToRun=false): self-contained, JIT only, run directly",
        _ => "framework-dependent: `dotnet StatiqReport.dll` on the shared runtime (not how users run it)",
    };

    public string Short => Kind switch
    {
        ProgramKind.Release => "self-contained, ReadyToRun",
        ProgramKind.ReleaseWithoutReadyToRun => "self-contained, no ReadyToRun",
        _ => "framework-dependent (dotnet StatiqReport.dll)",
    };

    public IReadOnlyList<string> Args(params string[] args) => [.. Prefix, .. args];

    /// <summary>The command line as a reader would type it.</summary>
    public string Show(params string[] args) => string.Join(' ', [Program, .. Args(args)]);

    /// <summary>
    /// Makes the program into <paramref name="dir"/>: for the release kinds, runs the csproj's own
    /// `Release` target for this machine's platform (exactly how the zips are made) and unzips it;
    /// otherwise a Release build into DIR/bin-fd.
    /// </summary>
    public static Launcher Prepare(ProgramKind kind, string repo, string dir)
    {
        var project = Path.Combine(repo, "StatiqReport.csproj");
        if (kind == ProgramKind.FrameworkDependent)
        {
            var bin = Path.Combine(dir, "bin-fd");
            DeleteFolder(bin);
            Console.WriteLine($"Building StatiqReport (Release, framework-dependent) into {bin}");
            Measure.Check("building StatiqReport", "dotnet", "build", "-c", "Release", project, "-o", bin, "-nologo", "-v", "quiet");
            return new Launcher(kind, "dotnet", [Path.Combine(bin, "StatiqReport.dll")]);
        }
        var rid = Rid();
        var releaseDir = Path.Combine(dir, "release") + Path.DirectorySeparatorChar;
        DeleteFolder(releaseDir);
        var r2r = kind == ProgramKind.Release ? "true" : "false";
        Console.WriteLine($"Making the release zip for {rid} (ReadyToRun {r2r}) into {releaseDir}");
        Measure.Check("making the release zip", "dotnet", "build", project, "-t:Release", $"-p:ReleaseRuntimes={rid}", $"-p:ReleaseDir={releaseDir}",
            $"-p:ReleaseReadyToRun={r2r}", "-nologo", "-v", "quiet");
        var zip = Directory.GetFiles(releaseDir, $"statiqreport-*-{rid}.zip").SingleOrDefault()
            ?? throw new BenchmarkFailure($"the Release target wrote no statiqreport-*-{rid}.zip into {releaseDir}");
        var unpacked = Path.Combine(dir, "bin");
        DeleteFolder(unpacked);
        // .NET's zip reader restores the Unix mode the zip recorded (the apphost is 755), as unzip does.
        ZipFile.ExtractToDirectory(zip, unpacked);
        var folder = Directory.GetDirectories(unpacked).Single();
        var exe = Path.Combine(folder, OperatingSystem.IsWindows() ? "statiqreport.exe" : "statiqreport");
        if (!File.Exists(exe)) throw new BenchmarkFailure($"the release zip {zip} has no {Path.GetFileName(exe)}");
        return new Launcher(kind, exe, []);
    }

    /// <summary>This machine's runtime identifier as the release names it (linux-x64, osx-arm64, win-x64...).</summary>
    private static string Rid()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            var a => throw new BenchmarkFailure($"no release is made for the {a} processor"),
        };
        return $"{os}-{arch}";
    }

    internal static void DeleteFolder(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
