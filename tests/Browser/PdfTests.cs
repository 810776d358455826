using System.Text;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>
/// `build --pdf` prints each report as a tagged PDF with a language and bookmarks, the same bytes every time,
/// with a cover page (and its photograph), a contents page with page numbers and a running footer with the title and
/// page number (read back with poppler-utils' pdfinfo, pdftotext and pdfimages).
/// </summary>
[Collection("browser")]
public sealed class PdfTests
{
    [Fact]
    public void BuildPdf_WritesTaggedReportPdfsBesideTheirPages()
    {
        Assert.True(Support.Browser.ChromiumPath is not null, "Chromium is needed: apt-get install -y chromium");
        using var site = new TempSite("contract-site");
        site.WriteBytes("input/images/cover.png", File.ReadAllBytes(site.Path_("input/images/heat-network.png")));
        site.Replace("input/reports/northshire/2023-24.md", "title: Northshire anchor impact report 2023/24\n",
            "title: Northshire anchor impact report 2023/24\ncover:\n  src: input/images/cover.png\n  alt: The new heat network\n");
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

        // The first page is the cover and nothing else; every other page carries its number in the footer.
        var file = Path.Combine(site.Output, "reports", "northshire", "2023-24", "report.pdf");
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(Poppler("pdfinfo", file), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var cover = System.Text.RegularExpressions.Regex.Replace(Poppler("pdftotext", "-f", "1", "-l", "1", file, "-"), @"\s+", " ");
        Assert.Contains("Northshire anchor impact report 2023/24", cover, StringComparison.Ordinal);
        Assert.Contains("Northshire Integrated Care System", cover, StringComparison.Ordinal);
        Assert.Contains("Annual impact report 2023/24", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("Foreword", cover, StringComparison.Ordinal);
        Assert.DoesNotMatch($@"\b1 ?/ ?{pages}\b", cover);
        Assert.True(pages >= 3, $"{pages} pages");
        // The running footer: the report's title and the page number on every page but the cover.
        for (var n = 2; n <= pages; n++)
        {
            var page = Poppler("pdftotext", "-f", $"{n}", "-l", $"{n}", file, "-");
            Assert.Matches($@"\b{n} ?/ ?{pages}\b", page); // pdftotext may drop the spaces
            Assert.Contains("Northshire anchor impact report 2023/24", page, StringComparison.Ordinal);
        }
        // The cover carries the cover photograph (an image drawn on page 1: pdfimages lists it under its two header lines).
        Assert.True(Poppler("pdfimages", "-list", "-f", "1", "-l", "1", file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2, "no image on the cover");

        // Page 2 is the contents: every part with the page it starts on, where pdftotext finds its heading; a chapter's heading opens its page.
        var contents = Poppler("pdftotext", "-layout", "-f", "2", "-l", "2", file, "-").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal("Contents", contents[0]);
        var listed = contents.Skip(1).Where(l => !l.Contains("Northshire anchor impact report", StringComparison.Ordinal)).Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(.+?)\s{2,}(\d+)$"))
            .Where(m => m.Success).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["The year at a glance", "Foreword", "Good work", "Greener buildings", "Progress on our 2022/23 commitments",
            "Our commitments for next year", "Maturity self-assessment", "Data notes and sources"], listed.Keys);
        foreach (var (heading, n) in listed)
        {
            Assert.InRange(n, 3, pages);
            var lines = Poppler("pdftotext", "-f", $"{n}", "-l", $"{n}", file, "-").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            Assert.True(lines.Contains(heading), $"'{heading}' is listed at page {n}, which does not have it: {string.Join(" | ", lines)}");
            if (heading is "Good work" or "Greener buildings") Assert.Equal(heading, lines[0]);
        }
        Assert.True(listed["Greener buildings"] > listed["Good work"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(Poppler("pdftotext", file, "-"), "Our second year brought more local spending"));

        Assert.Equal(0, site.Run("build", "--pdf", "--output", site.Path_("again")).ExitCode);
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(site.Path_("again"), "reports", "northshire", "2023-24", "report.pdf")));
    }

    /// <summary>A poppler-utils tool's output (pdfinfo, pdftotext): the PDF as a reader's software reads it.</summary>
    private static string Poppler(string tool, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start: apt-get install -y poppler-utils");
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {p.StandardError.ReadToEnd()}");
        return output;
    }
}
