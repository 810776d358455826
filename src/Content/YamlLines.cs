namespace StatiqReport.Content;

/// <summary>
/// The raw lines of a YAML text, read the way a person reads them: indentation, a leading "- ",
/// a key before ": ", the value after it. Used to explain a syntax error where the YAML library's
/// position is after the real mistake. Positions are 1-based, like the library's.
/// </summary>
public sealed class YamlLines
{
    private readonly string[] _lines;
    // Lines inside a '|' or '>' text block: free text, where tabs, '#' and ':' mean nothing.
    private readonly bool[] _inTextBlock;

    /// <summary>Lines before the YAML in its file, so messages name the file's own line numbers.</summary>
    public int LineOffset { get; }

    public YamlLines(string text, int lineOffset)
    {
        _lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        _inTextBlock = MarkTextBlocks(_lines);
        LineOffset = lineOffset;
    }

    public int Count => _lines.Length;

    /// <summary>The text of a 1-based line, or "" past the end.</summary>
    public string this[int line] => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    /// <summary>The line number as the file shows it (front matter starts below its '---').</summary>
    public int FileLine(int line) => line + LineOffset;

    public bool InTextBlock(int line) => line >= 1 && line <= _lines.Length && _inTextBlock[line - 1];

    /// <summary>Whether a line holds nothing a reader would call content: blank, or a whole-line '#' note.</summary>
    public bool IsEmpty(int line) => this[line].TrimStart(' ', '\t') is "" or ['#', ..];

    /// <summary>The nearest line above that holds content (outside text blocks), or 0.</summary>
    public int Above(int line)
    {
        for (var i = line - 1; i >= 1; i--)
            if (!IsEmpty(i) && !InTextBlock(i)) return i;
        return 0;
    }

    /// <summary>The parts of one line, or null for an empty line.</summary>
    public LineParts? Parts(int line) => IsEmpty(line) ? null : LineParts.Of(this[line]);

    private static bool[] MarkTextBlocks(string[] lines)
    {
        var inBlock = new bool[lines.Length];
        var blockIndent = -1; // the indentation of the key that opened the block
        var textIndent = -1; // the indentation of the block's first line of text, which every line of it keeps
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = LineParts.Indent(lines[i]);
            var blank = lines[i].Trim().Length == 0;
            if (blockIndent >= 0 && !blank && textIndent < 0 && indent > blockIndent) textIndent = indent;
            if (blockIndent >= 0 && (blank || (indent > blockIndent && indent >= textIndent))) { inBlock[i] = true; continue; }
            (blockIndent, textIndent) = (-1, -1);
            var parts = LineParts.Of(lines[i]);
            if (parts.Value.Length > 0 && parts.Value[0] is '|' or '>' && OnlyBlockHeader(parts.Value))
                blockIndent = indent;
        }
        return inBlock;
    }

    // "|", "|-", ">+", "|2", each optionally followed by a note: a text block starts on the next line.
    private static bool OnlyBlockHeader(string value)
    {
        var rest = value[1..].TrimStart('-', '+', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return rest.Trim().Length == 0 || rest.TrimStart().StartsWith('#');
    }
}

/// <summary>
/// One line split as a reader sees it: indentation, "- " list markers, a key and its value.
/// Columns are 1-based; a column is 0 where the part is absent.
/// </summary>
public sealed record LineParts(int IndentColumn, int DashColumn, string? Key, int KeyColumn, int ColonColumn, string Value, int ValueColumn)
{
    /// <summary>The number of spaces at the start of a line (stops at a tab).</summary>
    public static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == ' ') n++;
        return n;
    }

    public static LineParts Of(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        var indentColumn = i + 1;
        var dash = 0;
        // "- - x" nests lists; the last dash is the one whose item this line starts.
        while (i < line.Length && line[i] == '-' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
        {
            dash = i + 1;
            i++;
            while (i < line.Length && line[i] is ' ' or '\t') i++;
        }
        var colon = KeyColon(line, i);
        if (colon < 0)
            return new LineParts(indentColumn, dash, null, 0, 0, line[i..].TrimEnd(), i + 1);
        var valueStart = colon + 1;
        while (valueStart < line.Length && line[valueStart] is ' ' or '\t') valueStart++;
        return new LineParts(indentColumn, dash, line[i..colon].Trim(), i + 1, colon + 1, line[valueStart..].TrimEnd(), valueStart + 1);
    }

    /// <summary>
    /// The index of the colon that ends a key starting at <paramref name="start"/>: the first ':' followed
    /// by a space or the end of the line, outside quotes and brackets; -1 if the line has no key.
    /// </summary>
    private static int KeyColon(string line, int start)
    {
        if (start >= line.Length || line[start] is '"' or '\'' or '[' or '{' or '#') return -1;
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] == '#' && i > start && line[i - 1] is ' ' or '\t') return -1;
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t')) return i;
        }
        return -1;
    }
}
