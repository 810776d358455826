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
}
