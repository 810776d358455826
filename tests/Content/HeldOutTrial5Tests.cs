using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Issue 15's fifth held-out trial: mistakes a comms officer made that were accepted in silence or answered with
/// a fix that makes things worse. Each is now one located error whose words name the fix. The planted content is
/// the tester's, fitted to the minimal (or Welsh) fixture site.
/// </summary>
public sealed class HeldOutTrial5Tests
{
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string Report = "input/reports/alpha/2023-24.md";
    private const string WelshCase = "data/case-studies/wales/glan-y-mor-foundational-economy.cy.yml";

    private static RunResult Validate(Action<TempSite> change, params string[] args) => HeldOut.Validate(change, args);

    private static string OnlyError(RunResult result, string prefix, params string[] phrases) => HeldOut.OnlyError(result, prefix, phrases);

    private static RunResult ValidateWelsh(Action<TempSite> change)
    {
        using var site = new TempSite("welsh-site");
        change(site);
        var r = site.Run("validate");
        Assert.DoesNotContain("SR9999", r.Stderr, StringComparison.Ordinal);
        return r;
    }

    // Y08: x.cym.yml (cym, the Welsh language code) was told to become x-cym.yml, a new English case study.
    [Fact]
    public void WelshTwinNamedWithCym_IsToldToBeRenamedDotCy()
    {
        var r = Validate(s => s.Write("data/case-studies/alpha-jobs.cym.yml", s.Read(Case)));
        var e = OnlyError(r, "data/case-studies/alpha-jobs.cym.yml(1,1): error SR0602: ", "the Welsh translation of alpha-jobs.yml", "rename it to alpha-jobs.cy.yml");
        Assert.DoesNotContain("alpha-jobs-cym", e, StringComparison.Ordinal);
    }

    // R18: "2023-24 (1).md" beside 2023-24.md was told to be renamed 2023-24.md, the real report's name.
    [Fact]
    public void DownloadedCopyOfAReport_IsToldToBeDeleted()
    {
        var r = Validate(s => s.Write("input/reports/alpha/2023-24 (1).md", s.Read(Report)));
        var e = OnlyError(r, "input/reports/alpha/2023-24 (1).md(1,1): error SR0303: ", "looks like a copy of 2023-24.md", "if it is the same report, delete it");
        Assert.DoesNotContain("Rename it to input/reports/alpha/2023-24.md", e, StringComparison.Ordinal);
    }

    // S11, S12, S02: a site address with the page file, a space, or http:// broke every link of the built site.
    [Theory]
    [InlineData("https://wypartnership.github.io/anchors/index.html", "without a page name such as index.html")]
    [InlineData("https://wypartnership.github.io/ anchors/", "has a space in it")]
    [InlineData("http://wypartnership.github.io/anchors/", "must start with https://")]
    [InlineData("https://wypartnership.github.io/anchors?page=1", "or a ? or # part")]
    public void SiteAddressThatBreaksEveryLink_IsAnErrorSayingWhatToWrite(string url, string why)
    {
        var r = Validate(s => s.Write("data/site.yml", $"title: Alpha\nurl: {url}\n"));
        OnlyError(r, "data/site.yml(2,6): error SR0116: ", why, "write url: https://wypartnership.github.io/anchors/");
    }

    [Fact]
    public void SiteAddressOfItsFolder_WithOrWithoutTheLastSlash_IsAccepted()
    {
        Assert.Equal(0, Validate(s => s.Write("data/site.yml", "title: Alpha\nurl: https://wypartnership.github.io/anchors\n")).ExitCode);
        Assert.Equal(0, Validate(s => s.Write("data/site.yml", "title: Alpha\nurl: https://www.wypartnership.co.uk/\n")).ExitCode);
    }

    // S15: the full stop of a sentence copied with the address was published as mailto:comms@wyp.nhs.uk.
    [Fact]
    public void EmailEndingWithAFullStop_IsToldToLoseIt()
    {
        var r = Validate(s => s.Write("data/site.yml", "title: Alpha\nemail: comms@wyp.nhs.uk.\n"));
        OnlyError(r, "data/site.yml(2,8): error SR0116: ", "'email' ends with '.'", "write email: comms@wyp.nhs.uk");
    }

