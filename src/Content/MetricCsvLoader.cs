using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>
/// Loads data/metrics/*.csv: header row, columns system, metric, period, value (source, note,
/// illustrative optional). Each bad cell is reported at its line and column with the fix.
/// The workbooks beside them (<see cref="MetricWorkbookLoader"/>) are loaded here too, so the rule of one
/// value per system, metric and period holds across CSV files and workbooks alike.
/// </summary>
public static partial class MetricCsvLoader
{
    private static readonly string[] Required = ["system", "metric", "period", "value"];
    private static readonly string[] Optional = ["source", "note", "illustrative"];

    /// <param name="metrics">The metric catalogue, when it loaded: a workbook's percentage-formatted cell is checked against its metric's unit.</param>
    public static IReadOnlyList<MetricValue> Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs, IReadOnlyList<MetricDefinition>? metrics = null)
    {
        var files = root.Files("data/metrics", "*.csv", recursive: false);
        var books = Workbooks(root);
        var units = metrics?.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);
        var perFile = new List<MetricWorkbookLoader.Read>[files.Count + books.Count];
        Parallel.For(0, perFile.Length, i => perFile[i] = i < files.Count
            ? LoadFile(root, files[i], diags, refs).Select(v => new MetricWorkbookLoader.Read(v, "")).ToList()
            : MetricWorkbookLoader.LoadFile(root, books[i - files.Count], diags, refs, units));
        var all = perFile.SelectMany(x => x).ToList();
        // One value per (system, metric, period), across all files; a workbook's cell is named beside its row and column.
        static string Where(MetricWorkbookLoader.Read r) => r.Cell.Length == 0 ? r.Value.Location.ToString() : $"{r.Value.Location} ({r.Cell})";
        var result = new List<MetricValue>();
        foreach (var g in all.GroupBy(r => (r.Value.SystemId, r.Value.MetricId, r.Value.Period)))
        {
            var ordered = g.OrderBy(r => r.Value.Location.Path, StringComparer.Ordinal).ThenBy(r => r.Value.Location.Line)
                .ThenBy(r => r.Value.Location.Column).ThenBy(r => r.Cell, StringComparer.Ordinal).ToList();
            // A workbook's blank cell gives way to a figure given elsewhere, and blank cells to one another.
            ordered = ordered.Any(r => !r.Blank) ? ordered.Where(r => !r.Blank).ToList() : [ordered[0]];
            result.Add(ordered[0].Value);
            foreach (var dup in ordered.Skip(1))
                diags.Error(dup.Value.Location, ErrorCodes.CsvDuplicateValue, (dup.Cell.Length == 0 ? "" : dup.Cell + ": ")
                    + $"a second value for system '{g.Key.SystemId}', metric '{g.Key.MetricId}', period {g.Key.Period.Id} (the first is at {Where(ordered[0])}); keep one row per system, metric and period");
        }
        return result.OrderBy(v => v.SystemId, StringComparer.Ordinal).ThenBy(v => v.MetricId, StringComparer.Ordinal).ThenBy(v => v.Period).ToList();
    }

    /// <summary>
    /// One error, instead of one per column, for the two header mistakes that make every column look wrong:
    /// columns separated by semicolons or tabs (Excel's "CSV" in some languages, or a copied table), and
    /// a file whose first row is already figures.
    /// </summary>
    private static bool WrongHeader(string[] headers, string rel, DiagnosticBag diags)
    {
        const string saveAs = "in Excel choose File > Save As and pick \"CSV UTF-8 (Comma delimited) (*.csv)\"";
        if (headers.Length == 1 && (headers[0].Contains(';') || headers[0].Contains('\t')))
        {
            var separator = headers[0].Contains(';') ? "semicolons (;)" : "tabs";
            diags.Error(new SourceLocation(rel, 1, 1), ErrorCodes.CsvMalformed,
                $"the columns are separated by {separator}, not commas; {saveAs}, or write the header row as system,metric,period,value");
            return true;
        }
        var known = headers.Count(h => Required.Contains(h.ToLowerInvariant()) || Optional.Contains(h.ToLowerInvariant())
            || Suggest.Closest(h, Required.Concat(Optional)) is not null);
        if (headers.Length >= 3 && known == 0)
        {
            diags.Error(new SourceLocation(rel, 1, 1), ErrorCodes.CsvMissingColumn,
                $"the first row must be the header row, naming the columns, but it reads '{MapReader.Clip(string.Join(',', headers))}'; add a first line system,metric,period,value (and source,note,illustrative if you use them)");
            return true;
        }
        return false;
    }

    // "system,metric,2025-26,2026-27": one column per year, the layout a workbook may have, not a CSV file.
    private static bool Wide(string[] headers, string rel, string[] lines, DiagnosticBag diags)
    {
        var years = headers.Select((h, i) => (Header: h.Trim(), Index: i)).Where(h => Period.TryParse(h.Header, out _)).ToList();
        if (years.Count == 0 || headers.Any(h => h.Trim().ToLowerInvariant() is "period" or "value")) return false;
        diags.Error(new SourceLocation(rel, 1, Column(lines, 1, years[0].Index)), ErrorCodes.CsvMissingColumn,
            $"this file has one column per year ({string.Join(", ", years.Take(3).Select(y => y.Header))}), but a CSV file is read one row per figure: "
            + $"write the header row system,metric,period,value and one row for each year's figure{FirstRowAsLong(headers, lines, years[0])}, "
            + "or save the sheet as an Excel workbook (.xlsx) in data/metrics/, where one column per year is read as it is");
        return true;
    }

    // The first row of a wide file written the long way: " (west-yorkshire,apprenticeships,2025-26,100)".
    private static string FirstRowAsLong(string[] headers, string[] lines, (string Header, int Index) year)
    {
        var names = headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var cells = lines.Length > 1 ? lines[1].Split(',') : [];
        var (system, metric) = (names.IndexOf("system"), names.IndexOf("metric"));
        if (system < 0 || metric < 0 || cells.Length <= Math.Max(Math.Max(system, metric), year.Index)) return "";
        return $" (line 2 would be {cells[system].Trim()},{cells[metric].Trim()},{year.Header},{cells[year.Index].Trim().TrimEnd('%')}, then a row for the next year)";
    }

    // A second header row pasted in with a second export, or Excel's total row at the bottom: one error saying to delete it,
    // not an error for every cell of it.
    private static bool RepeatedHeaderOrTotal(CsvReader csv, string[] headers, Dictionary<string, int> index, string rel, int line, DiagnosticBag diags)
    {
        var cells = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)?.Trim() ?? "").ToList();
        if (cells.Count == headers.Length && cells.Select((c, i) => c.Equals(headers[i], StringComparison.OrdinalIgnoreCase)).All(same => same))
        {
            diags.Error(new SourceLocation(rel, line, 1), ErrorCodes.CsvMalformed,
                "this row repeats the header row (two exports pasted together?): delete it, and keep only the header row at the top");
            return true;
        }
        string Cell(string col) => index.TryGetValue(col, out var i) && i < cells.Count ? cells[i] : "";
        if (Cell("system").Length > 0 && Cell("metric").Length > 0) return false;
        if (!cells.Any(c => c.ToLowerInvariant() is "total" or "totals" or "grand total" or "sum" or "subtotal")) return false;
        diags.Error(new SourceLocation(rel, line, 1), ErrorCodes.CsvMalformed,
            "this looks like a total row: the site reads each row as one figure for a system, metric and period, and adds up nothing itself, so delete the row");
        return true;
    }

    /// <summary>
    /// Where a row's quotes go wrong, read as a person would: a value opened with " and never closed, or a " inside
    /// a value that does not start with one. 1-based column and the fix; column 1 when no single quote is to blame.
    /// </summary>
    /// <summary>The workbooks of figures read: data/metrics/*.xlsx and *.xlsm, in order.</summary>
    internal static List<string> Workbooks(ContentRoot root) =>
        // Office's lock file (~$figures.xlsx, made while the workbook is open in Excel) is not a workbook.
        root.Files("data/metrics", "*.xlsx", recursive: false).Concat(root.Files("data/metrics", "*.xlsm", recursive: false))
            .Where(f => !ContentLayout.IsSystemLitter(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();

    internal static (int Column, string Message) QuoteProblem(string raw)
    {
        var fieldStart = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == ',') { fieldStart = i + 1; continue; }
            if (raw[i] != '"') continue;
            if (raw[fieldStart..i].Trim().Length > 0)
                return (i + 1, "there is a quote mark (\") inside a value that does not start with one; put the whole value in quotes and write the quote mark twice, as in \"12\"\" screen\", or delete it");
            var close = i + 1;
            while (close < raw.Length && !(raw[close] == '"' && (close + 1 == raw.Length || raw[close + 1] != '"'))) close += raw[close] == '"' ? 2 : 1;
            if (close >= raw.Length)
                return (i + 1, "the quote mark (\") that starts this value is never closed, so the rest of the row is read as part of it; add a closing \" where the value ends (a value in quotes may contain commas), or delete the opening one");
            i = close;
            var after = raw.IndexOf(',', close);
            if (raw[(close + 1)..(after < 0 ? raw.Length : after)].Trim().Length > 0)
                return (close + 2, "there is text after the closing quote mark of a value; to put a quote mark inside a value, write it twice (\"\"), or move the text inside the quotes");
        }
        return (1, "the quote marks in this row do not pair up: a value in quotes must end with a quote mark, and a quote mark inside it is written twice (\"\")");
    }

    /// <summary>
    /// Rows with more or fewer fields than the header names columns: each at its line, unless every row has the
    /// same other count, which is one mistake in the header (a column named but never filled, or not named).
    /// </summary>
    private static void Miscounted(List<(int Line, int Fields)> miscounted, int rows, int columns, string rel, DiagnosticBag diags)
    {
        if (miscounted.Count == 0) return;
        if (rows >= 2 && miscounted.Count == rows && miscounted.All(m => m.Fields == miscounted[0].Fields))
        {
            var fields = miscounted[0].Fields;
            diags.Error(new SourceLocation(rel, 1, 1), ErrorCodes.CsvMalformed, fields < columns
                ? $"the header row names {columns} columns, but every row below it has only {fields} fields; delete the header's extra column name, or fill the column in every row"
                : $"the header row names {columns} columns, but every row below it has {fields} fields; name each column in the header row, or delete the rows' extra fields");
            return;
        }
        foreach (var (line, fields) in miscounted)
            diags.Error(new SourceLocation(rel, line, 1), ErrorCodes.CsvMalformed,
                $"the row has {fields} fields but the header has {columns}; check for a missing or extra comma, or a comma inside an unquoted value (quote it: \"a, b\")");
    }

    // The names people give the columns in their own spreadsheets.
    private static readonly Dictionary<string, string> ColumnWords = new(StringComparer.Ordinal)
    {
        ["year"] = "period", ["financial year"] = "period", ["fy"] = "period", ["date"] = "period", ["years"] = "period",
        ["measure"] = "metric", ["indicator"] = "metric", ["kpi"] = "metric", ["metric name"] = "metric", ["figure"] = "value",
        ["amount"] = "value", ["number"] = "value", ["total"] = "value", ["count"] = "value", ["values"] = "value",
        ["organisation"] = "system", ["ics"] = "system", ["icb"] = "system", ["board"] = "system", ["health board"] = "system",
        ["notes"] = "note", ["comment"] = "note", ["comments"] = "note", ["sources"] = "source", ["illustration"] = "illustrative",
    };

    /// <summary>
    /// The column a header under another name stands for, among the columns still missing: a word people use
    /// for it ("year", "amount"), a name with more words ("system id", "value (£)") or a near spelling ("vaule").
    /// </summary>
    internal static string? ColumnMeant(string header, IEnumerable<string> missing)
    {
        var open = missing.ToList();
        var h = header.Trim().ToLowerInvariant();
        if (ColumnWords.TryGetValue(h, out var word) && open.Contains(word)) return word;
        var words = h.Split([' ', '_', '-', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (open.FirstOrDefault(c => words.Contains(c)) is { } inside) return inside;
        return Suggest.Closest(h, open);
    }

    /// <summary>
    /// One error for the header cells without a name, most often a comma at the end of the header row that Excel
    /// wrote for a column once used (the rows then end with a comma too).
    /// </summary>
    private static void EmptyHeaderCells(string[] headers, string rel, string[] lines, DiagnosticBag diags)
    {
        var empty = Enumerable.Range(0, headers.Length).Where(i => headers[i].Length == 0).ToList();
        if (empty.Count == 0) return;
        var atEnd = empty.SequenceEqual(Enumerable.Range(headers.Length - empty.Count, empty.Count));
        diags.Error(new SourceLocation(rel, 1, Column(lines, 1, empty[0])), ErrorCodes.CsvUnknownColumn, atEnd
            ? "the header row ends with a comma, which makes an empty column with no name; delete the empty column "
              + "(in Excel, right-click the letter above it and choose Delete), or delete the comma at the end of the first line"
            : $"column {empty[0] + 1} of the header row has no name; name it (columns are system, metric, period, value, source, note, illustrative) or delete the empty column");
    }

    internal static List<MetricValue> LoadFile(ContentRoot root, string rel, DiagnosticBag diags, ReferenceList refs)
    {
        var result = new List<MetricValue>();
        if (CopyName.OriginalBeside(root.Full(rel)) is { } original)
        {
            // Read as well, its rows would be reported as second values in the real file, whose author would then delete those.
            diags.Error(SourceLocation.File(rel), ErrorCodes.CsvDuplicateValue, CopyName.Message(original, "file of figures",
                $"if it holds other figures, rename it to a name of its own, such as {Path.GetFileNameWithoutExtension(original)}-2025.csv (each figure once, in one of the files)"));
            return result;
        }
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxCsvFileBytes, diags, ErrorCodes.CsvEncoding);
        if (text is null) return result;
        if (text.Trim().Length == 0)
        {
            diags.Error(SourceLocation.File(rel), ErrorCodes.CsvMissingColumn, "the CSV file is empty; start it with the header row system,metric,period,value");
            return result;
        }
        var lines = text.ReplaceLineEndings("\n").Split('\n'); // CR, LF and CRLF all end a line, as for the CSV reader
        var malformed = new List<(int Line, string Why)>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MaxRecordSize = 1024 * 1024,
            OnMalformedRecord = m => { lock (malformed) malformed.Add(((int)m.LineNumber, m.Reason.ToString())); },
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            var headers = csv.Headers.Select(h => h.Trim()).ToArray();
            if (WrongHeader(headers, rel, diags) || Wide(headers, rel, lines, diags)) return result;
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            EmptyHeaderCells(headers, rel, lines, diags);
            for (var i = 0; i < headers.Length; i++)
            {
                var h = headers[i].ToLowerInvariant();
                if (h.Length == 0) continue;
                if ((Required.Contains(h) || Optional.Contains(h)) && !index.TryAdd(h, i))
                    diags.Error(new SourceLocation(rel, 1, Column(lines, 1, i)), ErrorCodes.CsvUnknownColumn, $"the column '{h}' appears twice; remove one");
            }
            // A column under another name ("year", "Value (£)", "notes") is one error saying what to rename it to,
            // not also an error that the column it stands for is missing.
            var renamed = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                var h = headers[i].ToLowerInvariant();
                if (h.Length == 0 || Required.Contains(h) || Optional.Contains(h)) continue;
                var meant = ColumnMeant(headers[i], Required.Concat(Optional).Where(c => !index.ContainsKey(c) && !renamed.Contains(c)));
                if (meant is not null) renamed.Add(meant);
                diags.Error(new SourceLocation(rel, 1, Column(lines, 1, i)), ErrorCodes.CsvUnknownColumn, meant is not null
                    ? $"the column '{MapReader.Clip(headers[i])}' must be named '{meant}': rename it in the header row (the columns are system, metric, period, value, source, note, illustrative)"
                    : $"unknown column '{MapReader.Clip(headers[i])}'; the columns are system, metric, period, value, source, note, illustrative: rename it to one of them, or delete the column");
            }
            var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
            foreach (var m in missing.Where(m => !renamed.Contains(m)))
                diags.Error(new SourceLocation(rel, 1, 1), ErrorCodes.CsvMissingColumn, $"the header row has no '{m}' column; add it (the header must name system, metric, period and value)");
            if (missing.Count > 0) return result;

            var (rows, miscounted) = (0, new List<(int Line, int Fields)>());
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                // Excel leaves rows of only commas (",,,") where cells were cleared: blank rows, skipped like empty lines.
                if (Enumerable.Range(0, csv.FieldCount).All(i => string.IsNullOrWhiteSpace(csv.GetString(i)))) continue;
                rows++;
                if (RepeatedHeaderOrTotal(csv, headers, index, rel, line, diags)) continue;
                if (csv.FieldCount != headers.Length)
                {
                    miscounted.Add((line, csv.FieldCount));
                    continue;
                }
                if (ReadRow(csv, index, rel, line, lines, diags, refs) is { } v) result.Add(v);
            }
            // A row whose quotes do not pair up has its own error; its count of fields follows from it.
            Miscounted(miscounted.Where(m => !malformed.Any(x => x.Line == m.Line)).ToList(), rows, headers.Length, rel, diags);
        }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException or FormatException or InvalidOperationException or ArgumentException or IOException)
        {
            diags.Error(new SourceLocation(rel, 1, 1), ErrorCodes.CsvMalformed, $"the CSV cannot be read ({e.Message}); check quoting and separators (RFC 4180)");
        }
        foreach (var (line, _) in malformed.Distinct())
        {
            var raw = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
            var (column, message) = QuoteProblem(raw);
            diags.Error(new SourceLocation(rel, Math.Max(1, line), column), ErrorCodes.CsvMalformed, message);
        }
        return result;
    }

    private static MetricValue? ReadRow(CsvReader csv, Dictionary<string, int> index, string rel, int line, string[] lines, DiagnosticBag diags, ReferenceList refs)
    {
        SourceLocation At(string col) => new(rel, line, Column(lines, line, index[col]));
        string? Cell(string col) => index.TryGetValue(col, out var i) ? csv.GetString(i)?.Trim() : null;

        var ok = true;
        var system = Cell("system") ?? "";
        var metric = Cell("metric") ?? "";
        var periodText = Cell("period") ?? "";
        var valueText = Cell("value") ?? "";
        foreach (var (col, val, kind) in new[] { ("system", system, ReferenceKind.System), ("metric", metric, ReferenceKind.Metric) })
        {
            if (val.Length == 0) { diags.Error(At(col), ErrorCodes.MissingField, $"the '{col}' cell is empty; every row names a {col} id"); ok = false; continue; }
            // Checked for form with the other references, where a system's name or a metric's title is answered with its id.
            refs.Add(kind, val, At(col));
            ok &= MapReader.IsId(val);
        }
        if (!Period.TryParse(periodText, out var period))
        {
            diags.Error(At("period"), ErrorCodes.InvalidPeriod, MapReader.PeriodHint(periodText, "period"));
            ok = false;
        }
        double? value = null;
        if (valueText.Length > 0)
        {
            if (PlainNumber().IsMatch(valueText) && double.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                && double.IsFinite(d) && Math.Abs(d) <= ContentLimits.MaxAbsValue)
                value = d;
            else
            {
                diags.Error(At("value"), ErrorCodes.CsvValueNotNumber, ValueHint(valueText));
                ok = false;
            }
        }
        var flag = Cell("illustrative") ?? "";
        var illustrative = Flag(flag) ?? false;
        if (Flag(flag) is null)
        {
            diags.Error(At("illustrative"), ErrorCodes.CsvInvalidFlag, FlagMessage(flag));
            ok = false;
        }
        if (!ok || period is null) return null;
        var source = Cell("source");
        var note = Cell("note");
        return new MetricValue(system, metric, period.Value, value, source is { Length: > 0 } ? source : null, note is { Length: > 0 } ? note : null, illustrative,
            new SourceLocation(rel, line, 1));
    }

    /// <summary>The 'illustrative' cell read: true, false (also empty), or null when it is neither.</summary>
    internal static bool? Flag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "false" or "no" or "0" => false,
        "true" or "yes" or "1" => true,
        _ => null,
    };

    internal static string FlagMessage(string flag) => $"'illustrative' must be true, false or empty, found '{MapReader.Clip(flag)}'";

    /// <summary>Explains a bad value and suggests the plain number it probably meant (see <see cref="NumberHint"/>).</summary>
    internal static string ValueHint(string text)
    {
        var clipped = MapReader.Clip(text);
        return NumberHint.Fix(text) is { } fix
            ? $"value '{clipped}' is not a plain number; {fix}"
            : $"value '{clipped}' is not a number; write a plain number such as 1200 or 23.5, or leave the cell empty for 'not reported'";
    }

    /// <summary>1-based character column where field <paramref name="field"/> starts on a line (quote-aware).</summary>
    internal static int Column(string[] lines, int line, int field)
    {
        if (line < 1 || line > lines.Length) return 1;
        var s = lines[line - 1];
        var inQuotes = false;
        var current = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (current == field) return i + 1;
            var c = s[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (c == ',' && !inQuotes) current++;
        }
        return current == field ? s.Length + 1 : 1;
    }

    [GeneratedRegex(@"^-?(\d+(\.\d+)?|\.\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
