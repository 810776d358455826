using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace StatiqReport.Starter;

/// <summary>
/// The figures a new site starts with: data/metrics/&lt;id&gt;.xlsx, one sheet "Figures" in the wide layout (one row per
/// metric, one column per financial year), because comms teams keep figures in Excel, and Excel spoils a CSV file
/// (it saves it in the computer's own encoding and turns 2023-24 into a date). How to fill it in is said in the
/// rows above the header row, which the loader passes over (it looks for the header in the first rows): a second
/// sheet of notes would be listed as "not read" in a warning on every build. The example rows' source and note are
/// starter text, as in every starter file, so the build stops at each of those cells until it is replaced.
/// </summary>
public static class StarterWorkbook
{
    /// <summary>The sheet's name, as the errors at its cells name it ("Figures!E10").</summary>
    public const string SheetName = "Figures";

    /// <summary>The starter text in each example row's source and note (as the starter CSV had).</summary>
    public const string Source = "[[Where this figure comes from, e.g. our annual report 2025/26]]";
    public const string Note = "[[Example row: write your own figure and its source, and a note here or nothing; or delete the row. "
        + "Write true in the last column only for an invented figure]]";

    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G"];

    // Wide enough for the longest system ids and metric ids, and for a sentence of source or note.
    private static readonly double[] Widths = [28, 24, 11, 11, 64, 60, 12];

    /// <summary>The workbook's bytes: the same site details always give the same bytes.</summary>
    public static byte[] Bytes(StarterOptions o)
    {
        var p = o.Period;
        var rows = new List<Dictionary<string, object?>>();
        void Line(string? text) => rows.Add(Row(text));
        Line($"Figures for {o.Name}");
        Line("How to fill this in: one row per metric and one column per financial year (April to March). The website reads the table below, "
            + "from its header row; these lines are not read.");
        Line($"system: {o.SystemId} on every row. metric: the id of a metric in data/metrics.yml, which lists the metrics and their units.");
        Line($"{p.Previous.Id}, {p.Id}: each year's figure as a plain number, such as 1200 or 31.5, with no £ sign, commas or % sign.");
        Line("Leave a cell empty when the figure was not reported: an empty cell is never read as zero. "
            + $"Add a column headed {p.Next.Id} for next year's figures.");
        Line("source: where the row's figures come from. note: what a reader should know, or nothing. "
            + "illustrative: TRUE only for an invented figure.");
        Line("Replace the text in double square brackets with your own words, or delete the example row: the website does not build until you do.");
        Line(null);
        rows.Add(Row("system", "metric", p.Previous.Id, p.Id, "source", "note", "illustrative"));
        rows.Add(Row(o.SystemId, "apprenticeships", 100d, 120d, Source, Note, null));
        rows.Add(Row(o.SystemId, "local-spend-share", 28.5, 31d, Source, Note, null));

        var configuration = new OpenXmlConfiguration
        {
            // A blank cell stays blank (an empty text would stop a line above the table showing across the next columns).
            EnableWriteNullValueCell = true,
            TableStyles = TableStyles.None,
            AutoFilter = false,
            FreezeRowCount = 0,
            DynamicColumns = Columns.Select((c, i) => new DynamicExcelColumn(c) { Width = Widths[i] }).ToArray(),
        };
        using var made = new MemoryStream();
        MiniExcel.SaveAs(made, rows, printHeader: false, sheetName: SheetName, configuration: configuration);
        return Pages.WorkbookDownload.Deterministic(made.ToArray());
    }

    /// <summary>A row of the sheet, column A first; cells not given are blank.</summary>
    private static Dictionary<string, object?> Row(params object?[] cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++) row[Columns[i]] = i < cells.Length ? cells[i] : null;
        return row;
    }
}