    // S04: the clone address's ".git" was written into the forms' settings.
    [Fact]
    public void RepositoryWithDotGit_IsToldToLoseIt()
    {
        var r = Validate(s => s.Write("data/site.yml", "title: Alpha\nrepository: wypartnership/anchors.git\n"));
        OnlyError(r, "data/site.yml(2,13): error SR0810: ", "without the '.git' of the clone address", "write repository: wypartnership/anchors");
    }

    // K09: two principles numbered 2 were published as 1, 2, 2, 4, 5, 6.
    [Fact]
    public void TwoPrinciplesWithOneNumber_IsAnErrorAtTheSecond_NamingTheFreeNumber()
    {
        var r = Validate(s => s.Replace("data/principles.yml", "  number: 3\n", "  number: 2\n"));
        OnlyError(r, "data/principles.yml(10,11): error SR0119: ", "principle 'inclusive-growth' has number 2, which 'local-assets' already has (line 6)",
            "the number not used yet is 3");
    }

    // R08: a commitment written as a plain list item was given the example "title: ...", and a commitment has no title.
    [Fact]
    public void CommitmentAsPlainText_IsShownWithItsOwnKey()
    {
        var r = Validate(s => s.Replace(Report, "  - text: Spend more locally.\n    metric: local-share\n    target: 30\n    by: 2025-26\n", "  - Spend more locally.\n"));
        var e = OnlyError(r, $"{Report}(10,5): error SR0004: ", "a commitment must be written as 'key: value' lines", "as in 'text: Spend more locally.'");
        Assert.DoesNotContain("title", e, StringComparison.Ordinal);
    }

    // Y23: a Welsh figure label written as plain text got "title: ..." (its key is label) and a "0 items" count error.
    [Fact]
    public void WelshFigureLabelAsPlainText_IsOneErrorWithTheLabelKey()
    {
        var r = ValidateWelsh(s => s.Replace(WelshCase, "  - label: o bobl sy'n gwella mewn gwaith", "  - o bobl sy'n gwella mewn gwaith"));
        OnlyError(r, $"{WelshCase}(15,5): error SR0004: ", "a figure's Welsh label must be written as 'key: value' lines", "as in 'label: o bobl sy'n gwella mewn gwaith'");
    }

    // Y15: organisations as one comma text in Welsh: the list hint, and no "0 items in Welsh" error beside it.
    [Fact]
    public void WelshOrganisationsAsOneText_IsOnlyTheListHint()
    {
        var r = ValidateWelsh(s => s.Replace(WelshCase, "organisations:\n  - Bwrdd Iechyd Prifysgol Glan-y-Môr\n  - Menter Gymdeithasol Gerddi Glan\n",
            "organisations: Bwrdd Iechyd Prifysgol Glan-y-Môr, Menter Gymdeithasol Gerddi Glan\n"));
        OnlyError(r, $"{WelshCase}(4,16): error SR0108: ", "must be a list", "write it as 'organisations: [Bwrdd Iechyd Prifysgol Glan-y-Môr,");
    }

