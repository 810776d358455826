using ExcelDataReader;

namespace StatiqReport.Content;

/// <summary>
/// The text cells of a checked workbook, every sheet (hidden ones and notes too), each with its 1-based row and
/// column: for the checks that read a file's raw text rather than its figures, as starter text is checked in text
/// files. A workbook the Excel reader cannot read gives no cells: its loader reports it.
/// </summary>
public static class WorkbookTextCells
{
    /// <summary>A cell holding text.</summary>
    public readonly record struct TextCell(string Sheet, int Row, int Column, string Text);

    static WorkbookTextCells() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<TextCell> Read(WorkbookFile file)
    {
        var cells = new List<TextCell>();
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(file.Bytes, writable: false));
            do
            {
                var name = reader.Name ?? "";
                // The reader never looks past the last row and column that hold a cell (the file's checked extent).
                if (!file.Extent.TryGetValue(name, out var extent)) continue;
                var row = 0;
                while (row < extent.Rows && reader.Read())
                {
                    row++;
                    var width = Math.Min(reader.FieldCount, extent.Columns);
                    for (var i = 0; i < width; i++)
                        if (reader.GetValue(i) is string text) cells.Add(new TextCell(name, row, i + 1, text));
                }
            } while (reader.NextResult());
        }
        catch (Exception e) when (MetricWorkbookLoader.ReaderFailed(e))
        {
            return [];
        }
        return cells;
    }
}
