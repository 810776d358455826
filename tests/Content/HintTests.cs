using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Content;

/// <summary>
/// Hints that lead to the fix (issue 15, item 3): a name where an id belongs is answered with the id,
/// a date or number as people write it with the ISO date or plain number it means. Each case checks
/// the position and the exact fix the message offers.
/// </summary>
public sealed class HintTests
{
    private const string Case = "data/case-studies/alpha-jobs.yml";
    private const string Csv = "data/metrics/values.csv";
    private const string Humber = "Humber and North Yorkshire Health and Care Partnership";

    private static TempSite WithHumber() =>
        new TempSite("minimal-site").Write("data/systems/humber-and-north-yorkshire.yml", $"name: {Humber}\ntype: ICS\nnation: England\n");

    private static string ErrorAt(RunResult result, string prefix)
    {
        Assert.Equal(1, result.ExitCode);
        var found = result.Errors.Where(e => e.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"expected one error starting '{prefix}'; got:\n{result.Stderr}");
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        return found[0];
    }

    [Theory]
    [InlineData(Humber)]
    [InlineData("NHS Humber & North Yorkshire ICB")]
    [InlineData("humber and north yorkshire integrated care system")]
    public void CaseStudy_SystemFullName_IsAnsweredWithTheSystemsId(string written)
    {
        using var site = WithHumber();
        site.Replace(Case, "system: alpha", $"system: {written}");

        var error = ErrorAt(site.Run("validate"), $"{Case}(2,9): error SR0109:");

        Assert.Contains("write its id 'humber-and-north-yorkshire'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("humber-and-north-yorkshire-", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_SystemNameAsKebabCase_IsAnsweredWithTheSystemsId()
    {
        // The id the old hint made up from the name: a valid form, but no such file.
        using var site = WithHumber();
        site.Replace(Case, "system: alpha", "system: humber-and-north-yorkshire-health-and-care-partnership");

        var error = ErrorAt(site.Run("validate"), $"{Case}(2,9): error SR0104:");

        Assert.Contains("write its id 'humber-and-north-yorkshire'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_PrincipleTitle_IsAnsweredWithThePrinciplesId()
    {
        using var site = new TempSite("minimal-site");
        site.Replace("data/principles.yml", "title: Principle six", "title: Think in decades");
        site.Replace(Case, "principles: [local-assets, share-resources]", "principles: [local-assets, Think in Decades]");

        var error = ErrorAt(site.Run("validate"), $"{Case}(3,28): error SR0109:");

        Assert.Contains("title of a principle", error, StringComparison.Ordinal);
        Assert.Contains("write its id 'long-term'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_DomainTitle_IsAnsweredWithTheDomainsId()
    {
        using var site = new TempSite("minimal-site");
        site.Replace("data/domains.yml", "title: Domain net-zero", "title: Reaching net zero carbon");
        site.Replace(Case, "summary:", "domains: [Reaching Net Zero Carbon]\nsummary:");

        var error = ErrorAt(site.Run("validate"), $"{Case}(4,11): error SR0109:");

        Assert.Contains("title of a domain", error, StringComparison.Ordinal);
        Assert.Contains("write its id 'net-zero'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_IdWrittenAsWords_IsAnsweredWithTheId()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "principles: [local-assets, share-resources]", "principles: [Local Assets]");

        var error = ErrorAt(site.Run("validate"), $"{Case}(3,14): error SR0109:");

        Assert.Contains("write 'local-assets'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("title", error, StringComparison.Ordinal); // "Local Assets" is not the principle's title
    }

    [Fact]
    public void Csv_SystemNameAndMetricTitle_AreAnsweredWithTheirIds()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Csv, "alpha,carbon,2022-23,160", "Alpha ICS,Carbon Footprint,2022-23,160");

        var result = site.Run("validate");

        Assert.Contains("write its id 'alpha'", ErrorAt(result, $"{Csv}(6,1): error SR0109:"), StringComparison.Ordinal);
        Assert.Contains("write its id 'carbon'", ErrorAt(result, $"{Csv}(6,11): error SR0109:"), StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_NameOfNothing_IsNotGivenAMadeUpId()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "system: alpha", "system: Somewhere Else Entirely");

        var error = ErrorAt(site.Run("validate"), $"{Case}(2,9): error SR0109:");

        Assert.DoesNotContain("somewhere-else-entirely", error, StringComparison.Ordinal);
        Assert.Contains("known: alpha", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20/01/2025", "write 2025-01-20 (20 January 2025)")]
    [InlineData("20 Jan 2025", "write 2025-01-20")]
    [InlineData("20 January 2025", "write 2025-01-20")]
    [InlineData("2025/01/20", "write 2025-01-20")]
    [InlineData("2025-1-20", "write 2025-01-20")]
    [InlineData("01/20/2025", "write 2025-01-20 (20 January 2025), read as month/day/year")]
    public void CaseStudy_DateAsPeopleWriteIt_IsAnsweredWithTheIsoDate(string written, string fix)
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "summary:", $"published: {written}\nsummary:");

        var error = ErrorAt(site.Run("validate"), $"{Case}(4,12): error SR0111:");

        Assert.Contains(fix, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_AmbiguousDate_IsReadTheUkWayAndSaysSo()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "summary:", "published: 04/03/2025\nsummary:");

        var error = ErrorAt(site.Run("validate"), $"{Case}(4,12): error SR0111:");

        Assert.Contains("write 2025-03-04 (4 March 2025)", error, StringComparison.Ordinal);
        Assert.Contains("day/month/year", error, StringComparison.Ordinal);
        Assert.Contains("if you meant 3 April 2025, write 2025-04-03", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_NumbersAsPeopleWriteThem_AreAnsweredWithThePlainNumber_AllInOneRun()
    {
        using var site = new TempSite("minimal-site");
        site.Write(Csv, "system,metric,period,value\n"
            + "alpha,local-spend,2019-20,\"1,200\"\n"
            + "alpha,local-spend,2020-21,£1.2m\n"
            + "alpha,local-share,2020-21,23.5%\n"
            + "alpha,local-spend,2021-22,1.2k\n"
            + "alpha,local-share,2021-22,\"12,5\"\n");

        var result = site.Run("validate");

        Assert.Contains("write 1200 ", ErrorAt(result, $"{Csv}(2,27): error SR0203:"), StringComparison.Ordinal);
        Assert.Contains("write 1200000 ", ErrorAt(result, $"{Csv}(3,27): error SR0203:"), StringComparison.Ordinal);
        Assert.Contains("write 23.5 ", ErrorAt(result, $"{Csv}(4,27): error SR0203:"), StringComparison.Ordinal);
        Assert.Contains("write 1200 ", ErrorAt(result, $"{Csv}(5,27): error SR0203:"), StringComparison.Ordinal);
        var unclear = ErrorAt(result, $"{Csv}(6,27): error SR0203:");
        Assert.Contains("decimal point or a thousands separator", unclear, StringComparison.Ordinal);
        Assert.DoesNotContain("write 12.5", unclear, StringComparison.Ordinal);
        Assert.DoesNotContain("write 125", unclear, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_FigureWithThousandsSeparator_IsAnsweredWithThePlainNumber()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "  - value: 100", "  - value: £1.2m");

        var error = ErrorAt(site.Run("validate"), $"{Case}(12,12): error SR0119:");

        Assert.Contains("write 1200000 ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_FigureInBracesWithACommaInTheNumber_SaysToWriteItWithoutTheComma()
    {
        // y23: the starter's own { } form; the comma ends the value, so YAML reads 1 and a key '200'.
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "  - value: 100\n    unit: count\n    label: people into work\n",
            "  - {value: 1,200, unit: count, label: people supported}\n  - {value: 12,5, unit: percent, label: unclear}\n  - {value: 1,200,000, unit: gbp, label: spent}\n");

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Case}(12,13): error SR0119: 'value' of a figure is written 1,200, and inside {{ }} a comma ends a value, so this would be read as 1; write 1200, without the comma", result.Errors);
        var unclear = ErrorAt(result, $"{Case}(13,13): error SR0119: 'value' of a figure is written 12,5,");
        Assert.Contains("unclear whether the comma is a decimal point or a thousands separator", unclear, StringComparison.Ordinal);
        Assert.Contains($"{Case}(14,13): error SR0119: 'value' of a figure is written 1,200,000, and inside {{ }} a comma ends a value, so this would be read as 1; write 1200000, without the comma", result.Errors);
        Assert.DoesNotContain("unknown key", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, result.Errors.Count);
    }

    [Theory]
    // y29: commas without brackets; y30: ids on lines of their own without '- '.
    [InlineData("principles: local-assets, share-resources", 3)]
    [InlineData("principles:\n  local-assets\n  share-resources", 4)]
    public void CaseStudy_SeveralIdsWrittenAsOneText_SaysToUseBrackets_NotADidYouMean(string written, int line)
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "principles: [local-assets, share-resources]", written);

        var result = site.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"{Case}({line},", error, StringComparison.Ordinal);
        Assert.Contains("error SR0108: 'principles' is a list, but 'local-assets", error, StringComparison.Ordinal);
        Assert.Contains("is written as one piece of text; put the 2 ids in square brackets, as in principles: [local-assets, share-resources], or write each on a line of its own starting with '- '", error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
    }

    [Theory]
    // r03, r06: a month is answered with the financial year it falls in (UK years run April to March).
    [InlineData("March 2028", "March 2028 is in the financial year 2027-28 (UK financial years run April to March), so write 2027-28")]
    [InlineData("April 2027", "April 2027 is in the financial year 2027-28")]
    [InlineData("Mar 2028", "March 2028 is in the financial year 2027-28")]
    [InlineData("2028-03", "March 2028 is in the financial year 2027-28")]
    [InlineData("12/2026", "December 2026 is in the financial year 2026-27")]
    // A bare year could be either: both readings.
    [InlineData("2028", "2028 could be 2027-28 (ending in March 2028) or 2028-29 (starting in April 2028): write the one you mean")]
    // Two years as people write them.
    [InlineData("2027/28", "write it as 2027-28")]
    [InlineData("2026-2027", "write it as 2026-27")]
    [InlineData("27-28", "write it as 2027-28")]
    [InlineData("FY26/27", "write it as 2026-27")]
    // Nothing to read: the example is plainly an example.
    [InlineData("next year", "write a financial year like 2023-24 (April 2023 to March 2024)")]
    public void PeriodHint_WrittenPeriod_IsTheRightFinancialYear(string written, string fix)
    {
        var message = StatiqReport.Content.PeriodHint.Message(written, "by");
        Assert.StartsWith($"'{written}' is not a financial-year period for 'by'; ", message, StringComparison.Ordinal);
        Assert.Contains(fix, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CommitmentByAMonth_IsAnsweredWithItsFinancialYear_AtTheValue()
    {
        using var site = new TempSite("minimal-site");
        site.Replace("input/reports/alpha/2023-24.md", "by: 2025-26", "by: March 2028");

        var result = site.Run("validate");

        Assert.Contains("input/reports/alpha/2023-24.md(13,9): error SR0110: 'March 2028' is not a financial-year period for 'by'; March 2028 is in the financial year 2027-28 (UK financial years run April to March), so write 2027-28", result.Errors);
    }

    [Fact]
    public void CaseStudy_MisspeltRequiredKey_IsOneError()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "summary:", "sumary:");

        var result = site.Run("validate");

        Assert.Contains("did you mean 'summary'?", ErrorAt(result, $"{Case}(4,1): error SR0101:"), StringComparison.Ordinal);
        Assert.DoesNotContain("SR0107", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_MissingRequiredKeyWithNoLikelyMisspelling_IsStillReported()
    {
        using var site = new TempSite("minimal-site");
        site.Replace(Case, "summary: Local people into local jobs.\n", "colour: blue\n");

        var result = site.Run("validate");

        ErrorAt(result, $"{Case}(4,1): error SR0101:");
        Assert.Contains("missing the required field 'summary'", ErrorAt(result, $"{Case}(1,1): error SR0107:"), StringComparison.Ordinal);
    }
}

/// <summary>The number and date readings on their own, for the forms the site tests do not write.</summary>
public sealed class HintReadingTests
{
    [Theory]
    [InlineData("-1,200", "write -1200 ")]
    [InlineData("1,200.50", "write 1200.5 ")]
    [InlineData("£1,200,000", "write 1200000 ")]
    [InlineData("GBP 2.5bn", "write 2500000000 ")]
    [InlineData("1.2 million", "write 1200000 ")]
    [InlineData("12 %", "write 12 ")]
    public void NumberHint_WrittenNumber_IsThePlainNumber(string written, string fix) =>
        Assert.StartsWith(fix, StatiqReport.Content.NumberHint.Fix(written), StringComparison.Ordinal);

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,20")]
    public void NumberHint_UnclearComma_GuessesNoNumber(string written) =>
        Assert.Contains("unclear", StatiqReport.Content.NumberHint.Fix(written), StringComparison.Ordinal);

    [Theory]
    [InlineData("lots")]
    [InlineData("n/a")]
    [InlineData("12.5 km")]
    public void NumberHint_NotANumber_IsNull(string written) => Assert.Null(StatiqReport.Content.NumberHint.Fix(written));

    [Theory]
    [InlineData("20th January 2025", "write 2025-01-20 ")]
    [InlineData("January 20, 2025", "write 2025-01-20 ")]
    [InlineData("Sept 3 2024", "write 2024-09-03 ")]
    [InlineData("20.01.25", "write 2025-01-20 ")]
    [InlineData("05/05/2025", "write 2025-05-05 (5 May 2025)")]
    public void DateHint_WrittenDate_IsTheIsoDate(string written, string fix) =>
        Assert.StartsWith(fix, StatiqReport.Content.DateHint.Fix(written), StringComparison.Ordinal);

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("2024-13-01")]
    [InlineData("next spring")]
    public void DateHint_NoSuchDate_IsNull(string written) => Assert.Null(StatiqReport.Content.DateHint.Fix(written));
}