    // K12: a metric id renamed in metrics.yml only: every use was told "did you mean" a different metric.
    [Fact]
    public void MetricRenamedInTheCatalogueOnly_NamesTheNewIdAtEachFile()
    {
        var r = Validate(s => s.Replace("data/metrics.yml", "- id: local-share\n", "- id: local-share-percent\n"));
        Assert.Equal(1, r.ExitCode);
        const string Said = "error SR0105: metric 'local-share' is used in 2 files but is not in data/metrics.yml any more: was it renamed to 'local-share-percent'";
        Assert.Contains(r.Errors, e => e.StartsWith($"data/metrics/values.csv(4,7): {Said}", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith($"{Report}(3,27): {Said}", StringComparison.Ordinal)
            && e.Contains("write 'local-share-percent' here and in the other files", StringComparison.Ordinal));
        Assert.DoesNotContain("did you mean", r.Stderr, StringComparison.Ordinal);
    }

    // K12 followed through, and Y18: a Welsh catalogue entry whose id the English lacks names the English id without
    // a Welsh entry, and that id's "has no Welsh entry; add it" (which would add a second entry) is not said as well.
    [Fact]
    public void WelshEntryWithAMistypedId_IsOneErrorNamingTheEnglishIdWithoutWelsh()
    {
        var r = ValidateWelsh(s => s.Replace("data/principles.cy.yml", "- id: anchor-system\n", "- id: anchor-systems\n"));
        OnlyError(r, "data/principles.cy.yml(2,7): error SR0602: ", "there is no principles entry 'anchor-systems'", "did you mean 'anchor-system', which has no Welsh entry yet? Write id: anchor-system");
    }

    // Z09: a metric typo in the front matter held back the foreword's www. link until the next run.
    [Fact]
    public void LinkWithoutHttps_IsReportedInTheSameRunAsAMetricTypo()
    {
        var r = Validate(s => s.Replace(Report, "highlights: [local-spend, local-share]", "highlights: [local-spend, local-shar]")
            .Replace(Report, "Our foreword.", "See [IPPR](www.ippr.org)."));
        Assert.Equal(2, r.Errors.Count);
        Assert.StartsWith($"{Report}(3,27): error SR0105: unknown metric 'local-shar'", r.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Report}(15,5): error SR0401: the link 'www.ippr.org' has no https:// at the start", r.Errors[1], StringComparison.Ordinal);
        Assert.Contains("write https://www.ippr.org", r.Errors[1], StringComparison.Ordinal);
    }

    // Z08: a Welsh list of the wrong length was not counted while another file had an error.
    [Fact]
    public void WelshListOfTheWrongLength_IsReportedInTheSameRunAsAnErrorElsewhere()
    {
        var r = ValidateWelsh(s => s.Replace("input/reports/glan-y-mor/2023-24.cy.md", "  - text: Gwario mwy gyda chyflenwyr ar yr arfordir.\n",
                "  - text: Gwario mwy gyda chyflenwyr ar yr arfordir.\n  - text: Cyflogi mwy o bobl leol.\n")
            .Replace("data/metrics.yml", "  unit: gbp", "  unit: pounds sterling\n  units: gbp"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(r.Errors, e => e.StartsWith("input/reports/glan-y-mor/2023-24.cy.md(9,3): error SR0603: 'commitments' has 2 items in Welsh but 1 in English", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.StartsWith("data/metrics.yml(", StringComparison.Ordinal));
    }

    // R33: a link to the page of a metric that no system has figures for was published as a link to nowhere.
    [Fact]
    public void LinkToTheMetricPageOfAMetricWithoutFigures_IsAWarningWithDidYouMean()
    {
        var r = Validate(s => s.Write("data/metrics.yml", s.Read("data/metrics.yml") + "- id: local-shares\n  domain: procurement\n  title: Shares\n  unit: count\n  better: up\n  definition: Shares.\n")
            .Replace(Report, "Our foreword.", "See [our share](/metrics/local-shares/)."));
        // Such a link is published as its words (README: unreported metrics), so it is a warning, located, with did-you-mean.
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{Report}(15,5): warning SR0401: the link '/metrics/local-shares/' points at the page of the metric 'local-shares', which has no page because no system has figures for it",
            r.Stderr, StringComparison.Ordinal);
        Assert.Contains("so the link is shown as plain words; add its figures, or link to another page (did you mean /metrics/local-share/?)", r.Stderr, StringComparison.Ordinal);
    }

    private const string NoFigures = "- id: local-jobs\n  domain: procurement\n  title: Local jobs\n  unit: count\n  better: up\n  definition: Jobs.\n";

    // R04: a report for a year the figures have no column for: every highlight read "not reported", without a word.
    [Fact]
    public void ReportForAYearWithoutFigures_IsAWarningAtTheReport()
    {
        var r = Validate(s => s.Write("input/reports/alpha/2024-25.md", s.Read(Report)));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("input/reports/alpha/2024-25.md(1,1): warning SR0306: data/metrics/ has no figures for alpha in 2024-25, the year of this report: "
            + "every highlight and chapter figure on its page will read 'not reported for 2024/25'", r.Stderr, StringComparison.Ordinal);
    }

    // R03, R25: a highlight or chapter metric with no figures at all was shown "not reported" or left out, without a word.
    [Fact]
    public void HighlightAndChapterMetricsWithoutFigures_AreWarningsAtTheirIds()
    {
        var r = Validate(s => s.Write("data/metrics.yml", s.Read("data/metrics.yml") + NoFigures)
            .Replace(Report, "highlights: [local-spend, local-share]", "highlights: [local-spend, local-share, local-jobs]")
            .Replace(Report, "    metrics: [local-spend]", "    metrics: [local-spend, carbon]"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{Report}(3,40): warning SR0306: the metric 'local-jobs' has no figures at all in data/metrics/ (so it has no page either), "
            + "so the year at a glance will show it as 'not reported'; add its 2023-24 figure for alpha", r.Stderr, StringComparison.Ordinal);
        // carbon has a figure for 2022-23 and an empty 2023-24 row with a note: the chapter shows it, and nothing is said.
        Assert.DoesNotContain("'carbon'", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ChapterMetricWithoutFigures_SaysTheChapterLeavesItOut()
    {
        var r = Validate(s => s.Write("data/metrics.yml", s.Read("data/metrics.yml") + NoFigures)
            .Replace(Report, "    metrics: [local-spend]", "    metrics: [local-spend, local-jobs]"));
        Assert.Contains($"{Report}(7,28): warning SR0306: the metric 'local-jobs' has no figures at all in data/metrics/ (so it has no page either), so its chapter will leave it out",
            r.Stderr, StringComparison.Ordinal);
    }

    private const string Book = "data/metrics/figures.xlsx";

    private static Func<Workbook.SheetBuilder, Workbook.SheetBuilder> Table => b => b.Row(1, "system", "metric", "2024-25", "2025-26").Row(2, "alpha", "carbon", 150d, 140d).Row(3, "alpha", "local-share", 24d, 25d);

    // B09: an Excel total row under a wide table gave "the system cell is empty" and "Total is not a valid metric id".
    [Fact]
    public void WorkbookTotalRow_IsOneErrorSayingDeleteTheRow()
    {
        var r = Validate(s => s.WriteBytes(Book, new Workbook().Sheet("Figures", b => Table(b).Row(4, null, "Total", 174d, 165d)).Bytes()));
        OnlyError(r, $"{Book}(4,1): error SR0205: Figures!A4: ", "this looks like a total row", "so delete the row");
    }

    // B32: the long layout's total row (",,Total,=SUM"): three errors, none saying it is a total row.
    [Fact]
    public void WorkbookTotalRowInTheLongLayout_IsOneErrorSayingDeleteTheRow()
    {
        var r = Validate(s => s.WriteBytes(Book, new Workbook().Sheet("Sheet1", b => b.Row(1, "system", "metric", "period", "value")
            .Row(2, "alpha", "carbon", "2024-25", 150d).Row(3, "alpha", "carbon", "2025-26", 140d).Row(4, null, null, "Total", 290d)).Bytes()));
        OnlyError(r, $"{Book}(4,1): error SR0205: Sheet1!A4: ", "this looks like a total row", "so delete the row");
    }

    // B33: the header row repeated in the middle (two tables pasted together): an error for each of its cells.
    [Fact]
    public void WorkbookHeaderRowRepeated_IsOneErrorSayingDeleteTheRow()
    {
        var r = Validate(s => s.WriteBytes(Book, new Workbook().Sheet("Figures", b => b.Row(1, "system", "metric", "2024-25", "2025-26").Row(2, "alpha", "carbon", 150d, 140d)
            .Row(3, "system", "metric", "2024-25", "2025-26").Row(4, "alpha", "local-share", 24d, 25d)).Bytes()));
        OnlyError(r, $"{Book}(3,1): error SR0205: Figures!A3: ", "this row repeats the header row of row 1", "delete the row");
    }

    // B19: a sheet copied with Move or Copy ("Figures (2)") gave a duplicate-value error for each figure, placed on the real sheet.
    [Fact]
    public void WorkbookSheetCopiedInExcel_IsOneErrorAtTheCopy()
    {
        var r = Validate(s => s.WriteBytes(Book, new Workbook().Sheet("Figures", b => Table(b)).Sheet("Figures (2)", b => Table(b)).Bytes()));
        OnlyError(r, $"{Book}(1,1): error SR0204: 'Figures (2)'!A1: ", "this sheet looks like a copy of the sheet Figures", "if it holds the same figures, delete it");
    }

    // Y02: the English case study renamed, its Welsh twin left: "a translation of nothing ... or remove it".
    [Fact]
    public void WelshTwinLeftWhenTheEnglishWasRenamed_IsToldTheNameToTake()
    {
        var r = Validate(s => s.Write("data/case-studies/local-jobs.cy.yml", "title: Swyddi lleol\nsummary: Pobl leol mewn swyddi lleol.\nfaced: Diweithdra.\ndid: Rhaglen swyddi.\nresults: Cant o bobl mewn gwaith.\n"));
        var e = OnlyError(r, "data/case-studies/local-jobs.cy.yml(1,1): error SR0602: ", "there is no case study data/case-studies/local-jobs.yml to translate",
            "if this is the Welsh translation of data/case-studies/alpha-jobs.yml (renamed?), rename this file to data/case-studies/alpha-jobs.cy.yml");
        Assert.DoesNotContain("remove it", e, StringComparison.Ordinal);
    }

    // Y21: the English case study moved into a folder, its Welsh twin left where it was.
    [Fact]
    public void WelshTwinLeftWhenTheEnglishWasMoved_IsToldWhereToMove()
    {
        const string English = "data/case-studies/wales/glan-y-mor-foundational-economy.yml";
        var r = ValidateWelsh(s => { s.Write("data/case-studies/wales/2024/glan-y-mor-foundational-economy.yml", s.Read(English)); s.Delete(English); });
        OnlyError(r, $"{WelshCase}(1,1): error SR0602: ", "the English case study glan-y-mor-foundational-economy is now at data/case-studies/wales/2024/glan-y-mor-foundational-economy.yml",
            "move this file to data/case-studies/wales/2024/glan-y-mor-foundational-economy.cy.yml");
    }

    // R40: a link whose address has a space (the system's name typed) was published as the text "[...](...)".
    [Fact]
    public void LinkAddressWithASpace_IsAnErrorGivingTheAddressWithIds()
    {
        var r = Validate(s => s.Replace(Report, "Our foreword.", "Read about [our partnership](/systems/Alpha System/)."));
        OnlyError(r, $"{Report}(15,12): error SR0302: ", "has a space in it, so it is not a link",
            "written with ids, in lower case with hyphens, as in [our partnership](/systems/alpha-system/)");
    }

    [Fact]
    public void LinkWithATitleInQuotes_IsNotTakenForAnAddressWithASpace()
    {
        var r = Validate(s => s.Replace(Report, "Our foreword.", "Read [IPPR](https://www.ippr.org \"the IPPR site\")."));
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("has a space in it", r.Stderr, StringComparison.Ordinal);
    }

    // R24: a note to colleagues in an HTML comment was published as visible text, without a word.
    [Fact]
    public void HtmlCommentInMarkdown_IsAWarningSayingHowToHideANote()
    {
        var r = Validate(s => s.Replace(Report, "Our foreword.", "Our foreword.\n\n<!-- check figures with finance -->"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{Report}(17,1): warning SR0011: '<!--' starts an HTML comment", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("delete the note before publishing, or keep it as a line starting with # in the front matter", r.Stderr, StringComparison.Ordinal);
    }

    // Y16: a Welsh twin with a YAML mistake also got "has no Welsh translation; add <the same file>".
    [Fact]
    public void WelshTwinWithAYamlMistake_IsOnlyThatMistake()
    {
        var r = ValidateWelsh(s => s.Replace(WelshCase, "summary: Rhoddodd y bwrdd iechyd", "summary: Gwaith i bobl leol: Rhoddodd y bwrdd iechyd"));
        OnlyError(r, $"{WelshCase}(3,28): error SR0001: ", "contains a colon followed by a space", "put the whole text in double quotes");
    }

    // P14: a zero-width no-break space pasted at the start of a line: "unknown key 'summary'; did you mean 'summary'?".
    [Fact]
    public void InvisibleCharacterBeforeAKey_IsNamed()
    {
        var r = Validate(s => s.Replace(Case, "summary: Local people", "\uFEFFsummary: Local people"));
        var e = OnlyError(r, $"{Case}(4,1): error SR0101: ", "the key 'summary' here is not read", "an invisible zero-width no-break space at its start");
        Assert.DoesNotContain("did you mean", e, StringComparison.Ordinal);
    }
}
