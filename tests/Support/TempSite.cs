using System.Text;
using StatiqReport.Cli;

namespace StatiqReport.Tests.Support;

/// <summary>
/// A site root in a temporary folder: a copy of a fixture (or empty), with helpers to write files
/// and run the command line in-process. Deleted when disposed.
/// </summary>
public sealed class TempSite : IDisposable
{
    public string Root { get; }
    public string Output => Path.Combine(Root, "output");

    public TempSite(string? fixture = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "statiqreport-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (fixture is not null) Copy(Fixtures.Path(fixture), Root);
    }

    /// <summary>The repository's sample site (its data/ and input/), to measure as readers meet it.</summary>
    public static TempSite Sample()
    {
        var site = new TempSite();
        foreach (var folder in new[] { "data", "input" }) Copy(System.IO.Path.Combine(Fixtures.RepoRoot, folder), System.IO.Path.Combine(site.Root, folder));
        return site;
    }

    /// <summary>A site with minimal valid catalogues and one system, to add content to.</summary>
    public static TempSite Minimal()
    {
        var site = new TempSite("contract-site");
        return site;
    }

    public string Path_(string rel) => System.IO.Path.Combine(Root, rel.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public TempSite Write(string rel, string text)
    {
        var full = Path_(rel);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return this;
    }

    public TempSite WriteBytes(string rel, byte[] bytes)
    {
        var full = Path_(rel);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public string Read(string rel) => File.ReadAllText(Path_(rel));

    public TempSite Replace(string rel, string from, string to)
    {
        var text = Read(rel);
        Assert.Contains(from, text);
        return Write(rel, text.Replace(from, to, StringComparison.Ordinal));
    }

    public TempSite Delete(string rel) { File.Delete(Path_(rel)); return this; }

    /// <summary>Runs the command line in-process against this root.</summary>
    public RunResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var all = args.Concat(["--root", Root]).ToArray();
        var code = Program.Run(all, stdout, stderr);
        return new RunResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The text of a page of the built site, by its address ("/systems/x/").</summary>
    public string Page(string route, string? output = null) =>
        File.ReadAllText(System.IO.Path.Combine(output ?? Output, Routing.Routes.FileOf(route).Replace('/', System.IO.Path.DirectorySeparatorChar)));

    public bool Exists(string route, string? output = null) =>
        File.Exists(System.IO.Path.Combine(output ?? Output, Routing.Routes.FileOf(route).Replace('/', System.IO.Path.DirectorySeparatorChar)));

    public static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file)), overwrite: true);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Exit code and what the command printed.</summary>
public sealed record RunResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The printed error lines, in the canonical format.</summary>
    public IReadOnlyList<string> Errors => Stderr.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error SR", StringComparison.Ordinal)).ToList();
}

/// <summary>Where the fixture sites and the repository are.</summary>
public static class Fixtures
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "StatiqReport.csproj"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Path(string name) => System.IO.Path.Combine(RepoRoot, "tests", "fixtures", name);
}
