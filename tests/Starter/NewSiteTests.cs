using System.Text.RegularExpressions;
using StatiqReport.Cli;
using StatiqReport.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Tests.Starter;

/// <summary>`new site`: a complete one-system site, valid but for its starter text, which is never published by mistake.</summary>
public sealed partial class NewSiteTests
{
    private static RunResult New(string[] args, TextReader? input = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["new", "site", .. args], stdout, stderr, input);
        return new RunResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Replaces every piece of starter text with plain words, as a person filling the site in would.</summary>
    private static void FillIn(TempSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            if (!rel.StartsWith("data/", StringComparison.Ordinal) && !rel.StartsWith("input/", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            var filled = Placeholder().Replace(text, "Our own words");
            if (filled != text) File.WriteAllText(file, filled);
        }
    }

    [GeneratedRegex(@"\[\[[^\[\]\r\n]+\]\]")]
    private static partial Regex Placeholder();

    [Fact]
    public void NewSite_ForASystemItDoesNotKnow_WritesACompleteSite_ThatStopsAtEachPieceOfStarterText()
    {
        using var site = new TempSite();
        var r = New([site.Root, "--system", "north-shore", "--name", "North Shore Integrated Care System", "--type", "ICS"]);
        Assert.True(r.ExitCode == 0, r.Stderr);

        string[] expected =
        [
            "data/site.yml", "data/principles.yml", "data/domains.yml", "data/maturity.yml", "data/metrics.yml", "data/systems/north-shore.yml",
            "data/case-studies/first-case-study.yml", "data/metrics/north-shore.csv", "input/accessibility.md", "README.md", ".gitignore",
            ".github/workflows/publish.yml",
        ];
        foreach (var rel in expected) Assert.True(File.Exists(site.Path_(rel)), $"new site did not write {rel}");
        var period = StatiqReport.Starter.StarterSite.PeriodOf(DateOnly.FromDateTime(DateTime.Now));
        Assert.True(File.Exists(site.Path_($"input/reports/north-shore/{period.Id}.md")), "no report for the current financial year");
        var system = site.Read("data/systems/north-shore.yml");
        Assert.Contains("name: \"North Shore Integrated Care System\"", system, StringComparison.Ordinal);
        Assert.Contains("nation: England", system, StringComparison.Ordinal); // an ICS is in England
        Assert.DoesNotContain("welsh:", site.Read("data/site.yml"), StringComparison.Ordinal);

        // The starter site fails the build at each piece of starter text, each located where it is.
        var build = site.Run("build");
        Assert.Equal(1, build.ExitCode);
        Assert.False(Directory.Exists(site.Output));
        Assert.NotEmpty(build.Errors);
        foreach (var line in build.Errors)
        {
            var m = Regex.Match(line, @"^(?<path>[^(]+)\((?<line>\d+),(?<col>\d+)\): error SR0701: starter text still to replace: (?<text>\[\[.+?\]\])");
            Assert.True(m.Success, $"not a located starter-text error: {line}");
            var lines = site.Read(m.Groups["path"].Value).Replace("\r\n", "\n").Split('\n');
            var at = lines[int.Parse(m.Groups["line"].Value) - 1][(int.Parse(m.Groups["col"].Value) - 1)..];
            Assert.StartsWith(m.Groups["text"].Value.Replace("...]]", ""), at, StringComparison.Ordinal);
        }
        Assert.Contains($"{build.Errors.Count} pieces of starter text remain to be replaced", build.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{build.Errors.Count} pieces of it", r.Stdout, StringComparison.Ordinal); // new site said how many

        // A first look goes ahead, one warning, and shows each piece highlighted.
        var look = site.Run("build", "--allow-placeholders");
        Assert.True(look.ExitCode == 0, look.Stderr);
        Assert.Contains("warning SR0701", look.Stderr, StringComparison.Ordinal);
        var home = site.Page("/");
        Assert.Contains("North Shore Integrated Care System", home, StringComparison.Ordinal);
        var nav = Regex.Match(home, "<ul class=\"nav-list\">.*?</ul>", RegexOptions.Singleline).Value;
        Assert.Contains(">Case studies<", nav, StringComparison.Ordinal);
        Assert.DoesNotContain(">Systems<", nav, StringComparison.Ordinal); // a one-system site
        // Only the starter metrics with figures have pages; the rest of the starter set is not listed.
        Assert.True(site.Exists("/metrics/apprenticeships/"));
        Assert.False(site.Exists("/metrics/carbon-footprint/"));
        var caseStudy = site.Page("/case-studies/first-case-study/");
        Assert.Contains("<mark class=\"placeholder\">[[A short title", caseStudy, StringComparison.Ordinal);
        Assert.DoesNotContain("content=\"<mark", caseStudy, StringComparison.Ordinal); // never inside an attribute
    }

    [Fact]
    public void NewSite_OnceEveryPieceOfStarterTextIsReplaced_ValidatesAndBuilds_WithNothingLeftOver()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "east-riding", "--name", "East Riding Health and Care Partnership", "--nation", "England"]).ExitCode);
        FillIn(site);
        var validate = site.Run("validate");
        Assert.True(validate.ExitCode == 0, validate.Stderr);
        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.DoesNotContain("[[", site.Page("/reports/"), StringComparison.Ordinal);
        Assert.DoesNotContain("placeholder", site.Page("/case-studies/first-case-study/"), StringComparison.Ordinal);
        Assert.Contains("East Riding Health and Care Partnership", site.Page("/"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_ForAWelshBoard_IsBilingualFromTheStart()
    {
        using var site = new TempSite();
        var r = New([site.Root, "--system", "glannau-dyfi", "--name", "Glannau Dyfi University Health Board", "--nation", "Wales"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("type: LHB", site.Read("data/systems/glannau-dyfi.yml"), StringComparison.Ordinal);
        Assert.Contains("required: [glannau-dyfi]", site.Read("data/site.yml"), StringComparison.Ordinal);
        foreach (var rel in new[] { "data/site.cy.yml", "data/systems/glannau-dyfi.cy.yml", "data/case-studies/first-case-study.cy.yml", "data/principles.cy.yml", "data/metrics.cy.yml", "input/accessibility.cy.md" })
            Assert.True(File.Exists(site.Path_(rel)), $"no Welsh file {rel}");

        var look = site.Run("build", "--allow-placeholders");
        Assert.True(look.ExitCode == 0, look.Stderr);
        Assert.Contains("lang=\"cy\"", site.Page("/cy/"), StringComparison.Ordinal);

        FillIn(site);
        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(site.Exists("/cy/case-studies/first-case-study/"));
        // The Welsh is required for this board: removing a translation fails the build.
        site.Delete("data/case-studies/first-case-study.cy.yml");
        Assert.Contains(site.Run("build").Errors, e => e.Contains("SR0601", StringComparison.Ordinal));
    }

    [Fact]
    public void NewSite_ForAKnownSystem_FillsInItsDetails()
    {
        using var site = new TempSite();
        var r = New([site.Root, "--system", "hywel-dda"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var system = site.Read("data/systems/hywel-dda.yml");
        Assert.Contains("name: \"Hywel Dda University Health Board\"", system, StringComparison.Ordinal);
        Assert.Contains("welsh-name: \"Bwrdd Iechyd Prifysgol Hywel Dda\"", system, StringComparison.Ordinal);
        Assert.Contains("nation: Wales", system, StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_RefusesAFolderThatIsNotEmpty_AndTouchesNothing()
    {
        using var site = new TempSite();
        site.Write("notes.txt", "mine");
        var r = New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not empty", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));

        // A fresh clone (only .git) is a fine place to start.
        using var clone = new TempSite();
        Directory.CreateDirectory(clone.Path_(".git"));
        Assert.Equal(0, New([clone.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
    }

    [Theory]
    [InlineData(new[] { "--type", "ICS" }, "--system")]
    [InlineData(new[] { "--system", "north-shore", "--type", "ICS" }, "--name")]
    [InlineData(new[] { "--system", "north-shore", "--name", "North Shore" }, "--type")]
    public void NewSite_WithoutATerminal_NeverAsks_AndNamesTheMissingOption(string[] args, string missing)
    {
        using var site = new TempSite();
        var r = New([Path.Combine(site.Root, "new"), .. args], input: null);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(missing, r.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "new")));
    }

    [Fact]
    public void NewSite_WithANameAndNoId_MakesTheIdFromTheName_AndSaysSo()
    {
        using var site = new TempSite();
        var r = New([site.Root, "--name", "Wirral Place Partnership", "--type", "ICS"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("'wirral-place-partnership'", r.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(site.Path_("data/systems/wirral-place-partnership.yml")));
    }

    [Fact]
    public void NewSite_OnATerminal_AsksForWhatIsMissing()
    {
        using var site = new TempSite();
        var answers = new StringReader("north-shore\nNorth Shore Integrated Care System\nics\n");
        var r = New([site.Root], answers);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("The system's id", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("type: ICS", site.Read("data/systems/north-shore.yml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Humber and North Yorkshire Health and Care Partnership", "--system humber-and-north-yorkshire")]
    [InlineData("North_Shore", "--system north-shore")]
    public void NewSite_WithANameForAnId_SuggestsTheId(string given, string hint)
    {
        using var site = new TempSite();
        var r = New([site.Root, "--system", given, "--name", "X", "--type", "ICS"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(hint, r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ICS", "Wales")]
    [InlineData("LHB", "England")]
    public void NewSite_WithATypeThatDoesNotMatchTheNation_SaysWhich(string type, string nation)
    {
        using var site = new TempSite();
        var r = New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", type, "--nation", nation]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("an ICS is in England and a local health board (LHB) in Wales", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_PublishWorkflow_IsValidYaml_ThatDeploysToGitHubPagesWithTheReleasedProgram()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        var text = site.Read(".github/workflows/publish.yml");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());
        var steps = ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(j => (YamlSequenceNode)j["steps"]).Cast<YamlMappingNode>().ToList();
        var uses = steps.Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()).ToList();
        Assert.Contains("actions/upload-pages-artifact@v5", uses);
        Assert.Contains("actions/deploy-pages@v5", uses);
        Assert.DoesNotContain(uses, u => u.Contains("setup-dotnet", StringComparison.Ordinal)); // the released program, not the SDK
        var runs = string.Join("\n", steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()));
        Assert.Contains($"statiqreport-$STATIQREPORT_VERSION-linux-x64.zip", runs, StringComparison.Ordinal);
        Assert.Contains("statiqreport build", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet", runs, StringComparison.Ordinal);
        Assert.Contains($"STATIQREPORT_VERSION: \"{ProgramVersion.Short}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_ForAWelshBoard_SuggestsASummaryForAHealthBoard_AndAWelshStatementSectionBySection()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "hywel-dda"]).ExitCode);
        var system = site.Read("data/systems/hywel-dda.yml");
        Assert.Contains("e.g. The health board for the people of", system, StringComparison.Ordinal);
        Assert.DoesNotContain("integrated care system for", system, StringComparison.Ordinal);
        var statement = site.Read("input/accessibility.cy.md");
        Assert.Contains("## Adborth a gwybodaeth gyswllt\n\n[[In Welsh: the section \"Feedback and contact information\"", statement, StringComparison.Ordinal);
        Assert.Contains("### Statws cydymffurfio\n\n[[In Welsh:", statement, StringComparison.Ordinal);
        Assert.True(StatiqReport.Starter.Placeholders.Find(statement, "input/accessibility.cy.md").Count >= 8);
    }

    [Fact]
    public void NewSite_AccessibilityStatement_LeavesTheComplianceStatusToThePublisher()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        var statement = site.Read("input/accessibility.md");
        Assert.DoesNotContain("fully compliant with", statement, StringComparison.Ordinal);
        var (line, column) = StarterEdits.Where(statement, "[[Say whether this website is fully, partially or not compliant");
        Assert.Contains("### Compliance status", statement.Split('\n')[line - 3], StringComparison.Ordinal);
        var build = site.Run("validate");
        Assert.Contains(build.Errors, e => e.StartsWith($"input/accessibility.md({line},{column}): error SR0701", StringComparison.Ordinal));
    }

    [Fact]
    public void NewSite_ExampleFigures_AreNotMarkedIllustrative_ButStopTheBuildUntilTheirSourceIsWritten()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        var rows = site.Read("data/metrics/north-shore.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("system,metric,period,value,source,note,illustrative", rows[0]);
        // A person who writes their own figure and source must not be left with it marked illustrative.
        Assert.All(rows.Skip(1), r => Assert.EndsWith("\",", r, StringComparison.Ordinal));
        var validate = site.Run("validate");
        Assert.Contains(validate.Errors, e => e.StartsWith("data/metrics/north-shore.csv(2,", StringComparison.Ordinal)
            && e.Contains("error SR0701: starter text still to replace: [[Where this figure comes from", StringComparison.Ordinal));
    }

    [Fact]
    public void NewSite_OnATerminal_AsksAgainAfterAWrongAnswer()
    {
        using var site = new TempSite();
        var answers = new StringReader("North Shore\nnorth-shore\n\nNorth Shore Integrated Care System\nEngland\nics\n");
        var r = New([site.Root], answers);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("'North Shore' is not a system id: an id is written in lower case with hyphens, e.g. --system north-shore. Please try again.", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("No answer was given. Please try again.", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("The type must be ICS or LHB, not 'England'. Please try again.", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("type: ICS", site.Read("data/systems/north-shore.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_OnATerminal_GivesUpAfterThreeWrongAnswers_SayingWhy()
    {
        using var site = new TempSite();
        var r = New([Path.Combine(site.Root, "new"), "--system", "north-shore", "--name", "North Shore"], new StringReader("Scotland\nNHS\nyes\n"));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(3, r.Stdout.Split("ICS (an integrated care system in England) or LHB").Length - 1);
        Assert.Contains("error: the type must be ICS or LHB, not 'yes'; run new site again with --type", r.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "new")));
    }
}
