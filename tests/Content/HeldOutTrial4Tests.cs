using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Issue 15's fourth held-out trial: mistakes a comms officer made that were accepted in silence, reported
/// in the wrong place or answered with a fix that makes things worse. Each is now one located error whose
/// words name the fix. The planted content is the tester's, fitted to the minimal fixture site.
/// </summary>
public sealed class HeldOutTrial4Tests
{
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string Csv = "data/metrics/values.csv";
    private const string Report = "input/reports/alpha/2023-24.md";

    private static RunResult Validate(Action<TempSite> change, params string[] args) => HeldOut.Validate(change, args);

    private static string OnlyError(RunResult result, string prefix, params string[] phrases) => HeldOut.OnlyError(result, prefix, phrases);

    // D19: "£m" was taken as a unit of its own, so £1.2m (written 1200000) was shown as "1,200,000 £m".
    [Theory]
    [InlineData("£m", "£1.2m is written 1200000")]
    [InlineData("£k", "£250k is written 250000")]
    [InlineData("£ million", "£1.2m is written 1200000")]
    public void MetricUnitOfMillionsOfPounds_IsAnsweredWithGbpAndFiguresInPounds(string unit, string example)
    {
        var r = Validate(s => s.Replace("data/metrics.yml", "  unit: gbp", $"  unit: {unit}"));
        OnlyError(r, "data/metrics.yml(4,9): error SR0112: ", "write unit: gbp and give every figure in pounds", example);
        // The metric's values in the CSV and its use in the report are not reported again as an unknown metric.
        Assert.DoesNotContain("SR0105", r.Stderr, StringComparison.Ordinal);
    }

    // D18: "Percent" with a capital was shown as "38.1 Percent", and a change not in percentage points.
    [Fact]
    public void MetricUnitWithACapital_IsAnsweredWithTheWordInSmallLetters()
    {
        var r = Validate(s => s.Replace("data/metrics.yml", "  unit: percent", "  unit: Percent"));
        OnlyError(r, "data/metrics.yml(10,9): error SR0112: ", "write unit: percent in small letters", "23.5%, and a change in percentage points");
    }

    [Fact]
    public void FigureUnitWrittenCount_WithACapital_IsAnsweredToo()
    {
        var r = Validate(s => s.Replace(Case, "    unit: count", "    unit: Count"));
        OnlyError(r, $"{Case}(13,11): error SR0112: ", "write unit: count in small letters");
    }

    [Fact]
    public void CustomUnit_IsStillShownAfterTheNumber()
    {
        var r = Validate(s => { });
        Assert.Equal(0, r.ExitCode);
    }

    // K01: "number: two" dropped the principle, and every case study naming it got "unknown principle".
    [Fact]
    public void PrincipleNumberInWords_IsOneErrorInTheCatalogue_NotUnknownPrincipleInEveryCaseStudy()
    {
        var r = Validate(s => s.Replace("data/principles.yml", "  number: 2\n", "  number: two\n"));
        OnlyError(r, "data/principles.yml(6,11): error SR0119: ", "write number: 2", "'two'");
    }

    // D20: a principle deleted from the catalogue: its error, not one in every case study that names it.
    [Fact]
    public void PrincipleDeletedFromTheCatalogue_IsReportedThereOnly()
    {
        var r = Validate(s => s.Replace("data/principles.yml", "- id: local-assets\n  number: 2\n  title: Principle two\n  summary: The second principle.\n", ""));
        OnlyError(r, "data/principles.yml(1,1): error SR0118: ", "has no entry for 'local-assets'; add it");
    }

    [Fact]
    public void MetricWithAMistake_IsNotAnUnknownMetricInTheCsv()
    {
        var r = Validate(s => s.Replace("data/metrics.yml", "  better: down", "  better: lower"));
        OnlyError(r, "data/metrics.yml(17,11): error SR0112: ", "'better' must be 'up'");
    }

