using System.Text;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>`build --pdf` prints each report as a tagged PDF with a language and bookmarks, the same bytes every time.</summary>
[Collection("browser")]
public sealed class PdfTests
{
    [Fact]
    public void BuildPdf_WritesTaggedReportPdfsBesideTheirPages()
    {
        Assert.True(Support.Browser.ChromiumPath is not null, "Chromium is needed: apt-get install -y chromium");
        using var site = new TempSite("contract-site");
        var result = site.Run("build", "--pdf");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var pdf = File.ReadAllBytes(Path.Combine(site.Output, "reports", "northshire", "2023-24", "report.pdf"));
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", text, StringComparison.Ordinal); // tagged
        Assert.Contains("/Lang (en-GB)", text, StringComparison.Ordinal);
        Assert.Contains("/Outlines", text, StringComparison.Ordinal); // bookmarks
        Assert.Contains("href=\"/reports/northshire/2023-24/report.pdf\"", site.Page("/reports/northshire/2023-24/"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "reports", "northshire", "2022-23", "report.pdf")));

        Assert.Equal(0, site.Run("build", "--pdf", "--output", site.Path_("again")).ExitCode);
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(site.Path_("again"), "reports", "northshire", "2023-24", "report.pdf")));
    }
}
