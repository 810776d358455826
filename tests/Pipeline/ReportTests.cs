using System.Net;
using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pipeline;

/// <summary>The annual report of the contract fixture, checked against the facts in tests/fixtures/contract-site/EXPECTED.md.</summary>
public sealed partial class ReportTests : IClassFixture<ReportTests.Built>
{
    /// <summary>The contract site, built once for these tests.</summary>
    public sealed class Built : IDisposable
    {
        public TempSite Site { get; } = new("contract-site");
        public Built() => Assert.Equal(0, Site.Run("build").ExitCode);
        public void Dispose() => Site.Dispose();
    }

    private readonly TempSite _site;
    public ReportTests(Built built) => _site = built.Site;

    /// <summary>The page as text a reader sees (tags stripped, entities decoded, spaces collapsed).</summary>
    private string Text(string route) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(_site.Page(route), " ")), " ");

    [Theory]
    [InlineData("23.5%", "+2.5 percentage points")]
    [InlineData("£61.2m", "+20%")]
    [InlineData("1,234", "+23.4%")]
    public void Highlights_ShowLatestValueAndRightChange(string value, string change)
    {
        var text = Text("/reports/northshire/2023-24/");
        Assert.Matches(Regex.Escape(value) + ".{0,120}" + Regex.Escape(change), text);
    }

    [Fact]
    public void Progress_JudgesCommitmentsByTheMetricsDirection()
    {
        var text = Text("/reports/northshire/2023-24/");
        Assert.Matches("Raise the share of spend with local suppliers to 23%.{0,200}Met", text);
        Assert.Matches("Bring staff sickness absence down to 5%.{0,200}Not yet met", text);
    }

    [Fact]
    public void Commitment_ShowsTargetAndPeriod()
    {
        var text = Text("/reports/northshire/2023-24/");
        Assert.Matches("Spend £75 million a year with local suppliers.{0,200}£75m.{0,120}2025/26", text);
    }

    [Fact]
    public void Report_LinksItsThemesCaseStudiesAndHasPrintStyles()
    {
        var html = _site.Page("/reports/northshire/2023-24/");
        Assert.Contains("href=\"/case-studies/shared-apprenticeships/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/case-studies/northshire-heat-network/\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", File.ReadAllText(Directory.GetFiles(Path.Combine(_site.Output, "assets"), "site.css", SearchOption.AllDirectories).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyValue_ReadsNotReported_AndNoChangeIsInvented()
    {
        var text = Text("/systems/northshire/");
        Assert.Matches("2022/23 not reported", text);
        Assert.Contains("Apprenticeship", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LowerIsBetter_FallIsDescribedAsImprovement()
    {
        var text = Text("/systems/northshire/");
        Assert.Matches("fell from 5.8% in 2021/22 to 5.1% in 2023/24 \\(−0.7 percentage points\\), an improvement", text);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