    // D01: "  did: |" indented under "faced: |" is read as more of faced's text; the error was "missing did" at (1,1).
    [Fact]
    public void KeyIndentedUnderATextBlock_IsReportedAtTheKey_WithTheColumnToStartAt()
    {
        var r = Validate(s => s.Replace(Case, "did: |\n  The system ran", "  did: |\n  The system ran"));
        OnlyError(r, $"{Case}(7,3): error SR0001: ", "'did:' starts at column 3, under the text of 'faced' (line 5)", "start 'did:' at column 1, in line with 'faced'");
    }

    [Fact]
    public void TextThatMentionsAKeyWord_InsideATextBlock_IsStillText()
    {
        var r = Validate(s => s.Replace(Case, "  Unemployment was high.", "  Unemployment was high.\n  did: | not a key here"));
        Assert.Equal(0, r.ExitCode);
    }

    // Y06: a text block pasted with its first line 4 spaces in and the next 2 was told to add a colon.
    [Fact]
    public void TextBlockLineLeftOfTheFirstLine_SaysToLineItUp_NotToAddAColon()
    {
        var r = Validate(s => s.Replace(Case, "results: |\n  - 100 people found work.", "results: |\n    The programme is widening life chances.\n  It also improves recruitment."));
        var error = OnlyError(r, $"{Case}(11,3): error SR0001: ", "more of the text of 'results'", "move this line to column 5, or line 10 to column 3");
        Assert.DoesNotContain("colon", error, StringComparison.Ordinal);
    }

    // V01: validate run inside data/ said the four catalogues were missing; following that made data/data/.
    [Fact]
    public void RunInsideTheDataFolder_TheSiteFolderAboveIsUsed()
    {
        using var site = new TempSite("minimal-site");
        var inside = site.Path_("data/case-studies");
        Assert.Equal(site.Root, StatiqReport.Cli.SiteFolder.Of(null, site.Path_("data")));
        Assert.Equal(site.Root, StatiqReport.Cli.SiteFolder.Of(null, inside));
        Assert.Equal(site.Root, StatiqReport.Cli.SiteFolder.Of(null, site.Root));
        // --root always wins, and a folder with no site above it stays the folder it is.
        Assert.Equal(inside, StatiqReport.Cli.SiteFolder.Of(inside, site.Root));
        var lone = Directory.CreateTempSubdirectory("lone-").FullName;
        try { Assert.Equal(lone, StatiqReport.Cli.SiteFolder.Of(null, lone)); }
        finally { Directory.Delete(lone, true); }
    }

