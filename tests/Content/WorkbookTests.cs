using MiniExcelLibs;
using StatiqReport.Tests.Support;
using static StatiqReport.Tests.Support.Workbook;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Issue 17: figures read from Excel workbooks in data/metrics/. Workbooks written by another program (MiniExcel)
/// in each layout give the same site, byte for byte, as the same figures written as CSV by hand; mistakes planted
/// in a workbook are reported at their row and column, sheet and cell, with the message the CSV gives.
/// </summary>
public sealed class WorkbookTests
{
    private const string Csv = "data/metrics/values.csv";
    private const string Book = "data/metrics/figures.xlsx";

    private static readonly string[] Columns = ["system", "metric", "period", "value", "source", "note", "illustrative"];

    /// <summary>The minimal site's figures, as its CSV holds them.</summary>
    private static readonly object?[][] Figures =
    [
        ["alpha", "local-spend", "2022-23", 1200000d, "Test source", null, null],
        ["alpha", "local-spend", "2023-24", 1500000d, "Test source", null, null],
        ["alpha", "local-share", "2022-23", 17.25, "Test source", null, null],
        ["alpha", "local-share", "2023-24", 23.5, "Test source", null, null],
        ["alpha", "carbon", "2022-23", 160d, "Test source", null, null],
        ["alpha", "carbon", "2023-24", null, "Test source", "not collected this year", null],
    ];

    [Fact]
    public void LongLayout_WrittenByAnotherProgram_BuildsTheSameSiteAsTheCsv()
    {
        using var csv = new TempSite("minimal-site");
        using var book = new TempSite("minimal-site");
        book.Delete(Csv);
        var rows = Figures.Select(f => Columns.Zip(f).ToDictionary(p => p.First, p => p.Second)).ToList();
        MiniExcel.SaveAs(book.Path_(Book), rows, sheetName: "Figures");

        AssertSameSite(csv, book);
    }

