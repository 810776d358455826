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

    [Fact]
    public async Task Search_OneSystemSite_WorksWithoutTheSystemFilter()
    {
        using var site = new TempSite("one-system-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        using var server = new StaticServer(site.Output);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(server.Origin + "/search/?principle=inclusive-growth");

        // The principle filter from the address alone lists that principle's case studies.
        await page.WaitForSelectorAsync("#search-results li");
        var hrefs = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Contains("/case-studies/fenmoor-care-academy/", hrefs);
        Assert.Equal(0, await page.Locator("#filter-system").CountAsync());

        await page.FillAsync("#search-input", "");
        await page.Keyboard.TypeAsync("growers");
        await page.WaitForFunctionAsync("() => /growers/.test(document.getElementById('search-status').textContent)");
        var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
        Assert.Contains(titles, t => t.Contains("Local growers", StringComparison.Ordinal));
        Assert.Empty(errors);
    }
}

/// <summary>The "cite this" block: a keyboard user copies the citation with one button, and hears that it worked.</summary>
[Collection("browser")]
public sealed class CitationTests
{
    [Fact]
    public async Task CopyCitation_ByKeyboard_PutsTheCitationOnTheClipboardAndAnnouncesIt()
    {
        using var site = new TempSite("contract-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        using var server = new StaticServer(site.Output);
        await using var browser = await Support.Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.Origin });
        var page = await context.NewPageAsync();
        var caseStudy = Directory.GetDirectories(Path.Combine(site.Output, "case-studies")).Order(StringComparer.Ordinal).First();
        await page.GotoAsync(server.Origin + "/case-studies/" + Path.GetFileName(caseStudy) + "/");

        var citation = (await page.InnerTextAsync(".citation")).Trim();
        Assert.Contains("/case-studies/" + Path.GetFileName(caseStudy) + "/", citation, StringComparison.Ordinal);
        await page.FocusAsync(".copy-button");
        Assert.Equal("Copy citation", await page.InnerTextAsync(".copy-button"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('.copy-status').textContent.length > 0");
        Assert.Equal("Citation copied.", await page.InnerTextAsync(".copy-status"));
        Assert.Equal("status", await page.GetAttributeAsync(".copy-status", "role"));
        Assert.Equal(citation, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }
}
