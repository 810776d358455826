using System.Globalization;
using System.Text.RegularExpressions;
using ExcelDataReader;
using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>
/// Loads data/metrics/*.xlsx and *.xlsm, the workbooks finance, HR and estates keep. A sheet is read when one of its
/// first rows is a header row naming the columns, in one of two layouts: long (the CSV's columns, one row per value)
/// or wide (system, metric, then a column per financial year). Other sheets (notes, workings, pivot tables) are
/// listed once in a warning. The same rules as CSV apply, with the same messages, each beginning with the sheet and
/// cell (<c>Sheet1!C4:</c>) after the row and column that editors and CI read. Cells are read as Excel holds them:
/// a number exactly as stored, a percentage-formatted cell as the percentage it shows, a formula as its last
/// calculated value, a formula error as an error. Macros are never run: the reader only reads the cells.
/// </summary>
public static partial class MetricWorkbookLoader
{
    /// <summary>Rows searched for the header row, so a title or a note above the table is allowed.</summary>
    private const int HeaderSearchRows = 10;

    private static readonly string[] LongColumns = ["system", "metric", "period", "value", "source", "note", "illustrative"];
    private static readonly string[] WideColumns = ["system", "metric", "source", "note", "illustrative"];

    static MetricWorkbookLoader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>A value read from a workbook, with the sheet and cell it came from ("Sheet1!C4").</summary>
    /// <param name="Blank">A blank cell of the wide layout: "not reported", unless another row or file gives the figure
    /// (two rows for one metric, each with its own note, leave blank the years the other holds).</param>
    public sealed record Read(MetricValue Value, string Cell, bool Blank = false);

    private readonly record struct Cell(object? Value, string Format)
    {
        public bool IsEmpty => Value is null || (Value is string s && s.Trim().Length == 0);
    }

