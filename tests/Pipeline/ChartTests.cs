using System.Globalization;
using System.Text.RegularExpressions;
using StatiqReport.Formatting;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pipeline;

/// <summary>Charts on the contract fixture: accessible markup, and tables whose values equal the CSV.</summary>
public sealed partial class ChartTests : IClassFixture<ReportTests.Built>
{
    private readonly TempSite _site;
    public ChartTests(ReportTests.Built built) => _site = built.Site;

    [Theory]
    [InlineData("/systems/northshire/")]
    [InlineData("/metrics/local-spend/")]
    [InlineData("/domains/procurement/")]
    [InlineData("/case-studies/shared-apprenticeships/")]
    public void EveryChart_IsAnImageWithTitleAndDescription(string route)
    {
        var html = _site.Page(route);
        var svgs = Svg().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(svgs);
        foreach (var svg in svgs)
        {
            Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
            var labelled = AriaLabelledBy().Match(svg).Groups[1].Value.Split(' ');
            Assert.Equal(2, labelled.Length);
            Assert.Matches($"<title id=\"{labelled[0]}\">[^<]+</title>", svg);
            Assert.Matches($"<desc id=\"{labelled[1]}\">[^<]+</desc>", svg);
            Assert.Contains("viewBox=", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("cl_", svg, StringComparison.Ordinal);
        }
        // Ids are unique on the page, even with two drawings of each chart.
        var ids = Regex.Matches(html, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void SystemPage_TableValuesEqualTheCsv()
    {
        var page = _site.Page("/systems/northshire/");
        var units = Regex.Matches(File.ReadAllText(_site.Path_("data/metrics.yml")), @"- id: ([a-z0-9-]+)[\s\S]*?unit: ([^\n]+)")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        var rows = File.ReadAllLines(_site.Path_("data/metrics/values.csv")).Skip(1)
            .Select(l => CsvLine().Matches(l).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray())
            .Where(c => c[0] == "northshire").ToList();
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            var metric = r[1];
            var section = System.Net.WebUtility.HtmlDecode(Regex.Match(page, $"<section class=\"series\" aria-labelledby=\"metric-{metric}\">[\\s\\S]*?</section>").Value);
            Assert.False(string.IsNullOrEmpty(section), $"no section for {metric}");
            var display = r[2][..4] + "/" + r[2][5..];
            var expected = r[3].Length == 0 ? "not reported" : NumberFormatter.Format(double.Parse(r[3], CultureInfo.InvariantCulture), units[metric]);
            Assert.Matches($"<th scope=\"row\">{Regex.Escape(display)}</th>\\s*<td class=\"num\">(<em>)?{Regex.Escape(expected)}", section);
        }
    }

    [Fact]
    public void Trend_WithGap_IsLabelledNotReportedAndNotDrawnAsZero()
    {
        var section = Regex.Match(_site.Page("/systems/northshire/"), "<section class=\"series\" aria-labelledby=\"metric-apprenticeship-starts\">[\\s\\S]*?</section>").Value;
        Assert.Contains(">not reported<", section, StringComparison.Ordinal);
        Assert.Contains("a break in the line is a year that was not reported", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/domains/procurement/")]
    [InlineData("/metrics/local-spend/")]
    public void ComparisonSummaries_StateTheLatestValue(string route)
    {
        var html = System.Net.WebUtility.HtmlDecode(_site.Page(route));
        // Northshire's latest local spend (2023/24) is the highest: £61.2m.
        Assert.Matches("class=\"series-summary\">[^<]*£61.2m \\(Northshire[^<]*2023/24\\)", html);
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex Svg();
    [GeneratedRegex("aria-labelledby=\"([^\"]+)\"")]
    private static partial Regex AriaLabelledBy();
    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvLine();
}
