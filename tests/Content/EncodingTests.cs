using System.Text;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Files not saved as UTF-8 (issue 15, item 3): the message says what they were saved as and how to
/// save them as UTF-8 in the program people use (Excel for CSV, Notepad otherwise), at the first bad character.
/// </summary>
public sealed class EncodingTests
{
    private const string Csv = "data/metrics/values.csv";
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string ExcelFix = "in Excel choose File > Save As and pick \"CSV UTF-8 (Comma delimited) (*.csv)\"";
    private const string Rows = "system,metric,period,value\nalpha,local-spend,2021-22,5\n";

    private static string ErrorAt(RunResult result, string prefix)
    {
        Assert.Equal(1, result.ExitCode);
        var found = result.Errors.Where(e => e.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"expected one error starting '{prefix}'; got:\n{result.Stderr}");
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        return found[0];
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Csv_SavedAsUtf16_SaysSoInExcelsWords(bool byteOrderMark, bool bigEndian)
    {
        using var site = new TempSite("minimal-site");
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark);
        site.WriteBytes(Csv, [.. encoding.GetPreamble(), .. encoding.GetBytes(Rows)]);

        var error = ErrorAt(site.Run("validate"), $"{Csv}(1,1): error SR0207:");

        Assert.Contains("UTF-16", error, StringComparison.Ordinal);
        Assert.Contains(ExcelFix, error, StringComparison.Ordinal);
        Assert.DoesNotContain("binary", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_SavedAsWindows1252_PointsAtThePoundSignInExcelsWords()
    {
        using var site = new TempSite("minimal-site");
        // Excel's plain "CSV (Comma delimited)" writes '£' as the single byte 0xA3.
        site.WriteBytes(Csv, [.. Encoding.ASCII.GetBytes(Rows + "alpha,carbon,2021-22,5,Cost "), 0xA3, .. Encoding.ASCII.GetBytes("5\n")]);

        var error = ErrorAt(site.Run("validate"), $"{Csv}(3,29): error SR0207:");

        Assert.Contains("'£'", error, StringComparison.Ordinal);
        Assert.Contains(ExcelFix, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_SavedAsWindows1252_PointsAtTheCurlyApostropheInNotepadsWords()
    {
        using var site = new TempSite("minimal-site");
        // Word's curly apostrophe is 0x92 in Windows-1252; line 1 is "title: Alpha’s jobs".
        var text = site.Read(Case).Replace("title: Alpha jobs", "title: Alpha\u2019s jobs", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var at = bytes.IndexOf(0xE2);
        bytes.RemoveRange(at, 3);
        bytes.Insert(at, 0x92);
        site.WriteBytes(Case, [.. bytes]);

        var error = ErrorAt(site.Run("validate"), $"{Case}(1,13): error SR0002:");

        Assert.Contains("'\u2019'", error, StringComparison.Ordinal);
        Assert.Contains("Notepad", error, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_SavedAsWindows1252_AfterAccentedLetter_PointsAtTheLetter()
    {
        // 'é' is 0xE9, which starts a three-byte UTF-8 sequence: the error is at 'é', not the letter after it.
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Csv, [.. Encoding.ASCII.GetBytes(Rows + "alpha,carbon,2021-22,5,caf"), 0xE9, .. Encoding.ASCII.GetBytes("s\n")]);

        var error = ErrorAt(site.Run("validate"), $"{Csv}(3,27): error SR0207:");

        Assert.Contains("'é'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_BinaryFile_IsStillCalledBinary()
    {
        using var site = new TempSite("minimal-site");
        site.WriteBytes(Csv, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var error = ErrorAt(site.Run("validate"), $"{Csv}(1,1): error SR0207:");

        Assert.Contains("binary", error, StringComparison.Ordinal);
    }
}
