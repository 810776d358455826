using System.IO.Compression;
using System.Text;
using System.Xml;
using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>
/// A workbook's bytes, checked before the Excel reader sees them: what the file really is (a password-protected
/// or Excel 97-2003 workbook, a CSV given the name .xlsx), and, for a real workbook, that unpacking it stays within
/// <see cref="ContentLimits"/> (entries, bytes actually unpacked, compression ratio, rows and cells of each sheet),
/// so a zip bomb or a million-row sheet is one located error, not a hang or gigabytes of memory. The same pass
/// finds the cells whose formula ended in an error (#DIV/0!, #REF!): ExcelDataReader 3.6 reads them as empty
/// cells, which would publish "not reported" where the workbook shows a mistake.
/// </summary>
public sealed class WorkbookFile
{
    /// <summary>The file's bytes, for the Excel reader.</summary>
    public byte[] Bytes { get; }

    /// <summary>Per sheet name, the cells (1-based row, column) whose formula shows an error, and the error shown.</summary>
    public IReadOnlyDictionary<string, Dictionary<(int Row, int Column), string>> ErrorCells { get; }

    /// <summary>Per sheet name, the last row and column that hold a cell: the reader never looks past them.</summary>
    public IReadOnlyDictionary<string, (int Rows, int Columns)> Extent { get; }

    private WorkbookFile(byte[] bytes, Dictionary<string, Dictionary<(int, int), string>> errors, Dictionary<string, (int, int)> extent) =>
        (Bytes, ErrorCells, Extent) = (bytes, errors, extent);

