namespace StatiqReport.Output;

/// <summary>
/// The Chromium-family browser `build --pdf` and the browser tests run: Edge, Chrome or Chromium, as
/// <see cref="BrowserSearch"/> finds it. The network flags matter: a closed network refuses the
/// browser's background connections, and a build must not make any.
/// </summary>
public static class Chromium
{
    /// <summary>The browser on this machine, or null when there is none.</summary>
    public static string? Path => BrowserSearch.Find(BrowserHost.Current);

    public static bool Available => Path is not null;

    /// <summary>What to install, in plain words, when <see cref="Path"/> is null.</summary>
    public static string Missing => BrowserSearch.Missing(BrowserHost.Current);

    /// <summary>Headless, no GPU, no background networking; the sandbox off only where it cannot work.</summary>
    public static IReadOnlyList<string> HeadlessArgs => ArgsFor(BrowserHost.Current);

    /// <summary>
    /// Chromium refuses to start its sandbox as root on Linux (containers, CI), so only there is it
    /// turned off; everywhere else the browser keeps its sandbox.
    /// </summary>
    public static IReadOnlyList<string> ArgsFor(BrowserHost host)
    {
        List<string> args =
        [
            "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ];
        if (host.Platform == BrowserPlatform.Linux && host.Root) args.Insert(1, "--no-sandbox");
        return args;
    }
}