    [Fact]
    public void WideLayout_WrittenByAnotherProgram_BuildsTheSameSiteAsTheSameFiguresInCsv()
    {
        // One row per metric, one column per year, the years written three ways; a blank cell is "not reported".
        using var csv = new TempSite("minimal-site");
        csv.Write(Csv, """
            system,metric,period,value,source,note,illustrative
            alpha,local-spend,2022-23,1200000,Finance return,,
            alpha,local-spend,2023-24,1500000,Finance return,,
            alpha,local-spend,2024-25,1650000.5,Finance return,,
            alpha,local-share,2022-23,17.25,Finance return,,
            alpha,local-share,2023-24,23.5,Finance return,,
            alpha,local-share,2024-25,,Finance return,,
            alpha,carbon,2022-23,160,Estates,Estimated,
            alpha,carbon,2023-24,,Estates,Estimated,
            alpha,carbon,2024-25,140,Estates,Estimated,
            """);
        using var book = new TempSite("minimal-site");
        book.Delete(Csv);
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["System"] = "alpha", ["Metric"] = "local-spend", ["2022-23"] = 1200000d, ["2023/24"] = 1500000d, ["2024-2025"] = 1650000.5, ["Source"] = "Finance return", ["Note"] = null },
            new() { ["System"] = "alpha", ["Metric"] = "local-share", ["2022-23"] = 17.25, ["2023/24"] = 23.5, ["2024-2025"] = null, ["Source"] = "Finance return", ["Note"] = null },
            new() { ["System"] = "alpha", ["Metric"] = "carbon", ["2022-23"] = 160d, ["2023/24"] = null, ["2024-2025"] = 140d, ["Source"] = "Estates", ["Note"] = "Estimated" },
        };
        MiniExcel.SaveAs(book.Path_(Book), rows);

        AssertSameSite(csv, book);
    }

    [Fact]
    public void Cells_AsExcelHoldsThem_PercentagesFormulasMergedCellsTitlesAndEmptyRows()
    {
        // A title merged across the top, the table starting in column B on row 3, the system's name merged down its rows,
        // a percentage stored as 0.235, a formula's cached value, and empty rows and a far-off empty column below and beside.
        using var site = new TempSite("minimal-site");
        site.Delete(Csv);
        site.WriteBytes(Book, new Workbook().Sheet("Local spend", s => s
            .Row(1, "Figures for the annual report").Merge("A1:E1")
            .RowAt(3, 2, "system", "metric", "2022-23", "2023-24")
            .RowAt(4, 2, "alpha", "local-spend", 1200000, new Formula("D4*1.25", 1500000d))
            .RowAt(5, 2, null, "local-share", new Percent(0.1725), new Percent(0.235)).Merge("B4:B6")
            .RowAt(6, 2, null, "carbon", 160, null)
            .RowAt(7, 2, "", "", "", "")
            .RowAt(40, 2, " ")).Bytes());

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var download = File.ReadAllText(Path.Combine(site.Output, "data", "systems", "alpha.csv"));
        Assert.Contains("alpha,local-spend,2023-24,1500000", download, StringComparison.Ordinal);
        Assert.Contains("alpha,local-share,2022-23,17.25", download, StringComparison.Ordinal);
        Assert.Contains("alpha,local-share,2023-24,23.5", download, StringComparison.Ordinal);
        Assert.Contains("alpha,carbon,2022-23,160", download, StringComparison.Ordinal);
        Assert.DoesNotContain("0.235", download, StringComparison.Ordinal);
    }

    [Fact]
    public void PlantedMistakes_AreEachReportedAtRowColumnSheetAndCell()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Book, new Workbook()
            .Sheet("Read me", s => s.Row(1, "These figures are for the annual report.").Row(2, "Ask finance before changing them."))
            .Sheet("Sheet1", s => s
                .Row(1, "system", "metric", "period", "value", "source")
                .Row(2, "alpah", "local-spend", "2024-25", 1, "Finance")
                .Row(3, "alpha", "local-spend", "2024/25", 2, "Finance")
                .Row(4, "alpha", "local-spend", "2025-26", "1,200", "Finance")
                .Row(5, "alpha", "local-spend", "2026-27", new Error("1/0", "#DIV/0!"), "Finance")
                .Row(6, "alpha", "local-spend", "2027-28", "£1.2m", "Finance")
                .Row(7, "alpha", "local-spend", "2022-23", 5, "Finance")
                .Row(8, "alpha", "carbon", "2028-29", new Percent(0.5), "Finance")
                .Row(9, "alpha", "carbon", new Date(new DateOnly(2029, 3, 1)), 5, "Finance")
                .Row(10, "alpha", "carbon", "2029-30", new Date(new DateOnly(2029, 3, 1)), new Error("VLOOKUP(A1,Z:Z,2)", "#N/A"))
                .Row(11, "alpha", "carbon", "2030-31", 5, "Finance", "stray"))
            .Sheet("Per year", s => s
                .Row(1, "system", "metric", "2023", "2024-25", "2025-26").Merge("D1:E1")
                .Row(2, "alpha", "Local spend", 1, 2, 3))
            .Sheet("Old figures", s => s.Row(1, "system", "metric", "period", "value").Row(2, "alpha", "carbon", "2019-20", 1), state: "hidden")
            .Bytes());

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        string[] expected =
        [
            $"{Book}(2,1): error SR0104: Sheet1!A2: unknown system 'alpah'; did you mean 'alpha'?",
            $"{Csv}(2,1): error SR0204: a second value for system 'alpha', metric 'local-spend', period 2022-23 (the first is at {Book}(7,1) (Sheet1!A7)); keep one row per system, metric and period",
            $"{Book}(3,3): error SR0110: Sheet1!C3: '2024/25' is not a financial-year period for 'period'; write it as 2024-25",
            $"{Book}(4,4): error SR0203: Sheet1!D4: value '1,200' is not a plain number; write 1200 (no currency signs, thousands separators, 'k' or 'm', or '%')",
            $"{Book}(5,4): error SR0211: Sheet1!D5: the cell shows #DIV/0!, an error in its formula, so it has no figure; correct the formula (or clear the cell if the figure was not reported)",
            $"{Book}(6,4): error SR0203: Sheet1!D6: value '£1.2m' is not a plain number; write 1200000 (no currency signs, thousands separators, 'k' or 'm', or '%')",
            $"{Book}(8,4): error SR0216: Sheet1!D8: the cell is formatted as a percentage (it shows 50%), but the metric 'carbon' is measured in tonnes CO2e, not percent; format the cell as Number (Home > Number Format) and type the figure in that unit",
            $"{Book}(9,3): error SR0110: Sheet1!C9: 'March 2029' is not a financial-year period for 'period'; March 2029 is in the financial year 2028-29 (UK financial years run April to March), so write 2028-29",
            $"{Book}(10,4): error SR0203: Sheet1!D10: the cell holds a date (1 March 2029), not a number; format the cell as Number (Home > Number Format) and type the figure",
            $"{Book}(10,5): error SR0211: Sheet1!E10: the cell shows #N/A, an error in its formula, so it has no figure; correct the formula (or clear the cell if the figure was not reported)",
            $"{Book}(11,6): error SR0202: Sheet1!F11: this cell is in column F, which has no header in row 1, so it is not read; give the column a header, or move the text to a sheet of notes",
            $"{Book}(1,3): error SR0110: 'Per year'!C1: '2023' is not a financial-year period for a column's header; a financial year runs April to March, so 2023 could be 2022-23 (ending in March 2023) or 2023-24 (starting in April 2023): write the one you mean",
            $"{Book}(1,4): error SR0215: 'Per year'!D1: this header cell is merged across D1:E1, but each column needs its own header; unmerge it (select it, then Home > Merge & Center) and name each column",
            $"{Book}(2,2): error SR0109: 'Per year'!B2: 'Local spend' is not written as a metric id; write 'local-spend' (ids are lower-case words joined by hyphens)",
            $"{Book}(1,1): error SR0214: 'Old figures'!A1: this sheet is hidden, but it holds figures (its header row is here), so they are not read; to publish them, unhide it (right-click a sheet tab, Unhide); if they are not for publishing, delete the sheet or move it to another workbook",
        ];
        foreach (var e in expected)
            Assert.True(result.Errors.Any(l => l.StartsWith(e, StringComparison.Ordinal)), $"expected an error starting\n{e}\ngot:\n{result.Stderr}");
        Assert.Equal(expected.Length, result.Errors.Count);
        Assert.Contains($"{Book}(1,1): warning SR0212: the sheet 'Read me' is not read: none of its first 10 rows names the columns system and metric, so it is taken to be notes or workings; if it holds figures, give it a header row", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StarterText_InACell_StopsTheBuildAtThatCell_UnlessAFirstLookIsAskedFor()
    {
        // Starter text is checked in workbooks as in text files: the build stops at its cell; --allow-placeholders
        // counts it with the rest and shows it highlighted.
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Book, new Workbook().Sheet("Per year", s => s
            .Row(1, "Figures for the site")
            .Row(2, "system", "metric", "2024-25", "source", "note")
            .Row(3, "alpha", "carbon", 150, "Estates return", "[[Say how it was measured]]")).Bytes());

        var validate = site.Run("validate");

        Assert.Equal(1, validate.ExitCode);
        var error = Assert.Single(validate.Errors);
        Assert.Equal($"{Book}(3,5): error SR0701: 'Per year'!E3: starter text still to replace: [[Say how it was measured]] Write your own words in its place and delete the brackets.", error);
        var look = site.Run("build", "--allow-placeholders");
        Assert.True(look.ExitCode == 0, look.Stderr);
        Assert.Contains($"{Book}(3,5): warning SR0701: 1 piece of starter text in 1 file still to replace", look.Stderr, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"placeholder\">[[Say how it was measured]]</mark>", site.Page("/metrics/carbon/"), StringComparison.Ordinal);
    }

    [Fact]
    public void WideLayout_BlankCell_GivesWayToAFigureGivenInAnotherRowOrFile()
    {
        // Two rows for one metric, each with its own note, each blank in the other's years; a blank where the CSV
        // has the figure. Only a blank with no figure anywhere is "not reported".
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Book, new Workbook().Sheet("Sheet1", s => s
            .Row(1, "system", "metric", "2022-23", "2023-24", "2024-25", "note")
            .Row(2, "alpha", "local-spend", null, null, 1700000, "Unaudited")
            .Row(3, "alpha", "carbon", 160, null, null, "Estimated")
            .Row(4, "alpha", "carbon", null, null, 150, "Measured")).Bytes());
        site.Replace(Csv, "alpha,carbon,2022-23,160,Test source,,\n", "");

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var download = File.ReadAllText(Path.Combine(site.Output, "data", "systems", "alpha.csv"));
        Assert.Contains("alpha,local-spend,2022-23,1200000,Test source", download, StringComparison.Ordinal);
        Assert.Contains("alpha,local-spend,2024-25,1700000,,Unaudited", download, StringComparison.Ordinal);
        Assert.Contains("alpha,carbon,2022-23,160,,Estimated", download, StringComparison.Ordinal);
        Assert.Contains("alpha,carbon,2024-25,150,,Measured", download, StringComparison.Ordinal);
        Assert.Contains("alpha,carbon,2023-24,,Test source,not collected this year", download, StringComparison.Ordinal);
        Assert.Single(download.Split('\n'), l => l.StartsWith("alpha,carbon,2023-24,", StringComparison.Ordinal));
    }

    [Fact]
    public void VeryHiddenSheets_AreHiddenToo_FiguresAnErrorNotesListed()
    {
        // "Very hidden" sheets (shown only by a macro) are judged as hidden ones.
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Book, new Workbook()
            .Sheet("Shown", s => s.Row(1, "system", "metric", "2024-25").Row(2, "alpha", "carbon", 150))
            .Sheet("Lookups", s => s.Row(1, "code", "name"), state: "veryHidden")
            .Sheet("Macro figures", s => s.Row(1, "system", "metric", "2019-20").Row(2, "alpha", "carbon", 1), state: "veryHidden").Bytes());

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{Book}(1,1): error SR0214: 'Macro figures'!A1: this sheet is hidden, but it holds figures", error, StringComparison.Ordinal);
        Assert.Contains($"{Book}(1,1): warning SR0212: the sheet Lookups (hidden) is not read", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_WithNoSheetOfFigures_IsAnErrorNamingItsSheets()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Book, new Workbook().Sheet("Sheet1", s => s.Row(1, "alpha", "local-spend", "2024-25", 1)).Bytes());

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{Book}(1,1): error SR0213: no sheet of this workbook has a header row naming its columns (sheets: Sheet1)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookElsewhere_OrInAnotherFormat_SaysWhereAndHow()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes("data/figures.xlsx", new Workbook().Sheet("S", s => s.Row(1, "system")).Bytes());
        site.WriteBytes("data/metrics/old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        site.WriteBytes("data/metrics/~$figures.xlsx", [1, 2, 3]); // Excel's lock file while the workbook is open: ignored

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("data/figures.xlsx(1,1): error SR0005: figures (metric values) are read from CSV files and Excel workbooks in data/metrics/; move it to data/metrics/figures.xlsx", result.Errors);
        Assert.Contains("data/metrics/old.xls(1,1): error SR0005: the site does not read Excel 97-2003 workbooks (.xls); in Excel choose File > Save As and pick \"Excel Workbook (*.xlsx)\", as data/metrics/old.xlsx, and move this file out of the data and input folders", result.Errors);
    }

    [Fact]
    public void SystemDownload_AsAWorkbook_IsTheSameBytesEveryBuildAndReadsBackAsTheSameSite()
    {
        // Issue 17, item 5: the figures offered as .xlsx beside the CSV, deterministic, and in the layout data/metrics/ reads.
        using var first = new TempSite("minimal-site");
        using var second = new TempSite("minimal-site");
        Assert.True(first.Run("build").ExitCode == 0);
        Assert.True(second.Run("build").ExitCode == 0);
        var workbook = File.ReadAllBytes(Path.Combine(first.Output, "data", "systems", "alpha.xlsx"));
        Assert.Equal(workbook, File.ReadAllBytes(Path.Combine(second.Output, "data", "systems", "alpha.xlsx")));
        Assert.Contains("href=\"/data/systems/alpha.xlsx\"", first.Page("/systems/alpha/"), StringComparison.Ordinal);

        using var again = new TempSite("minimal-site");
        again.Delete(Csv);
        again.WriteBytes("data/metrics/alpha.xlsx", workbook);
        AssertSameSite(first, again);
    }

    private const string SampleSource = "Illustrative sample data (invented, not a real figure)";

    /// <summary>
    /// The sample site's one workbook, data/metrics/smoking-cessation.xlsx (issue 17, item 6): written from this table,
    /// always to the same bytes, in the wide layout under a title row. Run with STATIQREPORT_WRITE_SAMPLE=1 to write it again.
    /// </summary>
    private static byte[] SampleWorkbook() => new Workbook().Sheet("Smoking cessation", s =>
    {
        s.Row(1, "People supported to stop smoking (illustrative sample figures, one column per financial year)");
        s.Row(3, "system", "metric", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25", "source", "illustrative");
        object[][] rows =
        [
            ["west-yorkshire", 9400, 9967, 10156, 10849, 11122],
            ["mid-and-south-essex", 4300, 4651, 4768, 5197, 5366],
            ["hywel-dda", 1650, 1772, 1812, 1960, 2019],
            ["sussex", 5200, 5443, 5524, 5821, 5938],
            ["north-east-london", 7600, 8126, 8302, 8946, 9199],
            ["coventry-and-warwickshire", 3900, 4130, 4206, 4486, 4597],
            ["bedfordshire-luton-and-milton-keynes", 3500, 3702, 3770, 4018, 4115],
        ];
        for (var i = 0; i < rows.Length; i++)
            s.Row(4 + i, [rows[i][0], "smoking-cessation", .. rows[i][1..], SampleSource, true]);
    }).Bytes();

    [Fact]
    public void SampleSite_Workbook_IsWhatItsTableWrites()
    {
        var path = Path.Combine(Fixtures.RepoRoot, "data", "metrics", "smoking-cessation.xlsx");
        if (Environment.GetEnvironmentVariable("STATIQREPORT_WRITE_SAMPLE") == "1") File.WriteAllBytes(path, SampleWorkbook());
        Assert.Equal(SampleWorkbook(), File.ReadAllBytes(path));
    }

    /// <summary>Builds both sites and checks every file of their output is the same, byte for byte.</summary>
    private static void AssertSameSite(TempSite expected, TempSite actual)
    {
        var a = expected.Run("build");
        var b = actual.Run("build");
        Assert.True(a.ExitCode == 0, a.Stderr);
        Assert.True(b.ExitCode == 0, b.Stderr);
        Assert.DoesNotContain("warning SR", b.Stdout + b.Stderr, StringComparison.Ordinal);
        var files = Files(expected.Output);
        Assert.Equal(files, Files(actual.Output));
        Assert.Contains("data/systems/alpha.csv", files);
        Assert.Contains("alpha,local-spend,2023-24,1500000", File.ReadAllText(Path.Combine(actual.Output, "data", "systems", "alpha.csv")), StringComparison.Ordinal);
        foreach (var f in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected.Output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual.Output, f))), $"{f} differs");
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
