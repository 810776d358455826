using System.IO.Compression;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using StatiqReport.Model;

namespace StatiqReport.Pages;

/// <summary>
/// One system's figures as an Excel workbook, beside the CSV download, for partners who work in Excel. One sheet in
/// the CSV's columns (the long layout that data/metrics/ reads, so the download can be put back as it is); numbers
/// are numbers and text is text, never a formula. MiniExcel writes it; its zip is then written again with a fixed
/// time on every part and MiniExcel's random relationship ids (R and a new GUID on each save) numbered in order,
/// so the same figures always give the same bytes.
/// </summary>
public static partial class WorkbookDownload
{
    private static readonly DateTimeOffset Fixed = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A row of the sheet: the CSV's columns, in its order.</summary>
    private sealed class Row
    {
        [ExcelColumnName("system")] public string System { get; init; } = "";
        [ExcelColumnName("metric")] public string Metric { get; init; } = "";
        [ExcelColumnName("period")] public string Period { get; init; } = "";
        [ExcelColumnName("value")] public double? Value { get; init; }
        [ExcelColumnName("source")] public string? Source { get; init; }
        [ExcelColumnName("note")] public string? Note { get; init; }
        [ExcelColumnName("illustrative")] public bool? Illustrative { get; init; }
    }

    public static byte[] Xlsx(IEnumerable<MetricValue> values)
    {
        var rows = values.OrderBy(v => v.SystemId, StringComparer.Ordinal).ThenBy(v => v.MetricId, StringComparer.Ordinal).ThenBy(v => v.Period)
            .Select(v => new Row { System = v.SystemId, Metric = v.MetricId, Period = v.Period.Id, Value = v.Value, Source = v.Source, Note = v.Note, Illustrative = v.Illustrative ? true : null })
            .ToList();
        using var made = new MemoryStream();
        MiniExcel.SaveAs(made, rows, sheetName: "Figures");
        return Deterministic(made.ToArray());
    }

    /// <summary>
    /// The same zip, parts in the same order, each dated <see cref="Fixed"/>, with random ids numbered by first use:
    /// whatever MiniExcel writes (this download, new site's starter workbook) gives the same bytes for the same cells.
    /// </summary>
    internal static byte[] Deterministic(byte[] zip)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var output = new MemoryStream();
        using (var from = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in from.Entries)
            {
                string text;
                using (var reader = new StreamReader(e.Open(), Utf8)) text = reader.ReadToEnd();
                text = RandomId().Replace(text, m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"rIdSr{ids.Count + 1}");
                var entry = to.CreateEntry(e.FullName, CompressionLevel.Optimal);
                entry.LastWriteTime = Fixed;
                using var writer = new StreamWriter(entry.Open(), Utf8);
                writer.Write(text);
            }
        return output.ToArray();
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // MiniExcel's relationship ids: "R" and a GUID without hyphens, new on every save.
    [System.Text.RegularExpressions.GeneratedRegex("\\bR[0-9a-f]{32}\\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RandomId();
}
