using System.Text;

namespace StatiqReport.Content;

/// <summary>
/// What a content file that is not UTF-8 was probably saved as (UTF-16, Windows-1252), and how to
/// save it again as UTF-8, in the words of the program people use: Excel for CSV, Notepad otherwise.
/// </summary>
public static class EncodingHint
{
    /// <summary>The file's own kind of text, as a saved-as choice in the program people use for it.</summary>
    public static string SaveAs(string relPath) =>
        relPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? "in Excel choose File > Save As and pick \"CSV UTF-8 (Comma delimited) (*.csv)\""
            : "in Notepad choose File > Save as…, set Encoding to UTF-8 and save";

    /// <summary>"UTF-16 LE" and the like when the bytes are UTF-16 (with or without a byte-order mark), else null.</summary>
    public static string? Utf16(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return "UTF-16";
        // Without a mark: text in Latin letters saved as UTF-16 has a zero in every other byte.
        var pairs = Math.Min(bytes.Length, 4096) / 2;
        if (pairs < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var mostly = pairs * 6 / 10;
        var few = pairs / 10;
        return (oddZeros >= mostly && evenZeros <= few) || (evenZeros >= mostly && oddZeros <= few) ? "UTF-16" : null;
    }

    /// <summary>The message for a file saved as UTF-16 ("Unicode Text" in Excel and Notepad).</summary>
    public static string Utf16Message(string relPath) =>
        $"the file is saved as UTF-16 (\"Unicode\"), not UTF-8; {SaveAs(relPath)}";

    /// <summary>
    /// The message for a byte that is not UTF-8, naming the character it is in Windows-1252 (what Excel's
    /// plain "CSV (Comma delimited)" and older Notepad write), e.g. '£' for 0xA3.
    /// </summary>
    public static string NotUtf8Message(string relPath, byte bad)
    {
        var c = Windows1252(bad);
        var what = c is null
            ? $"it has a byte (0x{bad:X2}) that is not UTF-8 text"
            : $"the character here is probably '{c}', saved as Windows-1252 (\"ANSI\")";
        return $"the file is not saved as UTF-8: {what}; {SaveAs(relPath)}";
    }

    private static string? Windows1252(byte b)
    {
        if (b < 0x80) return null;
        if (b >= 0xA0) return ((char)b).ToString(); // Windows-1252 agrees with Latin-1 from 0xA0 up
        var c = High[b - 0x80];
        return c == '\0' ? null : c.ToString();
    }

    // 0x80 to 0x9F in Windows-1252 (the curly quotes, dashes and '€' that Word and Excel type); '\0' where none.
    private static readonly char[] High =
    [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0',
        '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
}
