using System.Globalization;
using System.Text.RegularExpressions;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Pages;

/// <summary>
/// The case-studies index on a large site: a principle with many case studies shows its most recent ones and
/// links to its own page for the rest (on a national site the index was a 3 MB page), while a small site's
/// index still lists every case study.
/// </summary>
public sealed partial class CaseStudiesIndexTests
{
    private const string Heat = "data/case-studies/northshire-heat-network.yml";

    [Fact]
    public void APrincipleWithManyCaseStudies_ShowsTheMostRecentTwelve_AndLinksToItsPageForAll()
    {
        using var site = new TempSite("contract-site");
        var original = site.Read(Heat);
        // Twenty more long-term case studies, published one day apart: the newest is 2025-01-20.
        for (var i = 1; i <= 20; i++)
            site.Write($"data/case-studies/bulk/long-term-{i:00}.yml", original
                .Replace("title: A shared heat network for the hospital and college", $"title: Long-term case study number {i:00}", StringComparison.Ordinal)
                .Replace("published: 2024-05-20", $"published: 2025-01-{i:00}", StringComparison.Ordinal));
        Assert.True(site.Run("build").ExitCode == 0);

        var index = site.Page("/case-studies/");
        var section = Regex.Match(index, "<section aria-labelledby=\"long-term\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        var shown = CardTitle().Matches(section).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(9, 12).Reverse().Select(i => $"Long-term case study number {i.ToString("00", CultureInfo.InvariantCulture)}"), shown);
        Assert.Matches("<a href=\"/principles/long-term/\">See all 21 case studies for ‘[^’<0-9]+’</a>", section);
        Assert.Contains("(21)</li>", index, StringComparison.Ordinal); // the jump list counts them all
        Assert.Contains("A principle with more than 12 case studies shows its 12 most recent here", index, StringComparison.Ordinal);
        // The principle's page lists every one.
        var principle = site.Page("/principles/long-term/");
        Assert.Equal(21, CardTitle().Matches(principle).Count);
    }

    [Fact]
    public void ASmallSite_ListsEveryCaseStudyOnTheIndex_WithNoSeeAllLink()
    {
        using var site = new TempSite("contract-site");
        Assert.True(site.Run("build").ExitCode == 0);
        var index = site.Page("/case-studies/");
        Assert.Contains("A shared heat network for the hospital and college", index, StringComparison.Ordinal);
        Assert.DoesNotContain("See all", index, StringComparison.Ordinal);
        Assert.DoesNotContain("most recent here", index, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h3[^>]*><a [^>]*>([^<]+)</a>")]
    private static partial Regex CardTitle();
}
