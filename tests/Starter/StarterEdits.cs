using System.Text.RegularExpressions;

namespace StatiqReport.Tests.Starter;

/// <summary>What a person does to a starter file: replace its starter text, and use its optional keys.</summary>
public static partial class StarterEdits
{
    /// <summary>Every piece of starter text replaced with plain words.</summary>
    public static string FillIn(string text) => Placeholder().Replace(text, "Our own words");

    /// <summary>
    /// Every commented-out key used: "# key: ..." and the "#   - ..." lines under it lose their "# ".
    /// The notes (sentences starting with a capital) stay notes.
    /// </summary>
    public static string Uncomment(string text) => CommentedKey().Replace(text, "${indent}${rest}");

    [GeneratedRegex(@"\[\[[^\[\]\r\n]+\]\]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<indent> *)# (?<rest>[a-z][a-z-]*:.*|  .*)$", RegexOptions.Multiline)]
    private static partial Regex CommentedKey();

    /// <summary>The 1-based line and column where a text first occurs in a file's text.</summary>
    public static (int Line, int Column) Where(string text, string what)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var col = lines[i].IndexOf(what, StringComparison.Ordinal);
            if (col >= 0) return (i + 1, col + 1);
        }
        throw new Xunit.Sdk.XunitException($"'{what}' is not in the file");
    }
}