    /// <param name="units">Each metric's unit, by id, when the catalogue loaded: a percentage-formatted cell in a metric
    /// that is not measured in percent is an error.</param>
    internal static List<Read> LoadFile(ContentRoot root, string rel, DiagnosticBag diags, ReferenceList refs, IReadOnlyDictionary<string, string>? units)
    {
        var result = new List<Read>();
        if (WorkbookFile.Open(root.Full(rel), rel, diags) is not { } file) return result;
        var notRead = new List<string>();
        var read = 0;
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(file.Bytes, writable: false));
            do
            {
                var name = reader.Name ?? "";
                if (!file.Extent.TryGetValue(name, out var extent))
                {
                    // A sheet the workbook lists but whose part was not found: reported, never skipped in silence.
                    diags.Error(SourceLocation.File(rel), ErrorCodes.WorkbookNotExcel, $"{WorkbookCell.Sheet(name)}: this sheet cannot be read; {WorkbookFile.SaveAgain}");
                    read++;
                    continue;
                }
                // "Figures (2)", Excel's name for a sheet copied with Move or Copy, beside Figures: one error at the copy, which is not read.
                if (CopyName.Original(name + ".sheet") is { } copied && copied[..^".sheet".Length] is var original && file.Extent.ContainsKey(original))
                {
                    diags.Error(SourceLocation.File(rel), ErrorCodes.CsvDuplicateValue, $"{WorkbookCell.Address(name, 1, 1)}: this sheet looks like a copy of the sheet {WorkbookCell.Sheet(original)} "
                        + $"(Excel names a copied sheet like this): if it holds the same figures, delete it (right-click its tab, Delete); if it holds other figures, move them onto {WorkbookCell.Sheet(original)}");
                    read++;
                    continue;
                }
                var sheet = new Sheet(rel, name, diags, refs, units, file.ErrorCells.GetValueOrDefault(name) ?? [], reader.MergeCells ?? [], result);
                // Hidden and "very hidden" (only a macro can show it) alike.
                var hidden = reader.VisibleState is { } state && !state.Equals("visible", StringComparison.OrdinalIgnoreCase);
                if (sheet.Load(reader, extent, hidden) == Outcome.NoHeader) notRead.Add(WorkbookCell.Sheet(name) + (hidden ? " (hidden)" : ""));
                else read++;
            } while (reader.NextResult());
        }
        catch (Exception e) when (ReaderFailed(e))
        {
            diags.Error(SourceLocation.File(rel), ErrorCodes.WorkbookNotExcel, WorkbookFile.Damaged);
            return [];
        }
        if (read == 0)
            diags.Error(SourceLocation.File(rel), ErrorCodes.WorkbookNoFigures,
                $"no sheet of this workbook has a header row naming its columns ({(notRead.Count == 0 ? "it has no sheets" : "sheets: " + string.Join(", ", notRead))}), so no figures are read; "
                + $"within the first {HeaderSearchRows} rows of the sheet, write a header row: system, metric, period, value (one row per value) "
                + "or system, metric, 2023-24, 2024-25 (one column per financial year)");
        else if (notRead.Count > 0)
            diags.Warning(SourceLocation.File(rel), ErrorCodes.WorkbookSheetsNotRead,
                notRead.Count == 1
                    ? $"the sheet {notRead[0]} is not read: none of its first {HeaderSearchRows} rows names the columns system and metric, "
                      + "so it is taken to be notes or workings; if it holds figures, give it a header row"
                    : $"the sheets {string.Join(", ", notRead)} are not read: none of their first {HeaderSearchRows} rows names the columns system and metric, "
                      + "so they are taken to be notes or workings; if one holds figures, give it a header row");
        return result;
    }

    /// <summary>
    /// True for the Excel reader's own failures on a damaged workbook, whatever their kind (a cut-off number format gives a
    /// NullReferenceException inside it): the workbook's mistake. A failure outside the reader is a bug and is not caught.
    /// </summary>
    internal static bool ReaderFailed(Exception e) =>
        e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException
        || (e is not OutOfMemoryException && InsideReader(e));

    /// <summary>True when the exception was thrown while the Excel reader was running (a frame of its assembly is on the stack).</summary>
    private static bool InsideReader(Exception e) =>
        new System.Diagnostics.StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly == typeof(IExcelDataReader).Assembly);

    private enum Outcome { Read, NoHeader, Hidden }

    /// <summary>The header row of a sheet: which column holds what.</summary>
    private sealed record Header(int Row, bool Wide, Dictionary<string, int> Columns, List<(int Column, Period Period)> Periods, HashSet<int> Named);

    /// <summary>One sheet being read: where its cells are reported, and the rules that apply to them.</summary>
    private sealed class Sheet(string rel, string name, DiagnosticBag diags, ReferenceList refs, IReadOnlyDictionary<string, string>? units,
        Dictionary<(int Row, int Column), string> errorCells, CellRange[] merges, List<Read> result)
    {
        private readonly Dictionary<(int, int), Cell> _mergedValues = [];
        private readonly HashSet<int> _rowsWithErrors = errorCells.Keys.Select(k => k.Row).ToHashSet();
        private readonly CellRange[] _merges = merges.OrderBy(m => m.FromRow).ToArray();
        private readonly List<CellRange> _active = [];
        private int _nextMerge;

        private SourceLocation At(int row, int column) => new(rel, row, column);
        private string Address(int row, int column) => WorkbookCell.Address(name, row, column);
        private void Error(int row, int column, ErrorCode code, string message) => diags.Error(At(row, column), code, $"{Address(row, column)}: {message}");

        public Outcome Load(IExcelDataReader reader, (int Rows, int Columns) extent, bool hidden)
        {
            Header? header = null;
            var row = 0;
            while (row < extent.Rows && reader.Read())
            {
                row++;
                var cells = Cells(reader, row, extent.Columns);
                if (header is null)
                {
                    if (row > HeaderSearchRows) return Outcome.NoHeader;
                    if (!LooksLikeHeader(cells)) continue;
                    if (hidden)
                    {
                        Error(row, 1, ErrorCodes.WorkbookHiddenSheet, "this sheet is hidden, but it holds figures (its header row is here), so they are not read; "
                            + "to publish them, unhide it (right-click a sheet tab, Unhide); if they are not for publishing, delete the sheet or move it to another workbook");
                        return Outcome.Hidden;
                    }
                    header = ReadHeader(cells, row);
                    if (header is null) return Outcome.Read;
                    continue;
                }
                if (cells.All(c => c.IsEmpty) && !_rowsWithErrors.Contains(row)) continue; // blank rows, and the empty rows below the figures
                if (RepeatedHeaderOrTotal(header, cells, row)) continue;
                if (header.Wide) WideRow(header, cells, row);
                else LongRow(header, cells, row);
            }
            return header is null ? Outcome.NoHeader : Outcome.Read;
        }

        /// <summary>
        /// The row's cells up to the last column with a cell. A merged range's value is in its top-left cell only;
        /// every cell of the range reads it, as a person sees one value across the range (a system's name merged down its rows).
        /// </summary>
        private Cell[] Cells(IExcelDataReader reader, int row, int columns)
        {
            var width = Math.Min(reader.FieldCount, columns);
            var cells = new Cell[width];
            for (var i = 0; i < width; i++) cells[i] = new Cell(reader.GetValue(i), reader.GetNumberFormatString(i) ?? "General");
            // Merged ranges never overlap, so the ranges over one row are at most one per column: the work stays within the cell limit.
            while (_nextMerge < _merges.Length && _merges[_nextMerge].FromRow <= row - 1) _active.Add(_merges[_nextMerge++]);
            _active.RemoveAll(m => m.ToRow < row - 1);
            foreach (var m in _active)
            {
                for (var c = m.FromColumn; c <= Math.Min(m.ToColumn, width - 1); c++)
                {
                    if (row - 1 == m.FromRow && c == m.FromColumn) _mergedValues[(m.FromRow, m.FromColumn)] = cells[c];
                    else if (_mergedValues.TryGetValue((m.FromRow, m.FromColumn), out var top)) cells[c] = top;
                }
            }
            return cells;
        }

        // As in a CSV: a second header row (two tables pasted one under the other) or Excel's total row is one error
        // saying to delete the row, not an error for every cell of it.
        private bool RepeatedHeaderOrTotal(Header h, Cell[] cells, int row)
        {
            if (LooksLikeHeader(cells) && cells.Select(Text).Count(t => t.Trim().ToLowerInvariant() is "system" or "metric") == 2)
            {
                Error(row, 1, ErrorCodes.CsvMalformed, $"this row repeats the header row of row {h.Row} (two tables pasted one under the other?): delete the row, and keep only the header row at the top");
                return true;
            }
            string Named(string col) => h.Columns.TryGetValue(col, out var i) ? Text(Get(cells, i)).Trim() : "";
            static bool IsTotal(string t) => t.ToLowerInvariant() is "total" or "totals" or "grand total" or "sum" or "subtotal" or "sub-total";
            if ((Named("system").Length > 0 && !IsTotal(Named("system"))) && (Named("metric").Length > 0 && !IsTotal(Named("metric")))) return false;
            if (!cells.Any(c => IsTotal(Text(c).Trim()))) return false;
            Error(row, 1, ErrorCodes.CsvMalformed,
                "this looks like a total row: the site reads each row as one figure for a system, metric and period, and adds up nothing itself, so delete the row");
            return true;
        }

        private static bool LooksLikeHeader(Cell[] cells)
        {
            var named = cells.Select(c => Text(c).ToLowerInvariant()).Where(t => t.Length > 0)
                .Select(t => LongColumns.Contains(t) ? t : Suggest.Closest(t, LongColumns)).ToList();
            return named.Count(n => n is not null) >= 2 && named.Any(n => n is "system" or "metric");
        }

        private Header? ReadHeader(Cell[] cells, int row)
        {
            var texts = cells.Select(Text).ToArray();
            var lower = texts.Select(t => t.ToLowerInvariant()).ToArray();
            // Wide when the header names years and no period or value column: a misspelt 'vaule' is then still answered as a column of the long layout.
            var wide = !lower.Contains("period") && !lower.Contains("value")
                && cells.Any(c => YearColumn(c) is not null || c.Value is double or DateTime || LooseYear().IsMatch(Text(c)));
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var periods = new List<(int Column, Period Period)>();
            var named = new HashSet<int>();
            var ok = true;
            // The ranges over the header row, found once (they never overlap, so there are at most as many as columns).
            var over = merges.Where(m => m.FromRow <= row - 1 && m.ToRow >= row - 1).ToList();
            for (var i = 0; i < texts.Length; i++)
            {
                var col = i + 1;
                if (errorCells.TryGetValue((row, col), out var shown)) { FormulaError(row, col, shown); ok = false; continue; }
                if (texts[i].Length == 0) continue;
                named.Add(i);
                if (over.Any(m => m.FromColumn < i && m.ToColumn >= i)) continue; // reported at the range's first cell
                if (over.FirstOrDefault(m => m.FromRow == row - 1 && m.FromColumn == i && m.ToColumn > m.FromColumn) is { } merged)
                {
                    Error(row, col, ErrorCodes.WorkbookMergedHeader, $"this header cell is merged across {WorkbookCell.Column(col)}{row}:{WorkbookCell.Column(merged.ToColumn + 1)}{merged.ToRow + 1}, "
                        + "but each column needs its own header; unmerge it (select it, then Home > Merge & Center) and name each column");
                    ok = false;
                    continue;
                }
                var h = lower[i];
                var known = wide ? WideColumns : LongColumns;
                if (known.Contains(h))
                {
                    if (!columns.TryAdd(h, i)) { Error(row, col, ErrorCodes.CsvUnknownColumn, $"the column '{h}' appears twice; remove one"); ok = false; }
                    continue;
                }
                if (wide && YearColumn(cells[i]) is { } period)
                {
                    var first = periods.FindIndex(p => p.Period == period);
                    if (first >= 0)
                    {
                        Error(row, col, ErrorCodes.CsvUnknownColumn, $"a second column for {period.Id} (the first is column {WorkbookCell.Column(periods[first].Column + 1)}); keep one column per financial year");
                        ok = false;
                    }
                    else periods.Add((i, period));
                    continue;
                }
                if (wide && (cells[i].Value is double or DateTime || LooseYear().IsMatch(texts[i])))
                {
                    // The period hint names a key ("for 'period'"); here the year is a column's header.
                    Error(row, col, ErrorCodes.InvalidPeriod, PeriodHint.Message(PeriodText(cells[i]), "period").Replace(" for 'period'", " for a column's header", StringComparison.Ordinal));
                    ok = false;
                    continue;
                }
                var hint = Suggest.Hint(texts[i], known);
                var list = wide ? "columns are system, metric, source, note, illustrative and one per financial year, such as 2023-24"
                    : "columns are system, metric, period, value, source, note, illustrative";
                var year = !wide && YearColumn(cells[i]) is not null
                    ? "; this sheet has period and value columns, so it is read one row per value: a column per year belongs in a sheet without them" : "";
                Error(row, col, ErrorCodes.CsvUnknownColumn, $"unknown column '{MapReader.Clip(texts[i])}'{hint}; {list}{year}");
                ok = false;
            }
            string[] required = wide ? ["system", "metric"] : ["system", "metric", "period", "value"];
            var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
            foreach (var m in missing)
                Error(row, 1, ErrorCodes.CsvMissingColumn, $"the header row has no '{m}' column; add it (the header must name {(wide ? "system and metric" : "system, metric, period and value")})");
            if (wide && periods.Count == 0 && ok)
            {
                Error(row, 1, ErrorCodes.CsvMissingColumn, "the header row has no column for a financial year, and no period and value columns; "
                    + "name a column per year (2023-24, 2024-25), or add period and value columns for one row per value");
                return null;
            }
            if (missing.Count > 0) return null;
            return new Header(row, wide, columns, periods, named);
        }

        /// <summary>The financial year a wide layout's column header names: 2023-24, 2023/24, 2023-2024 (and FY23/24, 2023–24); null otherwise.</summary>
        private static Period? YearColumn(Cell cell)
        {
            if (cell.Value is not string s || YearHeader().Match(s.Trim()) is not { Success: true } m) return null;
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var start = m.Groups["a"].Value.Length == 2 ? 2000 + a : a;
            var follows = m.Groups["b"].Value.Length == 2 ? (start + 1) % 100 == b : b == start + 1;
            return follows && start is >= 1900 and <= 2200 ? new Period(start) : null;
        }

        private void LongRow(Header h, Cell[] cells, int row)
        {
            var ok = Known(h, cells, row, out var system, out var metric);
            ok &= Flag(h, cells, row, out var illustrative);
            var periodCol = h.Columns["period"];
            Period? period = null;
            var pc = Get(cells, periodCol);
            if (errorCells.TryGetValue((row, periodCol + 1), out var shown)) { FormulaError(row, periodCol + 1, shown); ok = false; }
            else if (!Period.TryParse(Text(pc), out period))
            {
                Error(row, periodCol + 1, ErrorCodes.InvalidPeriod, PeriodHint.Message(PeriodText(pc), "period"));
                ok = false;
            }
            var valueCol = h.Columns["value"];
            ok &= Value(cells, row, valueCol, metric, out var value);
            ok &= Texts(h, row);
            Unchecked(h, cells, row);
            if (ok && period is not null) Add(system, metric, period.Value, value, h, cells, illustrative, row, 1);
        }

        private void WideRow(Header h, Cell[] cells, int row)
        {
            var ok = Known(h, cells, row, out var system, out var metric);
            ok &= Flag(h, cells, row, out var illustrative);
            var values = new List<(Period, double?, int)>();
            foreach (var (col, period) in h.Periods)
                if (Value(cells, row, col, metric, out var value)) values.Add((period, value, col));
                else ok = false;
            ok &= Texts(h, row);
            Unchecked(h, cells, row);
            if (!ok) return;
            foreach (var (period, value, col) in values) Add(system, metric, period, value, h, cells, illustrative, row, col + 1);
        }

        private void Add(string system, string metric, Period period, double? value, Header h, Cell[] cells, bool illustrative, int row, int column)
        {
            var source = h.Columns.TryGetValue("source", out var s) ? Text(Get(cells, s)) : "";
            var note = h.Columns.TryGetValue("note", out var n) ? Text(Get(cells, n)) : "";
            result.Add(new Read(new MetricValue(system, metric, period, value, source.Length > 0 ? source : null, note.Length > 0 ? note : null, illustrative, At(row, column)),
                Address(row, column), h.Wide && Get(cells, column - 1).IsEmpty));
        }

        /// <summary>The system and metric cells: present and recorded as references (checked once everything is loaded).</summary>
        private bool Known(Header h, Cell[] cells, int row, out string system, out string metric)
        {
            var ok = true;
            string Id(string col, ReferenceKind kind)
            {
                var i = h.Columns[col];
                if (errorCells.TryGetValue((row, i + 1), out var shown)) { FormulaError(row, i + 1, shown); ok = false; return ""; }
                var val = Text(Get(cells, i));
                if (val.Length == 0) { Error(row, i + 1, ErrorCodes.MissingField, $"the '{col}' cell is empty; every row names a {col} id"); ok = false; return ""; }
                refs.Add(kind, val, At(row, i + 1), Address(row, i + 1));
                ok &= MapReader.IsId(val);
                return val;
            }
            system = Id("system", ReferenceKind.System);
            metric = Id("metric", ReferenceKind.Metric);
            return ok;
        }

        /// <summary>A formula error in the source or note cell is an error, not an empty text.</summary>
        private bool Texts(Header h, int row)
        {
            var ok = true;
            foreach (var col in new[] { "source", "note" })
                if (h.Columns.TryGetValue(col, out var i) && errorCells.TryGetValue((row, i + 1), out var shown)) { FormulaError(row, i + 1, shown); ok = false; }
            return ok;
        }

        private bool Flag(Header h, Cell[] cells, int row, out bool illustrative)
        {
            illustrative = false;
            if (!h.Columns.TryGetValue("illustrative", out var i)) return true;
            if (errorCells.TryGetValue((row, i + 1), out var shown)) { FormulaError(row, i + 1, shown); return false; }
            var cell = Get(cells, i);
            if (cell.Value is bool b) { illustrative = b; return true; }
            if (MetricCsvLoader.Flag(Text(cell)) is { } f) { illustrative = f; return true; }
            Error(row, i + 1, ErrorCodes.CsvInvalidFlag, MetricCsvLoader.FlagMessage(Text(cell)));
            return false;
        }

        /// <summary>A value cell: empty is "not reported"; a number as stored; a percentage-formatted cell as the percentage shown.</summary>
        private bool Value(Cell[] cells, int row, int col, string metric, out double? value)
        {
            value = null;
            if (errorCells.TryGetValue((row, col + 1), out var shown)) { FormulaError(row, col + 1, shown); return false; }
            var cell = Get(cells, col);
            switch (cell.Value)
            {
                case null:
                    return true;
                case double d when IsPercent(cell.Format):
                    var unit = units?.GetValueOrDefault(metric);
                    if (unit is not null && unit != "percent")
                    {
                        Error(row, col + 1, ErrorCodes.WorkbookPercent, $"the cell is formatted as a percentage (it shows {Percent(d)}%), but the metric '{metric}' is measured in {unit}, "
                            + "not percent; format the cell as Number (Home > Number Format) and type the figure in that unit");
                        return false;
                    }
                    return Number(Percent(d), row, col, out value);
                case double d:
                    return Number(d, row, col, out value);
                case DateTime t:
                    Error(row, col + 1, ErrorCodes.CsvValueNotNumber, $"the cell holds a date ({t:d MMMM yyyy}), not a number; format the cell as Number (Home > Number Format) and type the figure");
                    return false;
                case bool b:
                    Error(row, col + 1, ErrorCodes.CsvValueNotNumber, $"the cell holds {(b ? "TRUE" : "FALSE")}, not a number; type the figure, or clear the cell for 'not reported'");
                    return false;
            }
            var text = Text(cell);
            if (text.Length == 0) return true;
            if (PlainNumber().IsMatch(text) && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
                return Number(parsed, row, col, out value);
            Error(row, col + 1, ErrorCodes.CsvValueNotNumber, MetricCsvLoader.ValueHint(text));
            return false;
        }

        private bool Number(double d, int row, int col, out double? value)
        {
            value = null;
            if (!double.IsFinite(d) || Math.Abs(d) > ContentLimits.MaxAbsValue)
            {
                Error(row, col + 1, ErrorCodes.CsvValueNotNumber, $"value {d.ToString("R", CultureInfo.InvariantCulture)} is too large; figures are at most 10^15 in size");
                return false;
            }
            value = d;
            return true;
        }

        /// <summary>
        /// Figures in a column with no header are reported, never dropped; a column whose header is wrong was reported
        /// once, at its header. Formula errors are reported in every column read.
        /// </summary>
        private void Unchecked(Header h, Cell[] cells, int row)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                if (h.Named.Contains(i)) continue;
                if (errorCells.TryGetValue((row, i + 1), out var shown)) FormulaError(row, i + 1, shown);
                else if (!cells[i].IsEmpty)
                    Error(row, i + 1, ErrorCodes.CsvUnknownColumn, $"this cell is in column {WorkbookCell.Column(i + 1)}, which has no header in row {h.Row}, so it is not read; "
                        + "give the column a header, or move the text to a sheet of notes");
            }
        }

        private void FormulaError(int row, int col, string shown) =>
            Error(row, col, ErrorCodes.WorkbookFormulaError, $"the cell shows {shown}, an error in its formula, so it has no figure; correct the formula (or clear the cell if the figure was not reported)");
    }

    private static Cell Get(Cell[] cells, int i) => i < cells.Length ? cells[i] : default;

    /// <summary>A cell as text: numbers as written without grouping, dates as ISO dates, TRUE and FALSE in capitals as Excel shows them.</summary>
    private static string Text(Cell cell) => cell.Value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var o => Convert.ToString(o, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    /// <summary>A period cell as the person typed it: a date Excel made of it ("Mar 2024") is its month and year, for the hint.</summary>
    private static string PeriodText(Cell cell) => cell.Value is DateTime t ? t.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : Text(cell);

    /// <summary>The percentage a percentage-formatted cell shows: 0.235 is 23.5 (in decimal, so 23.5 and not 23.499999999999996).</summary>
    private static double Percent(double d) => Math.Abs(d) < 1e13 ? (double)((decimal)d * 100m) : d * 100;

    /// <summary>True for a number format that shows a percentage: a '%' outside quoted text and escapes.</summary>
    internal static bool IsPercent(string format)
    {
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\\') i++;
            else if (!quoted && c == '%') return true;
        }
        return false;
    }

    [GeneratedRegex(@"^-?(\d+(\.\d+)?|\.\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(fy\s*)?(?<a>\d{4}|\d{2})\s*[-/–_]\s*(?<b>\d{4}|\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearHeader();

    // A header that reads as a year written another way ("2023", "Mar 2024", "FY24"): answered with the period hint.
    [GeneratedRegex(@"^(fy\s*\d{2,4}|(19|20|21)\d\d|[a-z]{3,9}\.?\s+(19|20|21)\d\d|(fy\s*)?\d{2,4}\s*[-/–_]\s*\d{2,4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooseYear();
}
