using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace StatiqReport.Tests.Support;

/// <summary>
/// An Excel workbook written part by part (the OpenXML zip), for what a test needs to control exactly and a
/// writing library does not offer: a percentage number format, a formula with a cached error, a hidden sheet,
/// merged cells, rows at given numbers. Cells are strings, numbers, booleans or one of the records below.
/// </summary>
public sealed class Workbook
{
    /// <summary>A number shown as a percentage (number format 0.0%): Excel stores 23.5% as 0.235.</summary>
    public sealed record Percent(double Stored);
    /// <summary>A formula whose last calculated value is <paramref name="Cached"/> (a number, or a string).</summary>
    public sealed record Formula(string Text, object Cached);
    /// <summary>A formula whose last calculation ended in an error such as #DIV/0!.</summary>
    public sealed record Error(string Text, string Shown);
    /// <summary>A date (number format d/m/yyyy): Excel stores it as a serial day number.</summary>
    public sealed record Date(DateOnly Day);

    internal sealed record SheetPart(string Name, string State, List<(int Row, object?[] Cells, int FirstColumn)> Rows, List<string> Merges);

    private readonly List<SheetPart> _sheets = [];

    /// <summary>A sheet: <paramref name="state"/> is visible, hidden or veryHidden.</summary>
    public Workbook Sheet(string name, Action<SheetBuilder> rows, string state = "visible")
    {
        var part = new SheetPart(name, state, [], []);
        rows(new SheetBuilder(part));
        _sheets.Add(part);
        return this;
    }

    public sealed class SheetBuilder
    {
        private readonly SheetPart _part;
        internal SheetBuilder(SheetPart part) => _part = part;

        /// <summary>The cells of row <paramref name="row"/> (1-based), from column A, or from <paramref name="firstColumn"/> (1 is A).</summary>
        public SheetBuilder Row(int row, params object?[] cells) => RowAt(row, 1, cells);

        public SheetBuilder RowAt(int row, int firstColumn, params object?[] cells)
        {
            _part.Rows.Add((row, cells, firstColumn));
            return this;
        }

        /// <summary>A merged range such as "A1:D1".</summary>
        public SheetBuilder Merge(string range)
        {
            _part.Merges.Add(range);
            return this;
        }
    }

    /// <summary>The workbook's bytes; the same workbook always gives the same bytes.</summary>
    public byte[] Bytes(bool macros = false)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var main = macros ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
            var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>""");
            types.Append($"""<Override PartName="/xl/workbook.xml" ContentType="{main}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
            for (var i = 1; i <= _sheets.Count; i++)
                types.Append($"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
            types.Append("</Types>");
            Add(zip, "[Content_Types].xml", types.ToString());
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            var book = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
            var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (var i = 0; i < _sheets.Count; i++)
            {
                var s = _sheets[i];
                book.Append($"""<sheet name="{X(s.Name)}" sheetId="{i + 1}"{(s.State == "visible" ? "" : $" state=\"{s.State}\"")} r:id="rId{i + 1}"/>""");
                rels.Append($"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", SheetXml(s));
            }
            book.Append("</sheets></workbook>");
            rels.Append($"""<Relationship Id="rId{_sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", book.ToString());
            Add(zip, "xl/_rels/workbook.xml.rels", rels.ToString());
            // Style 1: 0.0% (a custom format), style 2: d/m/yyyy (built-in 14).
            Add(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            if (macros) Add(zip, "xl/vbaProject.bin", "Sub AutoOpen()\r\nShell \"calc.exe\"\r\nEnd Sub\r\n");
        }
        return stream.ToArray();
    }

    private static string SheetXml(SheetPart s)
    {
        var b = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        foreach (var (row, cells, first) in s.Rows.OrderBy(r => r.Row))
        {
            b.Append($"<row r=\"{row}\">");
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is null) continue;
                var r = Column(first + i) + row.ToString(CultureInfo.InvariantCulture);
                b.Append(cells[i] switch
                {
                    string t => $"<c r=\"{r}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{X(t)}</t></is></c>",
                    bool v => $"<c r=\"{r}\" t=\"b\"><v>{(v ? 1 : 0)}</v></c>",
                    Percent p => $"<c r=\"{r}\" s=\"1\"><v>{N(p.Stored)}</v></c>",
                    Date d => $"<c r=\"{r}\" s=\"2\"><v>{d.Day.DayNumber - new DateOnly(1899, 12, 30).DayNumber}</v></c>",
                    Formula { Cached: string t } f => $"<c r=\"{r}\" t=\"str\"><f>{X(f.Text)}</f><v>{X(t)}</v></c>",
                    Formula f => $"<c r=\"{r}\"><f>{X(f.Text)}</f><v>{N(Convert.ToDouble(f.Cached, CultureInfo.InvariantCulture))}</v></c>",
                    Error e => $"<c r=\"{r}\" t=\"e\"><f>{X(e.Text)}</f><v>{X(e.Shown)}</v></c>",
                    var n => $"<c r=\"{r}\"><v>{N(Convert.ToDouble(n, CultureInfo.InvariantCulture))}</v></c>",
                });
            }
            b.Append("</row>");
        }
        b.Append("</sheetData>");
        if (s.Merges.Count > 0) b.Append($"<mergeCells count=\"{s.Merges.Count}\">").AppendJoin("", s.Merges.Select(m => $"<mergeCell ref=\"{m}\"/>")).Append("</mergeCells>");
        return b.Append("</worksheet>").ToString();
    }

    /// <summary>A part of the zip, with a fixed time so the bytes never depend on when the test ran.</summary>
    public static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        w.Write(text);
    }

    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private static string N(double d) => d.ToString("R", CultureInfo.InvariantCulture);
    private static string X(string s) => SecurityElement.Escape(s);
}
