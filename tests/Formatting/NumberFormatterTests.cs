using StatiqReport.Formatting;
using StatiqReport.Model;

namespace StatiqReport.Tests.Formatting;

public sealed class NumberFormatterTests
{
    private static readonly StatiqReport.Localisation.Strings En = StatiqReport.Tests.Localisation.StringsTests.Bundled()["en"];

    [Theory]
    [InlineData(1_200_000, "gbp", "£1.2m")]
    [InlineData(845_500_000, "gbp", "£845.5m")]
    [InlineData(820_000_000, "gbp", "£820m")]
    [InlineData(1_000_000_000, "gbp", "£1bn")]
    [InlineData(150_000, "gbp", "£150,000")]
    [InlineData(12.5, "gbp", "£12.50")]
    [InlineData(23.5, "percent", "23.5%")]
    [InlineData(17.25, "percent", "17.25%")]
    [InlineData(1234, "count", "1,234")]
    [InlineData(58000, "count", "58,000")]
    [InlineData(120, "tonnes CO2e", "120 tonnes CO2e")]
    [InlineData(-5, "count", "−5")]
    public void Format_ByUnit_FollowsTheContract(double value, string unit, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, unit));

    [Fact]
    public void Change_InPercentMetric_IsInPercentagePoints()
    {
        var c = new Change(17.25, 23.5, new Period(2021), new Period(2023), "percent", Better.Up);
        Assert.Equal("+6.25 percentage points", c.Amount(En));
        Assert.Equal("rose from 17.25% in 2021/22 to 23.5% in 2023/24 (+6.25 percentage points), an improvement", c.Sentence(En));
    }

    [Fact]
    public void Change_InMoney_IsInPerCent()
    {
        var c = new Change(1_000_000, 1_250_000, new Period(2022), new Period(2023), "gbp", Better.Up);
        Assert.Equal("+25%", c.Amount(En));
        Assert.Equal(Direction.Improved, c.Direction);
    }

    [Fact]
    public void Change_FallInLowerIsBetterMetric_IsAnImprovementInWords()
    {
        var c = new Change(160, 120, new Period(2022), new Period(2023), "tonnes", Better.Down);
        Assert.Equal(Direction.Improved, c.Direction);
        Assert.Contains("fell from 160 tonnes in 2022/23 to 120 tonnes in 2023/24", c.Sentence(En), StringComparison.Ordinal);
        Assert.EndsWith("an improvement", c.Sentence(En), StringComparison.Ordinal);
        Assert.Contains("better", c.Badge(En), StringComparison.Ordinal);
    }

    [Fact]
    public void Change_RiseInLowerIsBetterMetric_IsAWorsening()
    {
        var c = new Change(100, 110, new Period(2022), new Period(2023), "count", Better.Down);
        Assert.Equal(Direction.Worsened, c.Direction);
        Assert.Equal("+10%", c.Amount(En));
        Assert.EndsWith("a worsening", c.Sentence(En), StringComparison.Ordinal);
    }

    /// <summary>Expected values worked by hand: 2,470 / 51,470 = 4.799%; 25.5m / 845.5m = 3.016%; 1 / 3 = 33.33%.</summary>
    [Theory]
    [InlineData(51_470, 49_000, "tonnes CO2e", "−2,470 tonnes CO2e (−4.8%)")]
    [InlineData(200, 250, "hours", "+50 hours (+25%)")]
    [InlineData(0, 12, "tonnes", "+12 tonnes")]
    [InlineData(845_500_000, 820_000_000, "gbp", "−3%")]
    [InlineData(0, 150_000, "gbp", "+£150,000")]
    [InlineData(3, 4, "count", "+33.3%")]
    [InlineData(0, 5, "count", "+5")]
    [InlineData(23.5, 17.25, "percent", "−6.25 percentage points")]
    [InlineData(-40, -20, "tonnes", "+20 tonnes (+50%)")]
    public void Change_Amount_IsRightForTheUnit(double from, double to, string unit, string expected) =>
        Assert.Equal(expected, new Change(from, to, new Period(2022), new Period(2023), unit, Better.Up).Amount(En));

    [Fact]
    public void Change_InOtherUnit_SaysDifferenceAndPerCent_WithoutNestedBrackets()
    {
        var c = new Change(51_470, 49_000, new Period(2022), new Period(2023), "tonnes CO2e", Better.Down);
        Assert.Equal("fell from 51,470 tonnes CO2e in 2022/23 to 49,000 tonnes CO2e in 2023/24 (−2,470 tonnes CO2e, −4.8%), an improvement", c.Sentence(En));
        Assert.Equal("▼ −2,470 tonnes CO2e (−4.8%) since 2022/23, better", c.Badge(En));
    }

    [Theory]
    [InlineData("2023-24", true, "2023/24")]
    [InlineData("1999-00", true, "1999/00")]
    [InlineData("2023-25", false, null)]
    [InlineData("2023/24", false, null)]
    [InlineData("2023", false, null)]
    public void Period_Parse_AcceptsOnlyFinancialYears(string text, bool ok, string? display)
    {
        Assert.Equal(ok, Period.TryParse(text, out var p));
        if (ok) Assert.Equal(display, p!.Value.Display);
    }
}
