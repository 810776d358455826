using System.Text;
using StatiqReport.Starter;

namespace StatiqReport.Tests.Starter;

/// <summary>The quick look at a file's bytes that lets the starter-text check skip files with no "[[" in any encoding.</summary>
public sealed class PlaceholderBytesTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "utf-8", "title: [[Your case study's title]]\n", true },
        { "utf-16le", "title: [[Your title]]\n", true },
        { "utf-16be", "title: [[Your title]]\n", true },
        { "windows-1252", "unit: £ [[unit]]\n", true },
        { "utf-8", "title: A [draft] title with [two] brackets\n", false },
        { "utf-16le", "title: A [draft] title\n", false },
        { "utf-8", "no brackets here\n", false },
        { "utf-8", "ends with one [", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MayHold_IsTrueExactlyWhenTheTextHasTwoOpeningBracketsTogether(string encoding, string text, bool expected)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(Path.GetTempPath(), "statiqreport-tests", Guid.NewGuid().ToString("N") + ".yml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.WriteAllBytes(path, Encoding.GetEncoding(encoding switch { "utf-16le" => "utf-16", "utf-16be" => "utf-16BE", _ => encoding }).GetBytes(text));
            Assert.Equal(expected, Placeholders.MayHold(path));
        }
        finally { File.Delete(path); }
    }
}