    // C18, C19: "Copy of x.yml" and "x (1).yml" were told to be renamed copy-of-x.yml / x-1.yml: the same case study twice.
    [Theory]
    [InlineData("Copy of alpha-jobs.yml")]
    [InlineData("alpha-jobs (1).yml")]
    [InlineData("alpha-jobs - Copy.yml")]
    public void CaseStudyCopyBesideItsOriginal_SaysItLooksLikeACopyToDelete(string name)
    {
        var r = Validate(s => s.Write("data/case-studies/" + name, s.Read(Case)));
        var error = OnlyError(r, $"data/case-studies/{name}(1,1): error SR0109: ", "looks like a copy of alpha-jobs.yml", "if it is the same case study, delete it",
            "if it is a new case study, rename it to an id of its own");
        Assert.DoesNotContain("copy-of", error, StringComparison.Ordinal);
        Assert.DoesNotContain("alpha-jobs-1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNamedLikeACopyWithNoOriginal_GetsTheIdAdvice()
    {
        var r = Validate(s => s.Write("data/case-studies/Beta jobs (1).yml", s.Read(Case)));
        Assert.Contains("data/case-studies/Beta jobs (1).yml(1,1): error SR0109: the file name 'Beta jobs (1)' is the case study's id", r.Stderr, StringComparison.Ordinal);
    }

    // M11: a downloaded copy of a CSV gave four "second value" errors placed in the real file.
    [Fact]
    public void CsvCopyBesideItsOriginal_IsOneErrorAtTheCopy()
    {
        var r = Validate(s => s.Write("data/metrics/values (1).csv", s.Read(Csv)));
        OnlyError(r, "data/metrics/values (1).csv(1,1): error SR0204: ", "looks like a copy of values.csv", "if it is the same file of figures, delete it");
    }

    // M14, M15: one column per year in a CSV gave four errors, none naming the layout.
    [Fact]
    public void CsvWithOneColumnPerYear_SaysToWriteARowPerFigureOrUseAWorkbook()
    {
        var r = Validate(s => s.Write(Csv, "system,metric, 2022-23 ,2023-24\nalpha,local-share,17.25%,23.5\n"));
        OnlyError(r, $"{Csv}(1,15): error SR0201: ", "one column per year (2022-23, 2023-24)", "line 2 would be alpha,local-share,2022-23,17.25,", "Excel workbook (.xlsx)");
    }

    // D26: a second header row pasted in the middle gave five errors, one per cell.
    [Fact]
    public void RepeatedHeaderRow_IsOneErrorSayingToDeleteIt()
    {
        var r = Validate(s => s.Replace(Csv, "alpha,local-share,2022-23", "system,metric,period,value,source,note,illustrative\nalpha,local-share,2022-23"));
        OnlyError(r, $"{Csv}(4,1): error SR0205: ", "repeats the header row", "delete it");
    }

    // M28: Excel's total row gave three errors (system empty, metric empty, Total not a period).
    [Fact]
    public void TotalRow_IsOneErrorSayingToDeleteIt()
    {
        var r = Validate(s => s.Write(Csv, s.Read(Csv) + ",,Total,251,,,\n"));
        OnlyError(r, $"{Csv}(8,1): error SR0205: ", "looks like a total row", "delete the row");
    }

    // S10: a system file copied under another id listed the system twice.
    [Fact]
    public void TwoSystemFilesWithOneName_IsAnErrorAtTheCopy()
    {
        var r = Validate(s => s.Write("data/systems/alpha-ics.yml", s.Read("data/systems/alpha.yml")));
        OnlyError(r, "data/systems/alpha-ics.yml(1,1): error SR0113: ", "the same name", "as data/systems/alpha.yml, so the site would list it twice", "delete one of the two files");
    }

    // C21: a Word document among the case studies was told to become a page in input/.
    [Fact]
    public void WordDocumentAmongTheCaseStudies_SaysACaseStudyIsAYamlFile()
    {
        var r = Validate(s => s.WriteBytes("data/case-studies/story.docx", [0x50, 0x4B, 0x03, 0x04]));
        OnlyError(r, "data/case-studies/story.docx(1,1): error SR0005: ", "a case study is a YAML file, data/case-studies/<id>.yml", "new case-study <id>",
            "copy the text into its faced, did and results");
    }

    // C23: a case study written as Markdown was told to move to input/ as a free page.
    [Fact]
    public void MarkdownAmongTheCaseStudies_SaysToSaveItAsYaml()
    {
        var r = Validate(s => s.Write("data/case-studies/2024/leeds-story.md", "# Leeds story\n\nSome text.\n"));
        var error = OnlyError(r, "data/case-studies/2024/leeds-story.md(1,1): error SR0005: ", "a case study is a YAML file, not Markdown",
            "save it as data/case-studies/2024/leeds-story.yml", "title, system, principles, summary, faced, did and results");
        Assert.DoesNotContain("move it there", error, StringComparison.Ordinal);
    }

    // W02: the Welsh twin saved as x-cy.yml was read as a new English case study missing its principles and system.
    [Fact]
    public void WelshTwinNamedWithAHyphen_SaysToNameItDotCy()
    {
        var r = Validate(s => s.Write("data/case-studies/alpha-jobs-cy.yml", "title: Swyddi Alpha\nsummary: Pobl leol.\n"));
        OnlyError(r, "data/case-studies/alpha-jobs-cy.yml(1,1): error SR0602: ", "the Welsh translation of alpha-jobs.yml", "rename it to alpha-jobs.cy.yml");
    }

    // D34: the English report saved as 2024-25.cy.md gave eight errors, none naming the mistake.
    [Fact]
    public void EnglishReportSavedWithDotCy_SaysToRenameIt()
    {
        var r = Validate(s => s.Write("input/reports/alpha/2024-25.cy.md", "---\ntitle: Alpha's next year\nhighlights: [local-spend]\nthemes:\n  - title: Local value\n    metrics: [local-spend]\n---\nOur foreword.\n"));
        OnlyError(r, "input/reports/alpha/2024-25.cy.md(1,1): error SR0602: ", "looks like the English report saved with .cy in its name", "it has highlights and metrics",
            "rename it to input/reports/alpha/2024-25.md");
    }

    // W04: a Welsh twin listing more organisations than the English was accepted; the Welsh page listed one the English does not.
    [Fact]
    public void WelshOrganisationsLongerThanTheEnglish_IsAnError()
    {
        const string welsh = "title: Swyddi Alpha\nsummary: Pobl leol.\nfaced: Diweithdra.\ndid: Rhaglen.\nresults: Swyddi.\norganisations:\n  - Bwrdd Iechyd\n  - Cyngor Sir\n";
        var r = Validate(s => s.Replace(Case, "figures:", "organisations:\n  - Alpha Health Board\nfigures:").Write("data/case-studies/alpha-jobs.cy.yml", welsh));
        OnlyError(r, "data/case-studies/alpha-jobs.cy.yml(7,3): error SR0603: ", "'organisations' has 2 items in Welsh but 1 in English");
    }

    // T02: a comma for a dot in the site's email was accepted; the footer's email link did not work.
    [Fact]
    public void SiteEmailWithACommaForADot_SaysWhichAddressToWrite()
    {
        var r = Validate(s => s.Write("data/site.yml", "title: Alpha\nemail: comms@wypartnership,nhs.uk\n"));
        OnlyError(r, "data/site.yml(2,8): error SR0116: ", "found 'comms@wypartnership,nhs.uk': a comma where a dot belongs? Write email: comms@wypartnership.nhs.uk");
    }

    // P06, C32, C33: email links written mailto://x, mailto;x or as the bare address: accepted, or told to start with / or https://.
    [Theory]
    [InlineData("[Email us](mailto://comms@wy.nhs.uk)", 1, "written with '://' where the colon belongs: write mailto:comms@wy.nhs.uk")]
    [InlineData("[email us](mailto;anchors@leeds.gov.uk)", 1, "written with ';' where the colon belongs: write mailto:anchors@leeds.gov.uk")]
    [InlineData("Contact [anchors@leeds.gov.uk](anchors@leeds.gov.uk) for details.", 9, "is an email address: write mailto: before it, as in (mailto:anchors@leeds.gov.uk)")]
    [InlineData("[Email us](mailto:comms@wy,nhs.uk)", 1, "does not hold an email address after mailto:")]
    public void EmailLinkMistakes_SayHowToWriteAMailtoLink(string line, int column, string phrase)
    {
        var r = Validate(s => s.Replace("input/about.md", "A test site.", line));
        var error = OnlyError(r, $"input/about.md(7,{column}): error SR0302: ", phrase);
        Assert.DoesNotContain("starting with '/'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void GoodMailtoLink_IsAccepted()
    {
        var r = Validate(s => s.Replace("input/about.md", "A test site.", "[Email us](mailto:comms@wy.nhs.uk)"));
        Assert.Equal(0, r.ExitCode);
    }

    // D17: "[the IPPR report] (https://...)" was accepted, and the page showed the brackets and the address as text.
    [Fact]
    public void SpaceBetweenBracketAndAddress_IsAnErrorAtTheLink()
    {
        var r = Validate(s => s.Replace(Case, "  - 100 people found work.", "  - See [the IPPR report] (https://www.ippr.org)."));
        OnlyError(r, $"{Case}(10,9): error SR0302: ", "a space between ] and (", "delete the space, as in [the IPPR report](https://www.ippr.org)");
    }

    // R09, R21: a picture in a foreword was told to use an address starting with '/', which then "points at no page".
    [Theory]
    [InlineData("![Chart of spend](../../images/Chart.PNG)")]
    [InlineData("![Chart of spend](/input/images/chart.png)")]
    public void PictureInAForeword_SaysPicturesAreShownOnlyFromACaseStudysImage(string picture)
    {
        var r = Validate(s => s.WriteBytes("input/images/chart.png", [0x89, 0x50, 0x4E, 0x47]).Replace(Report, "Our foreword.", "Our foreword.\n\n" + picture));
        OnlyError(r, $"{Report}(17,1): error SR0125: ", "pictures are not shown inside the text", "only a case study shows a picture, from its image:");
    }

    // C34 and the link out of the root: a relative link that leaves the site folder says so.
    [Theory]
    [InlineData("[board paper](../../../board-paper.md)", "out of the site folder")]
    [InlineData("[board paper](../../board-paper.md)", "out of the data and input folders")]
    public void LinkLeadingOutOfTheSiteFolder_SaysSo(string link, string where)
    {
        var r = Validate(s => s.Replace(Case, "  Unemployment was high.", "  Unemployment was high. " + link));
        OnlyError(r, $"{Case}(6,26): error SR0401: ", $"leads {where}", "put the document on a web address");
    }

    // R07: a broken link in English text shown on a Welsh page was reported again in the generated cy/ page.
    [Fact]
    public void BrokenLinkInEnglishTextShownOnAWelshPage_IsReportedOnceWhereItWasWritten()
    {
        using var site = new TempSite("welsh-site");
        var lines = site.Read("input/accessibility.md").TrimEnd('\n').Split('\n').Length;
        site.Write("input/accessibility.md", site.Read("input/accessibility.md").TrimEnd('\n') + "\nSee [local spend](/metrics/local-spend-sharee/).\n");
        var r = site.Run("validate");
        OnlyError(r, $"input/accessibility.md({lines + 1},5): error SR0401: ", "'/metrics/local-spend-sharee/' points at no page of this site");
        Assert.DoesNotContain("cy/", string.Join("\n", r.Errors), StringComparison.Ordinal);
    }

    // C50: Word's non-breaking hyphen in an id was answered "write west-yorkshire", which looks the same, at the id's start.
    [Fact]
    public void NonBreakingHyphenInAnId_IsNamedAndPointedAt()
    {
        var r = Validate(s => s.Replace(Case, "system: alpha", "system: alpha\u2011jobs").Write("data/systems/alpha-jobs.yml", "name: Alpha jobs system\ntype: ICS\nnation: England\n"));
        OnlyError(r, $"{Case}(2,14): error SR0109: ", "write 'alpha-jobs'", "a non-breaking hyphen (looks like - but is not", "after 'alpha'", "type - (the hyphen key) in its place");
    }

    // D10: a zero-width space after an id copied from a web page: "write local-assets", which looks the same.
    [Fact]
    public void ZeroWidthSpaceAfterAnId_IsNamedAndPointedAt()
    {
        var r = Validate(s => s.Replace(Case, "principles: [local-assets, share-resources]", "principles:\n  - local-assets\u200b\n  - share-resources"));
        OnlyError(r, $"{Case}(4,17): error SR0109: ", "write 'local-assets'", "an invisible zero-width space", "after 'local-assets'");
    }

    // K11: a list item started with Word's en dash was told to "start it with '- '", which it seems to do.
    [Fact]
    public void ListItemStartingWithAnEnDash_NamesTheDash()
    {
        var r = Validate(s => s.Replace("data/domains.yml", "    - What about net-zero?", "    - What about net-zero?\n    \u2013 And the local economy?"));
        OnlyError(r, "data/domains.yml(6,5): error SR0001: ", "starts with an en dash", "type - (the hyphen key) in its place");
    }

    // C47: Word bullets as list items were read as one id "• a • b" and answered "did you mean a?", dropping b.
    [Fact]
    public void WordBulletsAsIdListItems_SayToStartEachWithAHyphen()
    {
        var r = Validate(s => s.Replace(Case, "summary:", "domains:\n  \u2022 employment-skills\n  \u2022 civic-leadership\nsummary:"));
        OnlyError(r, $"{Case}(5,3): error SR0108: ", "instead of a bullet such as '\u2022'", "write '- employment-skills', then '- civic-leadership'");
    }

    // T05: "welsh: required: none" was told to quote it, which makes welsh a text.
    [Fact]
    public void NestedKeyOnTheSameLine_SaysToPutItOnItsOwnIndentedLine()
    {
        var r = Validate(s => s.Write("data/site.yml", "title: Alpha\nwelsh: required: none\n"));
        var error = OnlyError(r, "data/site.yml(2,16): error SR0001: ", "'required' is a key inside 'welsh'", "welsh: {required: none}");
        Assert.DoesNotContain("\"required: none\"", error, StringComparison.Ordinal);
    }

    // Z03: a pasted ```yaml fence was told to be put in double quotes.
    [Fact]
    public void PastedCodeFence_SaysToDeleteTheLine()
    {
        var r = Validate(s => s.Write(Case, "```yaml\n" + s.Read(Case) + "```\n"));
        OnlyError(r, $"{Case}(1,1): error SR0001: ", "a ``` fence", "delete it (and the closing ``` line");
    }

    // C55: a comma in an unquoted label inside { } was called an unknown key.
    [Fact]
    public void CommaInALabelInsideBraces_SaysToQuoteTheLabel()
    {
        var r = Validate(s => s.Replace(Case, "  - value: 100\n    unit: count\n    label: people into work", "  - {value: 2000, unit: count, label: apprentices, including 200 new}"));
        OnlyError(r, $"{Case}(12,52): error SR0001: ", "a comma ends a value", "label: \"apprentices, including 200 new\"");
    }

    // K06: a question with ': ' in it was "each item of questions must be text, found key: value lines".
    [Fact]
    public void ListItemWithAColon_SaysToQuoteIt()
    {
        var r = Validate(s => s.Replace("data/domains.yml", "    - What about net-zero?", "    - Air quality: are we addressing it?"));
        OnlyError(r, "data/domains.yml(5,7): error SR0108: ", "put the whole text in double quotes, as in - \"Air quality: are we addressing it?\"");
    }

    // K10: text carried onto an unindented line was reported at the next key with the generic words.
    [Fact]
    public void UnindentedContinuationBeforeAKey_IsReportedAtItsOwnLine()
    {
        var r = Validate(s => s.Replace("data/metrics.yml", "  definition: Greenhouse gas emissions.", "  definition: Greenhouse gas emissions, from the estate\nand travel. Fewer mean cleaner air.\n  source: 'NHS, the report: a title'"));
        OnlyError(r, "data/metrics.yml(19,1): error SR0001: ", "carries on the text of 'definition' from line 18", "start it with 4 spaces (at column 5)");
    }

    // C62, T12: a { never closed mid-file, and a [ never closed on the last line, were generic errors, one past the end of the file.
    [Fact]
    public void BraceNeverClosedInAListItem_IsReportedWhereItOpens()
    {
        var r = Validate(s => s.Replace(Case, "  - value: 100\n    unit: count\n    label: people into work", "  - {value: 192, unit: count, label: people supported\n  - value: 58\n    unit: percent\n    label: still in post"));
        OnlyError(r, $"{Case}(12,5): error SR0001: ", "the { here is never closed");
    }

    [Fact]
    public void BracketNeverClosedOnTheLastLine_IsReportedWhereItOpens()
    {
        var r = Validate(s => s.Write("data/site.yml", "title: Alpha\n\nbad: [\n"));
        OnlyError(r, "data/site.yml(3,6): error SR0001: ", "the list that starts with [ here is never closed");
    }

    // D11: "image: input/images/x.jpg" named title as the key to write, and warned that the image was unused.
    [Fact]
    public void ImageGivenAsAPath_SaysToWriteSrcAndAlt()
    {
        var r = Validate(s => s.WriteBytes("input/images/p.png", [0x89, 0x50, 0x4E, 0x47]).Replace(Case, "summary:", "image: input/images/p.png\nsummary:"));
        OnlyError(r, $"{Case}(4,8): error SR0004: ", "src (the file) and alt (what it shows)", "image: {src: input/images/p.png, alt: \"what the picture shows\"}");
        Assert.DoesNotContain("SR0010", r.Stderr, StringComparison.Ordinal);
    }

    // C06: "April 2025" got only the generic example.
    [Fact]
    public void DateWithoutADay_SaysADayIsNeeded()
    {
        var r = Validate(s => s.Replace(Case, "summary:", "published: April 2025\nsummary:"));
        OnlyError(r, $"{Case}(4,12): error SR0111: ", "a date needs its day too: write 2025-04-DD", "2025-04-01");
    }

    // C42: "title: #NHSJobs in Leeds" was also "title is empty" at (1,1).
    [Fact]
    public void TitleStartingWithAHashtag_IsOneError()
    {
        var r = Validate(s => s.Replace(Case, "title: Alpha jobs", "title: #AlphaJobs in Leeds"));
        OnlyError(r, $"{Case}(1,8): error SR0007: ", "title: \"#AlphaJobs in Leeds\"");
    }

    private static (int Code, string Stderr) Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = StatiqReport.Cli.Program.Run(args, stdout, stderr);
        return (code, stderr.ToString());
    }

    // N01: "new case-study Community Garden Project" (unquoted) gave "Unrecognized command or argument 'Project'".
    [Fact]
    public void NewCaseStudyWithAnUnquotedTitle_IsAnsweredWithTheId()
    {
        using var site = new TempSite("minimal-site");
        var r = site.Run("new", "case-study", "Community", "Garden", "Project");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'Community Garden Project' has spaces, so it was read as 3 separate words", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("as in community-garden-project", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(site.Path_("data/case-studies/community-garden-project.yml")));
    }

    // NS1: "new site x --system West Yorkshire Health and Care Partnership" (unquoted) gave five "Unrecognized" lines.
    [Fact]
    public void NewSiteWithAnUnquotedSystemName_SaysToQuoteIt_AndGivesTheKnownId()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ns1-" + Guid.NewGuid().ToString("N"));
        var (code, stderr) = Cli("new", "site", folder, "--system", "West", "Yorkshire", "Health", "and", "Care", "Partnership");
        Assert.Equal(2, code);
        Assert.Contains("put quotes around a name, as in --system \"West Yorkshire Health and Care Partnership\"", stderr, StringComparison.Ordinal);
        Assert.Contains("--system west-yorkshire", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder));
    }

    // NS2: "--system west-yorks" (a slip) was taken as a new body and asked for its full name.
    [Fact]
    public void NewSiteWithAMisspeltKnownSystem_SaysDidYouMean()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ns2-" + Guid.NewGuid().ToString("N"));
        var (code, stderr) = Cli("new", "site", folder, "--system", "west-yorks");
        Assert.Equal(2, code);
        Assert.Contains("did you mean --system west-yorkshire (West Yorkshire Health and Care Partnership)?", stderr, StringComparison.Ordinal);
        if (Directory.Exists(folder)) Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }
}
