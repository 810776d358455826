using Microsoft.Playwright;

namespace StatiqReport.Tests.Support;

/// <summary>
/// Debian's Chromium (or the browser STATIQREPORT_CHROMIUM names), found as `build --pdf` finds it, driven
/// by Playwright. Playwright's own browser download cannot work here, so the system browser is required:
/// a missing browser fails the test with the fix, never skips silently.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public static string? ChromiumPath => StatiqReport.Output.Chromium.Path;

    public IPlaywright Playwright { get; }
    public IBrowser Instance { get; }

    private Browser(IPlaywright playwright, IBrowser browser) { Playwright = playwright; Instance = browser; }

    public static async Task<Browser> LaunchAsync()
    {
        var path = ChromiumPath
            ?? throw new InvalidOperationException($"No browser for the browser tests: run 'apt-get install -y chromium' (or .ci/run, which does it), or set STATIQREPORT_CHROMIUM. {StatiqReport.Output.Chromium.Missing}");
        var pw = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await pw.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = StatiqReport.Output.Chromium.HeadlessArgs });
        return new Browser(pw, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Instance.DisposeAsync();
        Playwright.Dispose();
    }
}
