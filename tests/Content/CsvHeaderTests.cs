using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Header mistakes that make every column look wrong get one error that names the real mistake:
/// semicolons or tabs between columns (Excel's CSV in some languages), and a first row that is already figures.
/// </summary>
public sealed class CsvHeaderTests
{
    private const string Csv = "data/metrics/values.csv";

    [Theory]
    [InlineData(";", "separated by semicolons (;), not commas")]
    [InlineData("\t", "separated by tabs, not commas")]
    public void Separator_OtherThanComma_IsOneErrorSayingHowToSave(string separator, string phrase)
    {
        using var site = new TempSite("minimal-site");
        site.Write(Csv, site.Read(Csv).Replace(",", separator, StringComparison.Ordinal));

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{Csv}(1,1): error SR0205: ", error, StringComparison.Ordinal);
        Assert.Contains(phrase, error, StringComparison.Ordinal);
        Assert.Contains("\"CSV UTF-8 (Comma delimited) (*.csv)\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderRow_Missing_IsOneErrorAskingForIt()
    {
        using var site = new TempSite("minimal-site");
        var lines = site.Read(Csv).Split('\n');
        site.Write(Csv, string.Join('\n', lines.Skip(1)));

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{Csv}(1,1): error SR0201: the first row must be the header row", error, StringComparison.Ordinal);
        Assert.Contains("'alpha,local-spend,2022-23,1200000", error, StringComparison.Ordinal);
        Assert.Contains("add a first line system,metric,period,value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExcelBlankRows_AreSkippedLikeEmptyLines()
    {
        // v12: Excel leaves ",,,," rows where cells were cleared, in the middle and at the end.
        using var site = new TempSite("minimal-site");
        var text = site.Read(Csv).Replace("alpha,carbon,2022-23", ",,,,,,\r\nalpha,carbon,2022-23", StringComparison.Ordinal) + ",,,,,,\r\n , ,,,,,\r\n";
        site.Write(Csv, text);

        var result = site.Run("validate");

        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public void HeaderEndingWithAComma_IsOneErrorSayingToDeleteTheEmptyColumn()
    {
        // v07: "System,Metric,Period,Value,Source," and every row ending with a comma, then blank rows.
        using var site = new TempSite("minimal-site");
        site.Write(Csv, "System,Metric,Period,Value,Source,\r\nalpha,local-spend,2023-24,1500000,Annual report,\r\n,,,,,\r\n,,,,,\r\n");

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{Csv}(1,35): error SR0202: the header row ends with a comma, which makes an empty column with no name; delete the empty column "
            + "(in Excel, right-click the letter above it and choose Delete), or delete the comma at the end of the first line", error);
    }
}
