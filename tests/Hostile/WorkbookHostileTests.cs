using System.Diagnostics;
using CsCheck;
using System.IO.Compression;
using System.Text;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Hostile;

/// <summary>
/// Issue 17, item 4: hostile workbooks in data/metrics/ end in one located error (or, for a workbook with macros,
/// its figures read and its macros never run), never a crash, a hang or gigabytes of memory: a zip bomb, a sheet
/// with a million rows, an encrypted workbook, an old .xls under the name .xlsx, a CSV renamed .xlsx, a Word
/// document renamed, a cut-off zip, XML with an entity bomb.
/// </summary>
public sealed class WorkbookHostileTests
{
    private const string Book = "data/metrics/figures.xlsx";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public sealed record Case(string Name, Func<byte[]> Bytes, string Expected, string Phrase)
    {
        public override string ToString() => Name;
    }

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static TheoryData<Case> Cases => new()
    {
        new("zip bomb", () => Zip(("xl/workbook.xml", Zeros(1)), ("xl/worksheets/sheet1.xml", Zeros(64 * 1024 * 1024))),
            $"{Book}(1,1): error SR0210", "a part of the workbook (xl/worksheets/sheet1.xml) unpacks to more than 200 times its packed size"),
        new("a million rows", MillionRows, $"{Book}(1,1): error SR0210", "Sheet1: the sheet has cells below row 100,000, the most read"),
        new("a cell far to the right on a long sheet", () => new Workbook().Sheet("Sheet1", s => s.Row(1, "system", "metric", "2023-24").RowAt(90_000, 16_000, 1)).Bytes(),
            $"{Book}(1,1): error SR0210", "the workbook has more than 2,000,000 cells (this sheet reaches row 90,000 and column WQJ)"),
        new("password-protected", () => [.. Ole, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[512], .. Encoding.Unicode.GetBytes("EncryptedPackage")],
            $"{Book}(1,1): error SR0209", "the workbook is password-protected, so its figures cannot be read; remove the password in Excel (File > Info > Protect Workbook"),
        new("old .xls saved as .xlsx", () => [.. Ole, .. new byte[1024]], $"{Book}(1,1): error SR0208", "this is an Excel 97-2003 workbook (the old .xls format) with a name ending in .xlsx; in Excel choose File > Save As and pick \"Excel Workbook (*.xlsx)\""),
        new("CSV renamed .xlsx", () => Encoding.UTF8.GetBytes("system,metric,period,value\nalpha,carbon,2024-25,1\n"),
            $"{Book}(1,1): error SR0208", "this file is text, not an Excel workbook, although its name ends in .xlsx: it is probably a CSV file renamed; rename it to data/metrics/figures.csv"),
        new("Word document renamed .xlsx", () => Zip(("word/document.xml", "<w:document/>"u8.ToArray())), $"{Book}(1,1): error SR0208", "this file is a Word document, not an Excel workbook"),
        new("cut-off workbook", () => Workbook(out var b)[..(b.Length / 2)], $"{Book}(1,1): error SR0208", "the workbook is damaged or was not saved by a spreadsheet program"),
        new("entity bomb in a sheet", () => Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes("""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""")),
                ("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>""")),
                ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>"""))),
            $"{Book}(1,1): error SR0208", "the workbook is damaged or was not saved by a spreadsheet program"),
        new("empty file", () => [], $"{Book}(1,1): error SR0208", "the file is empty"),
        new("Strict Open XML", () => Zip(("xl/workbook.xml", """<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>"""u8.ToArray())), $"{Book}(1,1): error SR0208", "saved as \"Strict Open XML Spreadsheet\""),
        new("a sheet whose part is missing", () => Without(Workbook(out _), "xl/worksheets/sheet1.xml"), $"{Book}(1,1): error SR0208", "open it in Excel and save it again"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void HostileWorkbook_EndsInOneLocatedError(Case c)
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Book, c.Bytes());

        var watch = Stopwatch.StartNew();
        var result = site.Run("validate");

        Assert.True(watch.Elapsed < Timeout, $"took {watch.Elapsed}");
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(c.Expected, error, StringComparison.Ordinal);
        Assert.Contains(c.Phrase, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SR9999", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MacroWorkbook_ItsFiguresAreReadAndItsMacrosNeverRun()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes("data/metrics/figures.xlsm", new Workbook().Sheet("Sheet1", s => s
            .Row(1, "system", "metric", "2024-25")
            .Row(2, "alpha", "carbon", 150)).Bytes(macros: true));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("alpha,carbon,2024-25,150", File.ReadAllText(Path.Combine(site.Output, "data", "systems", "alpha.csv")), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.bin", SearchOption.AllDirectories));
    }

    /// <summary>Pieces of a workbook's XML that matter to a reader: cell types, addresses, styles, merges, values.</summary>
    private static readonly string[] Tokens =
    [
        "<", ">", "\"", "/>", "</row>", "<row r=\"0\">", "<row r=\"99999999999\">", "<c r=\"XFD1\">", "<c r=\"A0\">", "<c r=\"$$\">", "<c>", "</c>",
        "<v>", "</v>", "1e400", "NaN", "-0", "t=\"e\"", "t=\"s\"", "t=\"b\"", "t=\"d\"", "t=\"n\"", "s=\"99\"", "s=\"-1\"", "<v>#REF!</v>",
        "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>", "<mergeCell ref=\"B2:A1\"/>", "&amp;", "&#0;", "numFmtId=\"9\"",
        "formatCode=\"0%\"", "state=\"hidden\"", "name=\"\"", "r:id=\"rId9\"", "2023-24", "system", "metric", "\u2028", "\ud83d\ude00",
    ];

    [Fact]
    public void AnyChangeToAWorkbooksParts_LoadsOrReportsLocatedErrors()
    {
        using var site = new TempSite("minimal-site");
        var root = new StatiqReport.Content.ContentRoot(site.Root);
        var parts = new List<(string Name, string Text)>();
        using (var zip = new ZipArchive(new MemoryStream(new Workbook()
            .Sheet("Sheet1", s => s.Row(1, "system", "metric", "2023-24", "source").Row(2, "alpha", "carbon", new Workbook.Percent(0.5), new Workbook.Error("1/0", "#DIV/0!")).Merge("A2:A3"))
            .Sheet("Notes", s => s.Row(1, "x"), state: "hidden").Bytes())))
            foreach (var e in zip.Entries)
                using (var r = new StreamReader(e.Open())) parts.Add((e.FullName, r.ReadToEnd()));
        var edit = Gen.Select(Gen.Int[0, parts.Count - 1], Gen.Int[0, 100_000], Gen.Frequency((6, (IGen<string>)Gen.OneOf(Tokens)), (1, Gen.Const(""))), Gen.Int[0, 40]);
        edit.Array[1, 6].Sample(edits =>
        {
            var changed = parts.ToArray();
            foreach (var (part, at, token, cut) in edits)
            {
                var text = changed[part].Text;
                var i = at % (text.Length + 1);
                changed[part] = (changed[part].Name, text[..i] + token + text[Math.Min(text.Length, i + cut)..]);
            }
            site.WriteBytes(Book, Zip(changed.Select(p => (p.Name, Encoding.UTF8.GetBytes(p.Text))).ToArray()));
            var diags = new StatiqReport.Diagnostics.DiagnosticBag();
            StatiqReport.Content.MetricWorkbookLoader.LoadFile(root, Book, diags, new StatiqReport.Content.ReferenceList(), null);
            foreach (var d in diags.Sorted())
            {
                Assert.Equal(Book, d.Location.Path);
                Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString());
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            }
        }, iter: 400, threads: 1);
    }

    private static byte[] Workbook(out byte[] bytes) =>
        bytes = new Workbook().Sheet("Sheet1", s => s.Row(1, "system", "metric", "2024-25").Row(2, "alpha", "carbon", 150)).Bytes();

    private static byte[] Zeros(int n) => new byte[n];

    private static byte[] Without(byte[] workbook, string part)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true)) zip.GetEntry(part)!.Delete();
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(bytes);
            }
        return stream.ToArray();
    }

    /// <summary>A workbook whose one sheet has a million rows (about 40 MB of XML, 1 MB packed).</summary>
    private static byte[] MillionRows()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var shape = new Workbook().Sheet("Sheet1", s => s.Row(1, "system")).Bytes();
            using (var source = new ZipArchive(new MemoryStream(shape)))
                foreach (var e in source.Entries.Where(e => e.FullName != "xl/worksheets/sheet1.xml"))
                {
                    using var from = e.Open();
                    using var to = zip.CreateEntry(e.FullName).Open();
                    from.CopyTo(to);
                }
            using var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>system</t></is></c><c r="B1" t="inlineStr"><is><t>metric</t></is></c><c r="C1" t="inlineStr"><is><t>2024-25</t></is></c></row>""");
            for (var r = 2; r <= 1_000_000; r++) w.Write($"<row r=\"{r}\"><c r=\"C{r}\"><v>{r}</v></c></row>");
            w.Write("</sheetData></worksheet>");
        }
        return stream.ToArray();
    }
}
