using System.IO.Compression;
using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Output;

/// <summary>
/// Byte budgets for a reader's first visit on a slow phone link (issue 19): a page, with everything it makes
/// the browser fetch at once (styles, scripts, preloaded fonts, its icon, its images; for search the index),
/// compressed as a host sends it (gzip for text; fonts and pictures as they are), is at most 100 KB, and the
/// search page at most 200 KB. Every page of the sample site and of the fixture sites is measured.
/// </summary>
public sealed partial class PageBudgetTests
{
    private const int PageBudget = 100_000;
    private const int SearchBudget = 200_000;

    [Theory]
    [InlineData("sample")]
    [InlineData("welsh-site")]
    [InlineData("one-system-site")]
    public void EveryPage_FirstVisit_IsWithinItsBudget(string which)
    {
        using var site = which == "sample" ? TempSite.Sample() : new TempSite(which);
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var over = new List<string>();
        var largest = new Dictionary<string, (string Page, long Bytes)>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(site.Output, file).Replace(Path.DirectorySeparatorChar, '/');
            var bytes = FirstVisit(site.Output, File.ReadAllText(file));
            var type = TypeOf(rel);
            var budget = type == "search" ? SearchBudget : PageBudget;
            if (bytes > budget) over.Add($"{rel}: {bytes:N0} bytes (budget {budget:N0})");
            if (!largest.TryGetValue(type, out var l) || bytes > l.Bytes) largest[type] = (rel, bytes);
        }
        Assert.True(over.Count == 0, string.Join("\n", over));
        // The measure measures: a page with its styles and fonts is never tiny.
        Assert.All(largest.Values, l => Assert.True(l.Bytes > 20_000, $"{l.Page}: only {l.Bytes:N0} bytes counted"));
    }

    [Fact]
    public void FirstVisit_CountsTheLinkedFiles()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        var html = site.Page("/search/");
        var page = Gzipped(System.Text.Encoding.UTF8.GetBytes(html));
        var index = Gzipped(File.ReadAllBytes(Path.Combine(site.Output, "search", "index.json")));
        var fonts = Directory.GetFiles(Path.Combine(site.Output, "assets"), "*.woff2", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(FirstVisit(site.Output, html) >= page + index + fonts, "the search page's index and fonts are not counted");
    }

    private static string TypeOf(string rel)
    {
        var path = rel.StartsWith("cy/", StringComparison.Ordinal) ? rel[3..] : rel;
        var first = path.Split('/')[0];
        return first switch
        {
            "index.html" => "home",
            "search" => "search",
            "systems" or "principles" or "domains" or "metrics" or "case-studies" or "reports" => path.Count(c => c == '/') > 1 ? first + "/*" : first,
            _ => "page",
        };
    }

    /// <summary>The compressed bytes of a page and of each file it makes the browser fetch when it loads.</summary>
    private static long FirstVisit(string output, string html)
    {
        long total = Gzipped(System.Text.Encoding.UTF8.GetBytes(html));
        var fetched = Linked().Matches(html).Select(m => m.Groups["href"].Value)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('#', '?')[0]).Distinct(StringComparer.Ordinal);
        foreach (var href in fetched)
        {
            var file = Path.Combine(output, href.TrimStart('/'));
            if (!File.Exists(file)) continue; // a link check elsewhere fails on a missing file
            var bytes = File.ReadAllBytes(file);
            total += Path.GetExtension(file) is ".woff2" or ".png" or ".jpg" or ".jpeg" or ".webp" or ".avif" or ".gif" ? bytes.Length : Gzipped(bytes);
        }
        return total;
    }

    private static int Gzipped(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return (int)memory.Length;
    }

    /// <summary>What the browser fetches with the page: styles, scripts, preloads, the PNG icon, images, the search index.</summary>
    [GeneratedRegex("<link rel=\"(?:stylesheet|preload)\" href=\"(?<href>[^\"]+)\"|<link rel=\"icon\" href=\"(?<href>[^\"]+)\" sizes|<script src=\"(?<href>[^\"]+)\"|<img [^>]*?src=\"(?<href>[^\"]+)\"|data-index=\"(?<href>[^\"]+)\"")]
    private static partial Regex Linked();
}
