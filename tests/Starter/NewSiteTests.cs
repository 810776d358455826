using System.Text.RegularExpressions;
using StatiqReport.Cli;
using StatiqReport.Model;
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

    /// <summary>
    /// Replaces every piece of starter text with plain words, as a person filling the site in would; the workbook of
    /// figures is saved again with the team's own figures and sources, as Excel would save it (another program's bytes).
    /// </summary>
    private static void FillIn(TempSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            if (!rel.StartsWith("data/", StringComparison.Ordinal) && !rel.StartsWith("input/", StringComparison.Ordinal)) continue;
            if (rel.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                site.WriteBytes(rel, OwnFigures(Path.GetFileNameWithoutExtension(rel)));
                continue;
            }
            var text = File.ReadAllText(file);
            var filled = Placeholder().Replace(text, "Our own words");
            if (filled != text) File.WriteAllText(file, filled);
        }
    }

    private static Period ThisYear => StatiqReport.Starter.StarterSite.PeriodOf(DateOnly.FromDateTime(DateTime.Now));

    /// <summary>The starter workbook's table with a team's own figures and sources in place of the examples.</summary>
    private static byte[] OwnFigures(string system) => new Workbook().Sheet("Figures", s => s
        .Row(1, $"Figures for our website, kept by the comms team")
        .Row(3, "system", "metric", ThisYear.Previous.Id, ThisYear.Id, "source", "note", "illustrative")
        .Row(4, system, "apprenticeships", 140, 165, "HR records, March each year", null, null)
        .Row(5, system, "local-spend-share", 27.5, 33.25, "Finance ledger", "Unaudited for the latest year", null)).Bytes();

    /// <summary>The cells of a workbook's sheet as another library reads them: row number (1-based) → column letter → value.</summary>
    private static Dictionary<int, IDictionary<string, object?>> Cells(string path, string sheet) =>
        MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select((row, i) => (row, i)).ToDictionary(x => x.i + 1, x => x.row);

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
            "data/case-studies/first-case-study.yml", "data/metrics/north-shore.xlsx", "input/accessibility.md", "README.md", ".gitignore",
            ".github/workflows/publish.yml",
        ];
        foreach (var rel in expected) Assert.True(File.Exists(site.Path_(rel)), $"new site did not write {rel}");
        Assert.Equal(["north-shore.xlsx"], Directory.EnumerateFiles(site.Path_("data/metrics")).Select(Path.GetFileName)); // no CSV beside it
        var period = ThisYear;
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
            var m = Regex.Match(line, @"^(?<path>[^(]+)\((?<line>\d+),(?<col>\d+)\): error SR0701: (?<cell>Figures![A-Z]+\d+: )?starter text still to replace: (?<text>\[\[.+?\]\])");
            Assert.True(m.Success, $"not a located starter-text error: {line}");
            int row = int.Parse(m.Groups["line"].Value), col = int.Parse(m.Groups["col"].Value);
            var path = m.Groups["path"].Value;
            string at;
            if (path.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                // A cell of the workbook: the row and column, and the sheet and cell, both name it.
                var letter = ((char)('A' + col - 1)).ToString();
                Assert.Equal($"Figures!{letter}{row}: ", m.Groups["cell"].Value);
                at = (string)Cells(site.Path_(path), "Figures")[row][letter]!;
            }
            else at = site.Read(path).Replace("\r\n", "\n").Split('\n')[row - 1][(col - 1)..];
            Assert.StartsWith(m.Groups["text"].Value.Replace("...]]", ""), at, StringComparison.Ordinal);
        }
        Assert.Equal(4, build.Errors.Count(e => e.StartsWith("data/metrics/north-shore.xlsx(", StringComparison.Ordinal))); // source and note of two rows
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
    public void NewSite_StartsItsFiguresAsAWorkbook_InTheWideLayout_ExplainedAboveTheTable()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        var book = site.Path_("data/metrics/north-shore.xlsx");
        Assert.Equal(["Figures"], MiniExcelLibs.MiniExcel.GetSheetNames(book));
        var cells = Cells(book, "Figures");

        // Lines for the person above the table, in column A only (so each shows across the empty cells beside it).
        Assert.Equal("Figures for North Shore", cells[1]["A"]);
        var help = string.Join("\n", Enumerable.Range(2, 6).Select(r => (string)cells[r]["A"]!));
        Assert.Contains("one row per metric and one column per financial year", help, StringComparison.Ordinal);
        Assert.Contains("system: north-shore on every row", help, StringComparison.Ordinal);
        Assert.Contains("an empty cell is never read as zero", help, StringComparison.Ordinal);
        Assert.Contains($"Add a column headed {ThisYear.Next.Id}", help, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", help, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 8), r => Assert.All(cells[r].Where(c => c.Key != "A"), c => Assert.Null(c.Value)));

        // The header and the example rows: numbers stored as numbers, starter text in the source and note.
        Assert.Equal<object?>(["system", "metric", ThisYear.Previous.Id, ThisYear.Id, "source", "note", "illustrative"], cells[9].Values);
        Assert.Equal<object?>(["north-shore", "apprenticeships", 100d, 120d], cells[10].Values.Take(4));
        Assert.Equal<object?>(["north-shore", "local-spend-share", 28.5, 31d], cells[11].Values.Take(4));
        foreach (var row in new[] { 10, 11 })
        {
            Assert.StartsWith("[[Where this figure comes from", (string)cells[row]["E"]!, StringComparison.Ordinal);
            Assert.StartsWith("[[Example row: write your own figure", (string)cells[row]["F"]!, StringComparison.Ordinal);
            Assert.Null(cells[row]["G"]); // not marked illustrative, so a real figure written over one is never left marked so
        }
        Assert.Equal(11, cells.Count);

        // The build stops at each starter cell, at its row and column and named by sheet and cell; the lines above the
        // table are not a sheet of notes, so no build warns that something is not read.
        var validate = site.Run("validate");
        string[] expected =
        [
            "data/metrics/north-shore.xlsx(10,5): error SR0701: Figures!E10: starter text still to replace: [[Where this figure comes from, e.g. our annual report 2025/26]]",
            "data/metrics/north-shore.xlsx(10,6): error SR0701: Figures!F10: starter text still to replace: [[Example row: write your own figure",
            "data/metrics/north-shore.xlsx(11,5): error SR0701: Figures!E11: starter text still to replace: [[Where this figure comes from, e.g. our annual report 2025/26]]",
            "data/metrics/north-shore.xlsx(11,6): error SR0701: Figures!F11: starter text still to replace: [[Example row: write your own figure",
        ];
        var inBook = validate.Errors.Where(e => e.StartsWith("data/metrics/", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Length, inBook.Count);
        foreach (var e in expected) Assert.Contains(inBook, l => l.StartsWith(e, StringComparison.Ordinal));
        Assert.DoesNotContain("SR0212", validate.Stderr, StringComparison.Ordinal);

        // A first look publishes the example figures, starter text highlighted, and still warns of nothing else.
        var look = site.Run("build", "--allow-placeholders");
        Assert.True(look.ExitCode == 0, look.Stderr);
        Assert.DoesNotContain("SR0212", look.Stderr, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"placeholder\">[[Where this figure comes from", site.Page("/metrics/apprenticeships/"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_WorkbookWithTheTeamsOwnFiguresAndSources_Builds_AndThePagesShowThem()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        FillIn(site);

        var build = site.Run("build");

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.DoesNotContain("warning SR02", build.Stderr, StringComparison.Ordinal);
        var download = site.Read("output/data/systems/north-shore.csv");
        Assert.Contains($"north-shore,apprenticeships,{ThisYear.Id},165,\"HR records, March each year\"", download, StringComparison.Ordinal);
        Assert.Contains($"north-shore,local-spend-share,{ThisYear.Id},33.25,Finance ledger,Unaudited for the latest year", download, StringComparison.Ordinal);
        Assert.Contains($"north-shore,apprenticeships,{ThisYear.Previous.Id},140,", download, StringComparison.Ordinal);
        var page = site.Page("/metrics/apprenticeships/");
        Assert.Contains("165", page, StringComparison.Ordinal);
        Assert.Contains("HR records, March each year", page, StringComparison.Ordinal);
    }

    [Fact]
    public void NewSite_TwiceForTheSameSystem_WritesTheSameWorkbook_ByteForByte()
    {
        using var one = new TempSite();
        using var two = new TempSite();
        Assert.Equal(0, New([one.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        Assert.Equal(0, New([two.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        // MiniExcel dates every part and draws new relationship ids on every save: neither reaches the file.
        Assert.Equal(File.ReadAllBytes(one.Path_("data/metrics/north-shore.xlsx")), File.ReadAllBytes(two.Path_("data/metrics/north-shore.xlsx")));
    }

    [Fact]
    public void NewSite_Readmes_SayFiguresGoInTheWorkbook_AndThatACsvWorksToo()
    {
        using var site = new TempSite();
        Assert.Equal(0, New([site.Root, "--system", "north-shore", "--name", "North Shore", "--type", "ICS"]).ExitCode);
        var own = site.Read("README.md");
        Assert.Contains("| `data/metrics/north-shore.xlsx` | your figures", own, StringComparison.Ordinal);
        Assert.Contains("`data/metrics/<name>.csv`", own, StringComparison.Ordinal);
        Assert.DoesNotContain("north-shore.csv", own, StringComparison.Ordinal);
        var main = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "README.md"));
        Assert.Contains("| `data/metrics/<id>.xlsx` |", main, StringComparison.Ordinal);
        Assert.Contains("`new site` starts a site's figures as a workbook", main, StringComparison.Ordinal);
        Assert.DoesNotContain("`new site` still starts a site's figures as a CSV file", main, StringComparison.Ordinal);
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
