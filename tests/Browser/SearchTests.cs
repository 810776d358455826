using Microsoft.Playwright;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>Search on the contract fixture, by keyboard: results as you type, announced, filterable.</summary>
[Collection("browser")]
public sealed class SearchTests
{
    [Fact]
    public async Task Search_ByKeyboard_FindsTitlesAnnouncesCountAndFilters()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        using var server = new StaticServer(site.Output);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync();
        await page.GotoAsync(server.Origin + "/search/");

        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("apprenticeships");
        await page.WaitForSelectorAsync("#search-results li");
        var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
        Assert.Contains(titles, t => t.Contains("apprentice", StringComparison.OrdinalIgnoreCase));
        var status = await page.InnerTextAsync("#search-status");
        Assert.Matches(@"^\d+ results? for", status);
        Assert.Equal("polite", await page.GetAttributeAsync("#search-status", "aria-live"));

        // Filter by system with the keyboard: only that system's items remain.
        await page.FocusAsync("#filter-system");
        await page.SelectOptionAsync("#filter-system", "glan-y-mor");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
        await page.FillAsync("#search-input", "");
        await page.Keyboard.TypeAsync(" ");
        await page.WaitForTimeoutAsync(400);
        var filtered = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(filtered);
        Assert.All(filtered, h => Assert.Contains("glan-y-mor", h, StringComparison.Ordinal));
    }
}
