using System.Text.RegularExpressions;

namespace StatiqReport.Content;

/// <summary>
/// A cell's address as Excel writes it, for the person reading a message: <c>Sheet1!C4</c>, with the sheet name
/// quoted as Excel quotes it (<c>'Local spend'!C4</c>). Rows and columns are 1-based, as in the message's (row,col).
/// </summary>
public static partial class WorkbookCell
{
    /// <summary>"C" for column 3, "AA" for 27.</summary>
    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>The sheet's name as written before '!': quoted when it is not a plain word.</summary>
    public static string Sheet(string name) => Plain().IsMatch(name) ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>"Sheet1!C4".</summary>
    public static string Address(string sheet, int row, int column) => $"{Sheet(sheet)}!{Column(column)}{row}";

    /// <summary>The row and column of an address such as "C4", or null.</summary>
    public static (int Row, int Column)? Parse(string? address)
    {
        if (address is null || Reference().Match(address) is not { Success: true } m) return null;
        var column = 0;
        foreach (var c in m.Groups["col"].Value.ToUpperInvariant()) column = column * 26 + (c - 'A' + 1);
        var row = m.Groups["row"].Value.Length == 0 ? 0 : int.Parse(m.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (row, column);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^\$?(?<col>[A-Za-z]{1,3})\$?(?<row>\d{0,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
