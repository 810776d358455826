using StatiqReport.Content;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Every file under data/ and input/ is read or reported: content saved in a place or with an extension the
/// contract does not read is an error naming where it belongs; links, unused images and other files are
/// warnings; operating-system and editor litter is ignored.
/// </summary>
public sealed class ContentInventoryTests
{
    /// <summary>Places the contract reads, one of each kind the loaders take.</summary>
    public static TheoryData<string> ReadPlaces() => new()
    {
        "data/site.yml", "data/site.cy.yml", "data/principles.cy.yml", "data/metrics.cy.yml",
        "data/systems/extra.yml", "data/systems/extra.yaml", "data/systems/northshire.cy.yml",
        "data/case-studies/deep/er/extra.yml", "data/case-studies/extra.yaml", "data/case-studies/UPPER.YML",
        "data/case-studies/northshire-heat-network.cy.yml",
        "data/metrics/extra.csv", "data/metrics/extra.xlsx", "data/metrics/Extra.XLSM", "input/extra.md", "input/about.cy.md",
        "input/reports/northshire/2021-22.md", "input/reports/northshire/2023-24.cy.md",
    };

    [Theory]
    [MemberData(nameof(ReadPlaces))]
    public void ReadPlace_IsReadByALoader(string rel)
    {
        // Given bytes that are not text at a place the layout says is read,
        using var site = TempSite.Minimal();
        site.WriteBytes(rel, [0x61, 0xFF, 0xFE, 0x0A]);

        // When the site is validated, a loader (not the inventory) reports the file, so it was read.
        var result = site.Run("validate");

        Assert.True(ContentLayout.IsRead(rel));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Stderr.Split('\n'), l => l.StartsWith(rel + "(", StringComparison.Ordinal) && !l.Contains("SR0005", StringComparison.Ordinal));
        Assert.DoesNotContain("SR0005", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    // A report saved under data/ instead of input/.
    [InlineData("data/reports/northshire/2024-25.md", "move it to input/reports/northshire/2024-25.md")]
    // A report saved as text.
    [InlineData("input/reports/northshire/2024-25.txt", "rename it to '2024-25.md'")]
    // Notepad's ".txt" added to a hidden extension.
    [InlineData("data/case-studies/new-story.yml.txt", "rename it to 'new-story.yml'")]
    // A workbook outside data/metrics/, and workbooks in formats that are not read.
    [InlineData("data/figures.xlsx", "read from CSV files and Excel workbooks in data/metrics/; move it to data/metrics/figures.xlsx")]
    [InlineData("data/metrics/2023/figures.xlsm", "move it to data/metrics/figures.xlsm")]
    [InlineData("data/metrics/figures.xls", "the site does not read Excel 97-2003 workbooks (.xls); in Excel choose File > Save As and pick \"Excel Workbook (*.xlsx)\", as data/metrics/figures.xlsx")]
    [InlineData("data/metrics/figures.ods", "save it as an Excel workbook (.xlsx), as data/metrics/figures.xlsx")]
    // Misspelt file names directly in data/.
    [InlineData("data/principle.yml", "did you mean data/principles.yml?")]
    [InlineData("data/domains.yaml", "rename it to data/domains.yml")]
    [InlineData("data/northshire-heat.yml", "a case study in data/case-studies/<id>.yml")]
    // Sub-folders the loaders do not look in.
    [InlineData("data/systems/old/northshire.yml", "move it to data/systems/northshire.yml")]
    [InlineData("data/metrics/2023/values.csv", "move it to data/metrics/values.csv")]
    [InlineData("input/pages/team.md", "move it to input/team.md")]
    // Content of one kind in another kind's folder.
    [InlineData("data/values.csv", "move it to data/metrics/values.csv")]
    [InlineData("input/values.csv", "move it to data/metrics/values.csv")]
    [InlineData("data/metrics/definitions.yml", "metric definitions belong in data/metrics.yml")]
    [InlineData("input/story.yml", "YAML files belong in the data folder")]
    [InlineData("data/about.md", "move it there: a page to input/<name>.md")]
    // Extensions the loaders do not take.
    [InlineData("input/news.markdown", "rename it to 'news.md'")]
    [InlineData("data/case-studies/story.cy.yaml", "rename it to 'story.cy.yml'")]
    [InlineData("input/foreword.docx", "copy the text into a Markdown file")]
    [InlineData("input/page.html", "save the text as input/page.md")]
    [InlineData("data/metrics/figures.tsv", "CSV UTF-8 (Comma delimited)")]
    public void ContentInTheWrongPlace_IsAnErrorNamingWhereItBelongs(string rel, string fix)
    {
        using var site = TempSite.Minimal();
        site.Write(rel, "title: Something\n");

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n'), l => l.StartsWith(rel + "(1,1): error SR0005: ", StringComparison.Ordinal));
        Assert.Contains(fix, line, StringComparison.Ordinal);
        Assert.Contains("Validation failed: 1 error", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/case-study", "did you mean data/case-studies?")]
    [InlineData("data/case studies", "did you mean data/case-studies?")]
    [InlineData("data/system", "did you mean data/systems?")]
    [InlineData("data/metric", "did you mean data/metrics?")]
    [InlineData("input/report", "did you mean input/reports?")]
    [InlineData("data/Case-Studies", "written 'case-studies' in lower case")]
    [InlineData("input/Reports", "written 'reports' in lower case")]
    [InlineData("Data", "written 'data' in lower case")]
    public void MisspeltFolder_IsOneErrorAtTheFolder(string folder, string fix)
    {
        using var site = new TempSite();
        TempSite.Copy(Fixtures.Path("contract-site"), site.Root);
        site.Write(folder + "/one.yml", "title: One\n").Write(folder + "/two/2023-24.md", "---\ntitle: Two\n---\n");

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stderr.Split('\n').Where(l => l.Contains("SR0005", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.StartsWith(folder + "(1,1): error SR0005: the site does not read this folder", line, StringComparison.Ordinal);
        Assert.Contains(fix, line, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkLeadingOutOfTheRoot_IsAWarningNamingIt_AndTheBuildSucceeds()
    {
        using var outside = new TempSite();
        outside.Write("stories/secret.yml", "title: Not ours\n");
        using var site = TempSite.Minimal();
        Directory.CreateSymbolicLink(site.Path_("data/case-studies/shared"), outside.Path_("stories"));
        File.CreateSymbolicLink(site.Path_("input/linked.md"), outside.Path_("stories/secret.yml"));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var all = result.Stdout + result.Stderr;
        Assert.Contains("data/case-studies/shared(1,1): warning SR0006: this is a link to ", all, StringComparison.Ordinal);
        Assert.Contains("input/linked.md(1,1): warning SR0006: this is a link to ", all, StringComparison.Ordinal);
        Assert.Contains("outside the site folder, so it is not read", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Not ours", Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
    }

    [Fact]
    public void LinkInsideTheRoot_IsAWarningThatItIsNotFollowed()
    {
        using var site = TempSite.Minimal();
        Directory.CreateSymbolicLink(site.Path_("input/systems"), site.Path_("data/systems"));

        var result = site.Run("validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("input/systems(1,1): warning SR0006:", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.Contains("links are not followed", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemAndEditorLitter_IsIgnored()
    {
        using var site = TempSite.Minimal();
        foreach (var rel in new[] { "data/.DS_Store", "input/Thumbs.db", "data/case-studies/desktop.ini", "input/~$foreword.docx",
                     "data/case-studies/northshire-heat-network.yml~", "data/systems/northshire.yml.bak", "input/.gitkeep", "data/metrics/.~lock.values.csv#" })
            site.Write(rel, "x");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("SR0005", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SR0010", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusedImageAndOtherFiles_AreWarnings_UsedImageIsNot()
    {
        using var site = TempSite.Minimal();
        site.WriteBytes("input/images/unused.jpg", [0xFF, 0xD8, 0xFF]).Write("input/annual-report.pdf", "%PDF-1.4");

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var all = result.Stdout + result.Stderr;
        Assert.Contains("input/images/unused.jpg(1,1): warning SR0010: no case study or report uses this image, so it is not published", all, StringComparison.Ordinal);
        Assert.Contains("input/annual-report.pdf(1,1): warning SR0010: the site does not publish this kind of file", all, StringComparison.Ordinal);
        // The contract site's case study names input/images/heat-network.png: it is published, without a warning.
        Assert.DoesNotContain("heat-network.png(1,1)", all, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "input", "images", "heat-network.png")));
        Assert.False(File.Exists(Path.Combine(site.Output, "input", "images", "unused.jpg")));
    }

    [Fact]
    public void ImageOfACaseStudyWithAnError_IsNotCalledUnused()
    {
        using var site = TempSite.Minimal();
        site.Replace("data/case-studies/northshire-heat-network.yml", "title:", "titel:");

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("heat-network.png", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleSite_HasNoStrayFiles()
    {
        using var site = new TempSite();
        foreach (var dir in new[] { "data", "input" })
            TempSite.Copy(Path.Combine(Fixtures.RepoRoot, dir), Path.Combine(site.Root, dir));

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("SR0005", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SR0010", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    // A copy with a capital beside the real file (f05), and the metrics with an extra metric beside metrics.yml (f07).
    [InlineData("data/Site.yml", "site.yml")]
    [InlineData("data/Metrics.yml", "metrics.yml")]
    [InlineData("data/SITE.YML", "site.yml")]
    [InlineData("data/Domains.cy.yml", "domains.cy.yml")]
    public void DataFileWithOtherCapitals_IsAnErrorSayingToRenameIt(string rel, string exact)
    {
        using var site = TempSite.Minimal();
        site.Write(rel, "title: Capital S title\n");

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Errors);
        Assert.StartsWith(rel + "(1,1): error SR0005: this file is not read: its name must be written exactly '" + exact + "', in lower case; rename it to data/" + exact, line, StringComparison.Ordinal);
        Assert.Contains("Capitals count: Windows would read", line, StringComparison.Ordinal);
        Assert.Contains("the Linux machine that publishes the site does not", line, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteFileRenamedWithACapital_IsAnError_NotADefaultTitle()
    {
        // Given data/site.yml renamed to data/Site.yml (Windows Explorer shows them alike) (f06),
        using var site = TempSite.Minimal();
        File.Move(site.Path_("data/site.yml"), site.Path_("data/Site.yml"));

        var result = site.Run("build");

        // the build fails at that file instead of publishing the default title.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, l => l.StartsWith("data/Site.yml(1,1): error SR0005: ", StringComparison.Ordinal) && l.Contains("rename it to data/site.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void CatalogueRenamedWithACapital_IsNamedByBothErrors()
    {
        // Given data/principles.yml renamed to data/Principles.yml (f09),
        using var site = TempSite.Minimal();
        File.Move(site.Path_("data/principles.yml"), site.Path_("data/Principles.yml"));

        var result = site.Run("validate");

        // the missing catalogue names the file that is there, and that file is an error of its own.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("data/principles.yml(1,1): error SR0002: the catalogue data/principles.yml is missing: there is data/Principles.yml, but capitals count, so rename it to data/principles.yml", result.Errors);
        Assert.Contains(result.Errors, l => l.StartsWith("data/Principles.yml(1,1): error SR0005: this file is not read: its name must be written exactly 'principles.yml'", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingCatalogue_SaysWhatToCreate_InPlainWords()
    {
        using var site = TempSite.Minimal();
        site.Delete("data/domains.yml");

        var result = site.Run("validate");

        Assert.Contains("data/domains.yml(1,1): error SR0002: the catalogue data/domains.yml is missing; create it as a list of entries, each starting with '- id:' (see the README)", result.Errors);
    }

    private const string CaseStudyText = "title: Local people into NHS jobs\nsystem: northshire\nprinciples: [inclusive-growth]\nsummary: S.\nfaced: F.\ndid: D.\nresults: R.\n";

    [Theory]
    // Extensions mistyped (f24, f25): an error with the name to use, not the 'not published' warning meant for PDFs.
    [InlineData("data/case-studies/local-jobs.ymal", "the site does not read '.ymal' files; did you mean 'local-jobs.yml'? Rename it to 'local-jobs.yml'")]
    [InlineData("data/case-studies/local-jobs.ym", "did you mean 'local-jobs.yml'? Rename it to 'local-jobs.yml'")]
    [InlineData("data/case-studies/deeper/local-jobs.yl", "did you mean 'local-jobs.yml'? Rename it to 'local-jobs.yml'")]
    [InlineData("data/systems/eastshire.YMAL", "did you mean 'eastshire.yml'? Rename it to 'eastshire.yml'")]
    [InlineData("data/metrics/staff.cvs", "the site does not read '.cvs' files; did you mean 'staff.csv'? Rename it to 'staff.csv'")]
    [InlineData("data/metrics/staff.csb", "did you mean 'staff.csv'? Rename it to 'staff.csv'")]
    [InlineData("input/about.mdd", "did you mean 'about.md'? Rename it to 'about.md'")]
    [InlineData("input/reports/northshire/2024-25.mdd", "did you mean '2024-25.md'? Rename it to '2024-25.md'")]
    // A misspelt extension in the wrong folder: the rename and the move.
    [InlineData("input/staff.cvs", "did you mean 'staff.csv'? Rename it to 'staff.csv' and figures (metric values) are read from CSV files in data/metrics/; move it to data/metrics/staff.csv")]
    // A trailing dot.
    [InlineData("data/case-studies/local-jobs.yml.", "the site does not read '.yml.' files; did you mean 'local-jobs.yml'?")]
    public void MisspeltExtension_IsAnErrorWithTheNameToUse(string rel, string fix)
    {
        using var site = TempSite.Minimal();
        site.Write(rel, rel.Contains("metrics", StringComparison.Ordinal) || rel.EndsWith("cvs", StringComparison.Ordinal)
            ? "system,metric,period,value\nnorthshire,local-spend,2023-24,5\n" : CaseStudyText);

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Errors);
        Assert.StartsWith(rel + "(1,1): error SR0005: ", line, StringComparison.Ordinal);
        Assert.Contains(fix, line, StringComparison.Ordinal);
        Assert.DoesNotContain("SR0010", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    // Notepad's "All files" saves without an extension (f23): the text says what it was meant to be.
    [InlineData("data/case-studies/local-jobs", CaseStudyText, "its text looks like a case study (YAML): rename it to 'local-jobs.yml'")]
    [InlineData("data/metrics/staff", "system,metric,period,value\n", "its text looks like a table of figures (CSV): rename it to 'staff.csv'")]
    [InlineData("input/about", "---\ntitle: About\n---\nText.\n", "its text looks like a page (Markdown): rename it to 'about.md'")]
    public void ContentWithoutAnExtension_IsAnErrorSayingWhatToCallIt(string rel, string text, string fix)
    {
        using var site = TempSite.Minimal();
        site.Write(rel, text);

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Errors);
        Assert.StartsWith(rel + "(1,1): error SR0005: this file's name has no extension, so the site does not read it; " + fix, line, StringComparison.Ordinal);
    }

    [Fact]
    public void NotesWithoutAnExtension_AndOtherFiles_StayWarnings_BackupsStayIgnored()
    {
        using var site = TempSite.Minimal();
        site.Write("data/case-studies/README", "notes about case studies\n")
            .Write("input/annual-report.pdf", "%PDF-1.4")
            .Write("data/case-studies/local-jobs.yml~", CaseStudyText)
            .Write("data/case-studies/notes.xml", "<notes/>");

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var all = result.Stdout + result.Stderr;
        Assert.Contains("data/case-studies/README(1,1): warning SR0010: ", all, StringComparison.Ordinal);
        Assert.Contains("data/case-studies/notes.xml(1,1): warning SR0010: ", all, StringComparison.Ordinal);
        Assert.Contains("input/annual-report.pdf(1,1): warning SR0010: ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("local-jobs.yml~", all, StringComparison.Ordinal);
    }
}
