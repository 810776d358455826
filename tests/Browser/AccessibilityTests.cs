using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqReport.Tests.Support;

namespace StatiqReport.Tests.Browser;

/// <summary>
/// Every page of the sample site (in English and, under /cy/, in Welsh) and of the contract and one-system fixtures, in a real browser: axe-core with the
/// WCAG 2.0, 2.1 and 2.2 A and AA rules finds nothing; the first Tab stop is the skip link and it
/// moves focus to the main content; at 320 px no page scrolls sideways.
/// </summary>
[Collection("browser")]
public sealed class AccessibilityTests
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static TheoryData<string> Sites => new() { "sample", "contract-site", "one-system-site" };

    private static (TempSite Site, string Output) BuildSite(string which)
    {
        var site = new TempSite(which == "sample" ? null : which);
        var root = which == "sample" ? Fixtures.RepoRoot : site.Root;
        var output = Path.Combine(site.Root, "built");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = StatiqReport.Cli.Program.Run(["build", "--root", root, "--output", output], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return (site, output);
    }

    private static List<string> PagesOf(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task EveryPage_HasNoAxeViolations_SkipLinkFirst_NoSidewaysScrollAt320(string which)
    {
        var (site, output) = BuildSite(which);
        using var _ = site;
        using var server = new StaticServer(output);
        await using var browser = await Support.Browser.LaunchAsync();
        var failures = new List<string>();
        var pages = PagesOf(output);
        Assert.NotEmpty(pages);

        // A few tabs at once: axe is CPU-bound, and the machine has two cores.
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(pages);
        var workers = Enumerable.Range(0, 3).Select(async _ =>
        {
            var desktop = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var phone = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
            // The Content-Security-Policy must not block anything the site itself uses.
            desktop.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (failures) failures.Add($"{desktop.Url}: {m.Text}"); };
            while (queue.TryDequeue(out var route))
            {
                var found = await CheckPage(desktop, phone, server.Origin + route);
                lock (failures) failures.AddRange(found.Select(f => $"{route}: {f}"));
            }
        }).ToList();
        await Task.WhenAll(workers);
        Assert.True(failures.Count == 0, $"{failures.Count} problems on {pages.Count} pages:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(80)));
    }

    private static async Task<List<string>> CheckPage(IPage desktop, IPage phone, string url)
    {
        var failures = new List<string>();
        await desktop.GotoAsync(url);
        var axe = await desktop.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] }, ResultTypes = [ResultType.Violations] });
        foreach (var v in axe.Violations)
            failures.Add($"axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");

        await desktop.Keyboard.PressAsync("Tab");
        var first = await desktop.EvaluateAsync<string>("() => document.activeElement ? (document.activeElement.className + '|' + document.activeElement.getAttribute('href')) : ''");
        if (first != "skip-link|#main-content") failures.Add($"first Tab stop is '{first}', not the skip link");
        else
        {
            await desktop.Keyboard.PressAsync("Enter");
            var focused = await desktop.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
            if (focused != "main-content") failures.Add($"the skip link moved focus to '{focused}', not the main content");
        }

        await phone.GotoAsync(url);
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0) failures.Add($"scrolls sideways by {overflow}px at 320px wide");
        return failures;
    }
}

[CollectionDefinition("browser", DisableParallelization = true)]
public sealed class BrowserCollection;
