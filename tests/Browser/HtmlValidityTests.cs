using System.Diagnostics;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>
/// Every page, in both languages, of the sample site, the contract, Welsh and one-system fixtures passes the Nu Html Checker (vnu-jar from
/// npm, run with the machine's Java) with zero errors. The checker is installed on first use into
/// tests/.tools, so the README's test command stays the whole set-up.
/// </summary>
[Collection("browser")]
public sealed class HtmlValidityTests
{
    private const string VnuVersion = "26.9.27";

    private static string VnuJar()
    {
        var env = Environment.GetEnvironmentVariable("STATIQREPORT_VNU");
        if (env is not null) return env;
        var tools = Path.Combine(Fixtures.RepoRoot, "tests", ".tools");
        var jar = Path.Combine(tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (File.Exists(jar)) return jar;
        Directory.CreateDirectory(tools);
        var (code, output) = RunProcess("npm", ["install", "--no-audit", "--no-fund", "--prefix", tools, $"vnu-jar@{VnuVersion}"], 300);
        Assert.True(code == 0 && File.Exists(jar), $"could not install vnu-jar with npm (exit {code}); install Node.js and npm, or set STATIQREPORT_VNU to a vnu.jar\n{output}");
        return jar;
    }

    private static (int Code, string Output) RunProcess(string file, string[] args, int seconds)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(seconds))) { p.Kill(true); return (-1, $"{file} timed out"); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("contract-site")]
    [InlineData("welsh-site")]
    [InlineData("one-system-site")]
    public void EveryPage_PassesTheNuHtmlChecker(string which)
    {
        using var site = new TempSite(which == "sample" ? null : which);
        var root = which == "sample" ? Fixtures.RepoRoot : site.Root;
        var output = Path.Combine(site.Root, "built");
        var code = StatiqReport.Cli.Program.Run(["build", "--root", root, "--output", output], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        var jar = VnuJar();
        var (exit, report) = RunProcess("java", ["-jar", jar, "--errors-only", "--skip-non-html", output], 300);
        Assert.True(exit == 0, $"the Nu Html Checker found errors:\n{report}");
    }
}
