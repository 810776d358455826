using StatiqReport.Cli;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Starter;

/// <summary>The working directory belongs to the whole process: these tests change it, so they run alone.</summary>
[CollectionDefinition("working directory", DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;

/// <summary>The command `new case-study` and `new report` print for the next step works as printed, from where the person is.</summary>
[Collection("working directory")]
public sealed class NextStepTests
{
    [Fact]
    public void NewCaseStudy_RunInTheSiteFolder_PrintsAValidateThatWorksThere()
    {
        using var site = new TempSite("minimal-site");
        var printed = In(site.Root, "new", "case-study", "alpha", "alpha-new-hub");
        Assert.True(printed.ExitCode == 0, printed.Stderr);
        Assert.Contains("Wrote data/case-studies/alpha-new-hub.yml: a case study of alpha", printed.Stdout, StringComparison.Ordinal);
        var next = NextStep(printed.Stdout);
        Assert.Equal(["validate"], next);

        // As printed, from the same folder: it checks this site and finds the starter text.
        var unedited = In(site.Root, next);
        Assert.Equal(1, unedited.ExitCode);
        Assert.Contains("data/case-studies/alpha-new-hub.yml(9,9): error SR0701", unedited.Stderr, StringComparison.Ordinal);
        site.Write("data/case-studies/alpha-new-hub.yml", StarterEdits.FillIn(site.Read("data/case-studies/alpha-new-hub.yml")));
        var filled = In(site.Root, next);
        Assert.True(filled.ExitCode == 0, filled.Stderr);
        Assert.Contains("Validation succeeded", filled.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NewReport_RunFromTheFolderAboveTheSite_PrintsAValidateThatNamesTheSite()
    {
        using var parent = new TempSite();
        TempSite.Copy(Fixtures.Path("minimal-site"), Path.Combine(parent.Root, "my site"));
        var printed = In(parent.Root, "new", "report", "alpha", "2024-25", "--root", "my site");
        Assert.True(printed.ExitCode == 0, printed.Stderr);
        var wrote = Path.Combine("my site", "input", "reports", "alpha", "2024-25.md");
        Assert.Contains($"Wrote \"{wrote}\": the 2024/25 report of alpha", printed.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(parent.Root, wrote)));
        var next = NextStep(printed.Stdout);
        Assert.Equal(["validate", "--root", "my site"], next);

        var unedited = In(parent.Root, next);
        Assert.Equal(1, unedited.ExitCode);
        Assert.Contains("input/reports/alpha/2024-25.md(8,9): error SR0701", unedited.Stderr, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(parent.Root, wrote), StarterEdits.FillIn(File.ReadAllText(Path.Combine(parent.Root, wrote))));
        var filled = In(parent.Root, next);
        Assert.True(filled.ExitCode == 0, filled.Stderr);
    }

    [Fact]
    public void NewCaseStudy_OutsideASiteFolder_SaysSo_AndWritesNothing()
    {
        using var folder = new TempSite();
        var r = In(folder.Root, "new", "case-study", "alpha", "alpha-new-hub");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is not a site folder (it has no data/systems/): run the command in your site's folder, or name it with --root", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Root));
    }

    /// <summary>The program's arguments in the last line printed, after the program's own command.</summary>
    private static string[] NextStep(string stdout)
    {
        var last = stdout.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0);
        Assert.StartsWith(Invocation.Command + " ", last, StringComparison.Ordinal);
        return SplitLikeAShell(last[(Invocation.Command.Length + 1)..]);
    }

    /// <summary>Words separated by spaces, double quotes keeping a word with spaces together (as PowerShell and sh read them).</summary>
    private static string[] SplitLikeAShell(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ' ' && !quoted) { if (word.Length > 0) words.Add(word.ToString()); word.Clear(); }
            else word.Append(c);
        }
        if (word.Length > 0) words.Add(word.ToString());
        return [.. words];
    }

    /// <summary>Runs the program in-process with the working directory set to a folder, as a person in that folder would.</summary>
    private static RunResult In(string folder, params string[] args) => Local.RunIn(folder, args);
}
