using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>
/// Errors on the page: a broken save shows its errors over the open page (file, line, message, the lines
/// around it), for keyboards and screen readers, under the site's Content-Security-Policy; the fix takes
/// them away. A preview that starts broken serves the errors at every address. Preview only: a built site
/// has none of it.
/// </summary>
[Collection("browser")]
public sealed class PreviewErrorTests
{
    private const string Broken = "title: Alpha jobs\nsystem: alpha\nprinciples: [local-assets, share-resources\nsummary: Local people into local jobs.\n";

    [Fact]
    public async Task ABrokenSave_ShowsItsErrorOverTheOpenPage_AndTheFixTakesItAway()
    {
        using var site = new TempSite("minimal-site");
        var good = site.Read("data/case-studies/alpha-jobs.yml");
        await using var preview = await RunningPreview.Start(site);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = Problems(page);
        await page.GotoAsync(preview.Origin + "/case-studies/alpha-jobs/");
        // (Had the stream not yet connected, the errors would still come: a page that connects after a failed build is sent them at once.)

        // When a save breaks the file...
        var saved = Stopwatch.StartNew();
        site.Write("data/case-studies/alpha-jobs.yml", Broken + good[good.IndexOf("faced:", StringComparison.Ordinal)..]);
        var dialog = page.Locator("dialog.sr-errors");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        var shownAfter = saved.Elapsed;

        // ...the page shows the error: where, what to do, the lines around it with the line marked.
        var text = await dialog.InnerTextAsync();
        Assert.Contains("data/case-studies/alpha-jobs.yml, line 3, column 13 (SR0001)", text, StringComparison.Ordinal);
        Assert.Contains("never closed", text, StringComparison.Ordinal);
        Assert.Contains("add ]", text, StringComparison.Ordinal);
        Assert.Equal("> 3 principles: [local-assets, share-resources", (await page.InnerTextAsync(".sr-marked")).Trim());
        // The caret stands under column 13: after the number column (4 wide and a space) and 12 characters.
        Assert.Equal(5 + 12, (await page.InnerTextAsync(".sr-caret")).IndexOf('^', StringComparison.Ordinal));
        Assert.Contains("Alpha jobs", await page.InnerTextAsync("main h1"), StringComparison.Ordinal); // the last good page is still behind it
        // It is a modal dialog with a name, focus inside it, and Esc closes it (focus goes back to the page).
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.sr-errors').matches(':modal')"));
        Assert.Equal("sr-errors-title", await dialog.GetAttributeAsync("aria-labelledby"));
        Assert.Equal("Close this message (Esc)", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, ResultTypes = [ResultType.Violations] });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("overlay-1280.png") });
        await page.SetViewportSizeAsync(375, 800);
        Assert.True(await page.EvaluateAsync<bool>("() => { const d = document.querySelector('dialog.sr-errors'); return d.scrollWidth <= d.clientWidth; }"), "the message scrolls sideways at 375 px");
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("overlay-375.png") });
        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 5_000 });

        // When the fix is saved, the page reloads with the edit and no message.
        site.Write("data/case-studies/alpha-jobs.yml", good.Replace("title: Alpha jobs", "title: Alpha jobs fixed", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.querySelector('main h1') && document.querySelector('main h1').textContent.includes('Alpha jobs fixed')", null, new() { Timeout = 10_000 });
        Assert.Equal(0, await page.Locator("dialog.sr-errors").CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Console.WriteLine($"error shown {shownAfter.TotalMilliseconds:0} ms after the save");
    }

    [Fact]
    public async Task APreviewThatStartsBroken_ServesTheErrorsAtEveryAddress_ThenTheSiteOnceFixed()
    {
        using var site = new TempSite("minimal-site");
        var good = site.Read("data/case-studies/alpha-jobs.yml");
        site.Write("data/case-studies/alpha-jobs.yml", Broken + good[good.IndexOf("faced:", StringComparison.Ordinal)..]);
        await using var preview = await RunningPreview.Start(site);
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var problems = Problems(page);
        const string Status500 = "console error: Failed to load resource: the server responded with a status of 500 (Internal Server Error)";

        foreach (var address in new[] { "/no-such-page/", "/systems/alpha/", "/" })
        {
            var response = await page.GotoAsync(preview.Origin + address);
            Assert.Equal(500, response!.Status);
            Assert.Contains("data/case-studies/alpha-jobs.yml, line 3, column 13", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        }
        Assert.Equal("alert", await page.GetAttributeAsync(".sr-errors", "role"));
        await page.ScreenshotAsync(new() { Path = Local.Screenshot("error-page-375.png") });

        site.Write("data/case-studies/alpha-jobs.yml", good);
        await page.WaitForFunctionAsync("() => !document.body.hasAttribute('data-sr-error-page') && document.querySelector('main h1')", null, new() { Timeout = 15_000 });
        var left = problems.Where(p => !p.StartsWith(Status500, StringComparison.Ordinal)).ToList(); // the error page's own status is an honest 500
        Assert.True(left.Count == 0, string.Join("\n", left));
    }

    [Fact]
    public void ABuiltSite_HasNothingOfThePreview()
    {
        using var site = new TempSite("minimal-site");
        Assert.Equal(0, site.Run("build").ExitCode);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("__statiqreport", File.ReadAllText(file), StringComparison.Ordinal);
    }

    /// <summary>Console errors, CSP violations and any request that leaves 127.0.0.1.</summary>
    private static List<string> Problems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") lock (problems) problems.Add($"console {m.Type}: {m.Text} ({m.Location})"); };
        page.PageError += (_, e) => { lock (problems) problems.Add("page error: " + e); };
        // (The site has no favicon yet, issue 19: the browser's own request for one is not the preview's doing.)
        page.Console += (_, m) => { if (m.Location.Contains("/favicon.ico", StringComparison.Ordinal)) lock (problems) problems.Remove($"console {m.Type}: {m.Text} ({m.Location})"); };
        page.Request += (_, r) => { if (!new Uri(r.Url).IsLoopback) lock (problems) problems.Add("request left the machine: " + r.Url); };
        return problems;
    }
}
