using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Starter;

/// <summary>`new report`: a starter annual report that stops the build until its starter text is replaced, and points at what the site has.</summary>
public sealed partial class NewReportTests
{
    private const string File = "input/reports/alpha/2024-25.md";

    [Fact]
    public void NewReport_Unedited_StopsValidate_AtEachPieceOfStarterText()
    {
        using var site = new TempSite("minimal-site");
        var r = site.Run("new", "report", "alpha", "2024-25");
        Assert.True(r.ExitCode == 0, r.Stderr);

        var validate = site.Run("validate");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{File}(8,9): error SR0701: starter text still to replace: [[The report's title", validate.Errors[0], StringComparison.Ordinal);
        Assert.Contains(validate.Errors, e => e.StartsWith($"{File}(41,1): error SR0701: starter text still to replace: [[Write your foreword here", StringComparison.Ordinal));
        Assert.Equal(6, validate.Errors.Count);
        Assert.All(validate.Errors, e => Assert.StartsWith(File + "(", e, StringComparison.Ordinal));
        Assert.All(validate.Errors, e => Assert.Contains(" SR0701: ", e, StringComparison.Ordinal));

        Assert.Equal(2, site.Run("new", "report", "alpha", "2024-25").ExitCode); // never overwrites
        Assert.Equal(2, site.Run("new", "report", "alpha", "2024/25").ExitCode);
        Assert.Equal(2, site.Run("new", "report", "nobody", "2024-25").ExitCode);
    }

    [Fact]
    public void NewReport_PointsAtTheSystemsMetricsWithFigures_AndItsCaseStudies()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "report", "alpha", "2024-25").ExitCode);
        var text = site.Read(File);
        // alpha has figures for carbon, local-share and local-spend (data/metrics/values.csv); local-* are procurement.
        Assert.Contains("highlights: [carbon, local-share, local-spend]", text, StringComparison.Ordinal);
        Assert.Contains("    metrics: [local-share, local-spend]", text, StringComparison.Ordinal);
        // alpha-jobs has no domain: the first chapter takes it.
        Assert.Contains("    case-studies: [alpha-jobs]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NewReport_FilledIn_BuildsAPageWithOneForewordHeading()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "report", "alpha", "2024-25").ExitCode);
        site.Write(File, StarterEdits.FillIn(site.Read(File)));
        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        var page = site.Page("/reports/alpha/2024-25/");
        Assert.Single(Heading().Matches(page), m => m.Groups["text"].Value.Trim() == "Foreword");
        Assert.Contains("<p>Our own words</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void NewReport_WithItsOptionalKeysUncommented_AndStarterTextReplaced_Validates()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("new", "report", "alpha", "2024-25").ExitCode);
        var used = StarterEdits.Uncomment(site.Read(File));
        foreach (var key in new[] { "    metric: carbon", "    target: 35", "    by: 2025-26", "illustrative: true" })
            Assert.Contains("\n" + key + "\n", used, StringComparison.Ordinal);
        site.Write(File, StarterEdits.FillIn(used));
        var r = site.Run("validate");
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    [Fact]
    public void NewReport_ForASystemWithoutFigures_SaysWhereTheyGo_AndStillValidatesFilledIn()
    {
        using var site = new TempSite("minimal-site");
        site.Write("data/systems/beta.yml", "name: Beta Integrated Care System\ntype: ICS\nnation: England\n");
        Assert.Equal(0, site.Run("new", "report", "beta", "2024-25").ExitCode);
        var text = site.Read("input/reports/beta/2024-25.md");
        Assert.Contains("# None of beta's metrics has figures yet: add them to a file in data/metrics/", text, StringComparison.Ordinal);
        Assert.Contains("highlights: []", text, StringComparison.Ordinal);
        site.Write("input/reports/beta/2024-25.md", StarterEdits.FillIn(StarterEdits.Uncomment(text)));
        var r = site.Run("validate");
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    [GeneratedRegex(@"<h[1-6][^>]*>(?<text>[^<]*)</h[1-6]>")]
    private static partial Regex Heading();
}
