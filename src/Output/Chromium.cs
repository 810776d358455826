namespace StatiqReport.Output;

/// <summary>
/// Debian's Chromium, as `build --pdf` and the browser tests run it. The network flags matter: this
/// machine's closed network refuses Chromium's background connections.
/// </summary>
public static class Chromium
{
    /// <summary>The browser: /usr/bin/chromium, or STATIQREPORT_CHROMIUM.</summary>
    public static string Path => Environment.GetEnvironmentVariable("STATIQREPORT_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool Available => File.Exists(Path);

    /// <summary>Headless, sandbox off (root), no GPU, and no background networking.</summary>
    public static IReadOnlyList<string> HeadlessArgs { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];
}