    private const string SaveAsXlsx = "in Excel choose File > Save As and pick \"Excel Workbook (*.xlsx)\"";
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The checked workbook, or null after reporting why it is not read.</summary>
    public static WorkbookFile? Open(string fullPath, string rel, DiagnosticBag diags)
    {
        var at = SourceLocation.File(rel);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > ContentLimits.MaxWorkbookFileBytes)
            {
                diags.Error(at, ErrorCodes.FileUnreadable,
                    $"the workbook is {length:N0} bytes, over the limit of {ContentLimits.MaxWorkbookFileBytes:N0}; split its figures into smaller workbooks");
                return null;
            }
            // Shared for reading and writing: a workbook open in Excel is still read.
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diags.Error(at, ErrorCodes.FileUnreadable, $"cannot read the file: {e.Message} (if it is open in Excel, close it and build again)");
            return null;
        }
        return FromBytes(bytes, rel, diags);
    }

    /// <summary>The checked workbook made of a file's bytes (read or about to be written), or null after reporting why it is not read.</summary>
    public static WorkbookFile? FromBytes(byte[] bytes, string rel, DiagnosticBag diags)
    {
        var at = SourceLocation.File(rel);
        if (bytes.Length == 0)
        {
            diags.Error(at, ErrorCodes.WorkbookNotExcel, "the file is empty; open it in Excel, add the figures and save it again, or delete it");
            return null;
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // An OLE compound file: Office keeps a password-protected workbook in one (its streams are named
            // EncryptionInfo and EncryptedPackage), and the Excel 97-2003 format is one too.
            var encrypted = Contains(bytes, Encoding.Unicode.GetBytes("EncryptionInfo")) || Contains(bytes, Encoding.Unicode.GetBytes("EncryptedPackage"));
            diags.Error(at, encrypted ? ErrorCodes.WorkbookProtected : ErrorCodes.WorkbookNotExcel, encrypted
                ? "the workbook is password-protected, so its figures cannot be read; remove the password in Excel (File > Info > Protect Workbook > "
                  + "Encrypt with Password, delete the password, then save). The published figures are public anyway"
                : $"this is an Excel 97-2003 workbook (the old .xls format) with a name ending in {Path.GetExtension(rel)}; {SaveAsXlsx}");
            return null;
        }
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            diags.Error(at, ErrorCodes.WorkbookNotExcel, LooksLikeText(bytes)
                ? $"this file is text, not an Excel workbook, although its name ends in {Path.GetExtension(rel)}: it is probably a CSV file renamed; "
                  + $"rename it to data/metrics/{Path.GetFileNameWithoutExtension(rel)}.csv (or open it in Excel and {SaveAsXlsx["in Excel ".Length..]})"
                : $"this file is not an Excel workbook, although its name ends in {Path.GetExtension(rel)}; open it in Excel and {SaveAsXlsx["in Excel ".Length..]}");
            return null;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return Check(zip, bytes, rel, diags);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or ArgumentException or NotSupportedException)
        {
            diags.Error(at, ErrorCodes.WorkbookNotExcel, Damaged);
            return null;
        }
    }

    /// <summary>The fix for a workbook that cannot be read as it is.</summary>
    public const string SaveAgain = "open it in Excel and save it again (File > Save As, \"Excel Workbook (*.xlsx)\")";

    /// <summary>A zip the Excel reader cannot make sense of.</summary>
    public const string Damaged = "the workbook is damaged or was not saved by a spreadsheet program, so it cannot be read; " + SaveAgain;

    private static WorkbookFile? Check(ZipArchive zip, byte[] bytes, string rel, DiagnosticBag diags)
    {
        var at = SourceLocation.File(rel);
        if (zip.Entries.Count > ContentLimits.MaxWorkbookEntries)
        {
            diags.Error(at, ErrorCodes.WorkbookTooLarge, $"the workbook holds {zip.Entries.Count:N0} parts, over the limit of {ContentLimits.MaxWorkbookEntries:N0}; "
                + "copy the sheets of figures into a new workbook and save that");
            return null;
        }
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in zip.Entries) parts.TryAdd(e.FullName.TrimStart('/'), e);
        if (!parts.TryGetValue("xl/workbook.xml", out var book))
        {
            var what = parts.ContainsKey("word/document.xml") ? "a Word document" : parts.ContainsKey("ppt/presentation.xml") ? "a PowerPoint presentation"
                : parts.ContainsKey("content.xml") ? "an OpenDocument file (LibreOffice)" : "a zip of other files";
            diags.Error(at, ErrorCodes.WorkbookNotExcel, $"this file is {what}, not an Excel workbook, although its name ends in {Path.GetExtension(rel)}; "
                + "open the figures in Excel or LibreOffice and save them as \"Excel Workbook (*.xlsx)\"");
            return null;
        }
        // Every part is unpacked here, counting the bytes that really come out (a zip can state false sizes).
        long total = 0;
        foreach (var e in zip.Entries)
        {
            var budget = Math.Min(ContentLimits.MaxWorkbookUnpackedBytes - total,
                Math.Max(ContentLimits.WorkbookRatioFloorBytes, e.CompressedLength * (long)ContentLimits.MaxWorkbookCompressionRatio));
            var size = Unpacked(e, budget);
            if (size > budget)
            {
                var tooBig = total + size > ContentLimits.MaxWorkbookUnpackedBytes;
                diags.Error(at, ErrorCodes.WorkbookTooLarge, tooBig
                    ? $"the workbook unpacks to more than {ContentLimits.MaxWorkbookUnpackedBytes / (1024 * 1024):N0} MB, the most read; "
                      + "copy the sheets of figures into a new workbook (without pictures or other sheets) and save that, or split the figures into several workbooks"
                    : $"a part of the workbook ({MapReader.Clip(e.FullName)}) unpacks to more than {ContentLimits.MaxWorkbookCompressionRatio} times its packed size, "
                      + "which workbooks saved by Excel never do, so it is not read (a file made like this can be meant to harm computers); "
                      + "if it is your own workbook, copy the sheets of figures into a new workbook and save that");
                return null;
            }
            total += size;
        }
        if (Strict(book))
        {
            diags.Error(at, ErrorCodes.WorkbookNotExcel, "the workbook is saved as \"Strict Open XML Spreadsheet\", which is not read; "
                + "in Excel choose File > Save As and pick \"Excel Workbook (*.xlsx)\"");
            return null;
        }
        var sheets = Sheets(parts);
        var errors = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
        var extent = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        long cells = 0;
        foreach (var (name, entry) in sheets)
        {
            var scan = Scan(entry);
            cells += scan.Cells;
            if (scan.Rows > ContentLimits.MaxWorkbookRows || cells > ContentLimits.MaxWorkbookCells || (long)scan.Rows * scan.Columns > ContentLimits.MaxWorkbookCells)
            {
                diags.Error(at, ErrorCodes.WorkbookTooLarge, $"{WorkbookCell.Sheet(name)}: " + (scan.Rows > ContentLimits.MaxWorkbookRows
                        ? $"the sheet has cells below row {ContentLimits.MaxWorkbookRows:N0}, the most read; "
                        : $"the workbook has more than {ContentLimits.MaxWorkbookCells:N0} cells (this sheet reaches row {scan.Rows:N0} and column {WorkbookCell.Column(scan.Columns)}), the most read; ")
                    + "delete the rows below the figures (select them, right-click, Delete) or split the figures into several workbooks");
                return null;
            }
            errors[name] = scan.Errors;
            extent[name] = (scan.Rows, scan.Columns);
        }
        return new WorkbookFile(bytes, errors, extent);
    }

    /// <summary>True for a workbook saved as Strict Open XML, whose parts use other names throughout.</summary>
    private static bool Strict(ZipArchiveEntry workbook)
    {
        using var r = XmlReader.Create(workbook.Open(), Settings);
        return r.MoveToContent() == XmlNodeType.Element && r.NamespaceURI == "http://purl.oclc.org/ooxml/spreadsheetml/main";
    }

    /// <summary>The bytes an entry unpacks to, counted up to just past <paramref name="budget"/> (the rest is never unpacked).</summary>
    private static long Unpacked(ZipArchiveEntry e, long budget)
    {
        using var s = e.Open();
        var buffer = new byte[81920];
        long n = 0;
        int read;
        while ((read = s.Read(buffer, 0, buffer.Length)) > 0)
        {
            n += read;
            if (n > budget) break;
        }
        return n;
    }

    /// <summary>The worksheets in the workbook's order, by name, with their parts (chart sheets and missing parts are left out).</summary>
    private static List<(string Name, ZipArchiveEntry Entry)> Sheets(Dictionary<string, ZipArchiveEntry> parts)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parts.TryGetValue("xl/_rels/workbook.xml.rels", out var relsEntry))
            using (var r = XmlReader.Create(relsEntry.Open(), Settings))
                while (r.Read())
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
                        targets[id] = PartPath(target);
        var result = new List<(string, ZipArchiveEntry)>();
        using var w = XmlReader.Create(parts["xl/workbook.xml"].Open(), Settings);
        while (w.Read())
            if (w.NodeType == XmlNodeType.Element && w.LocalName == "sheet" && w.NamespaceURI == MainNs
                && w.GetAttribute("name") is { } name && w.GetAttribute("id", RelNs) is { } rid
                && targets.TryGetValue(rid, out var path) && parts.TryGetValue(path, out var entry))
                result.Add((name, entry));
        return result;
    }

    /// <summary>A relationship's target as a part name: "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml" and "../xl/worksheets/sheet1.xml" alike.</summary>
    private static string PartPath(string target)
    {
        var parts = new List<string>();
        foreach (var p in (target.StartsWith('/') ? target : "xl/" + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
            if (p == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (p != ".") parts.Add(p);
        return string.Join('/', parts);
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <summary>One pass over a sheet: its last row and column with a cell, how many cells, and the cells showing a formula error.</summary>
    private static (int Rows, int Columns, long Cells, Dictionary<(int, int), string> Errors) Scan(ZipArchiveEntry entry)
    {
        var errors = new Dictionary<(int, int), string>();
        int row = 0, rows = 0, columns = 0, column = 0;
        long cells = 0;
        using var r = XmlReader.Create(entry.Open(), Settings);
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.NamespaceURI != MainNs) continue;
            if (r.LocalName == "row")
            {
                row = int.TryParse(r.GetAttribute("r"), out var n) && n > 0 ? n : row + 1;
                column = 0;
                if (rows > ContentLimits.MaxWorkbookRows) break;
            }
            else if (r.LocalName == "c")
            {
                cells++;
                var a = WorkbookCell.Parse(r.GetAttribute("r"));
                column = a?.Column ?? column + 1;
                if (a is { Row: > 0 } at) row = at.Row;
                if (r.IsEmptyElement) continue;
                rows = Math.Max(rows, row);
                columns = Math.Max(columns, column);
                if (r.GetAttribute("t") == "e") errors[(row, column)] = ErrorShown(r);
            }
        }
        return (rows, columns, cells, errors);
    }

    /// <summary>The error a cell shows (its &lt;v&gt;, such as #DIV/0!); the reader is left at the cell's end.</summary>
    private static string ErrorShown(XmlReader r)
    {
        string? value = null;
        using (var cell = r.ReadSubtree())
            while (cell.Read())
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v") value = cell.ReadElementContentAsString().Trim();
        return value is { Length: > 0 and <= 16 } ? value : "#VALUE!";
    }

    private static bool Contains(byte[] bytes, byte[] needle) => bytes.AsSpan().IndexOf(needle) >= 0;

    /// <summary>True when the start of the file reads as text: no NUL byte and mostly printable characters.</summary>
    private static bool LooksLikeText(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        if (head.IndexOf((byte)0) >= 0) return EncodingHint.Utf16(bytes) is not null;
        var control = 0;
        foreach (var b in head) if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t') control++;
        return control * 20 < head.Length;
    }
}
