using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>
/// The forms at /admin/ in the preview, in Chromium: the vendored Sveltia CMS loads the configuration the
/// preview makes for this site with no console error and no request leaving 127.0.0.1, and lists every
/// collection. Sveltia's in-memory "test" backend stands in for a folder or GitHub (a headless browser
/// cannot pick a folder): only the backend lines of the served configuration are swapped for it.
/// </summary>
[Collection("browser")]
public sealed partial class AdminBrowserTests
{
    [Fact]
    public async Task Admin_LoadsTheSitesForms_WithNoErrorAndNothingFromTheInternet_AndListsEveryCollection()
    {
        using var site = new TempSite("contract-site");
        await using var preview = await RunningPreview.Start(site);
        var origin = preview.Origin;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var config = await http.GetStringAsync(new Uri(origin + "/admin/config.yml"));
        var collections = TopLevelLabels().Matches(config[config.IndexOf("\ncollections:", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value.Trim('\'')).ToList();
        Assert.Contains("Case studies", collections);
        Assert.Contains("Annual reports", collections);
        Assert.True(collections.Count >= 5, string.Join(", ", collections));

        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error") lock (problems) problems.Add($"console: {m.Text}"); };
        page.PageError += (_, e) => { lock (problems) problems.Add("page error: " + e); };
        page.Request += (_, r) => { if (!new Uri(r.Url).IsLoopback && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)) lock (problems) problems.Add("request left the machine: " + r.Url); };
        var swapped = false;
        await page.RouteAsync(new Regex(@"/admin/config\.yml"), async route =>
        {
            var body = Backend().Replace(await http.GetStringAsync(new Uri(route.Request.Url)), "backend:\n  name: test-repo\n", 1);
            swapped = true;
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/yaml", Body = body });
        });

        await page.GotoAsync(origin + "/admin/");
        var signIn = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("test", RegexOptions.IgnoreCase) });
        try { await signIn.WaitForAsync(new() { Timeout = 30_000 }); }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-failed.png") });
            Assert.Fail($"no sign-in button for the test backend (configuration swapped: {swapped}); the page says: " + await page.InnerTextAsync("body") + "\n" + string.Join("\n", problems));
        }
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-sign-in-1280.png") });
        await signIn.ClickAsync();
        foreach (var label in collections)
            await page.GetByText(label, new() { Exact = true }).First.WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-collections-1280.png") });
        await page.GetByText("Case studies", new() { Exact = true }).First.ClickAsync();
        await page.GetByText("New", new() { Exact = false }).First.ClickAsync();
        await page.WaitForTimeoutAsync(1500);
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-case-study-form-1280.png") });
        await page.SetViewportSizeAsync(375, 800);
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("admin-case-study-form-375.png") });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A collection's label: two spaces in, under a "- name:" line of the collections list.</summary>
    [GeneratedRegex(@"\n- name: [^\n]+\n  label: ([^\n]+)")]
    private static partial Regex TopLevelLabels();

    [GeneratedRegex(@"backend:\n(  [^\n]*\n)+")]
    private static partial Regex Backend();
}
