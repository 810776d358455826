namespace StatiqReport.Output;

/// <summary>The operating systems whose browser folders the search knows.</summary>
public enum BrowserPlatform { Windows, MacOS, Linux }

/// <summary>
/// The machine as the browser search sees it: its platform, its environment variables, whether a file
/// exists, and whether the process runs as root. Injected, so the Windows and macOS rules are tested on Linux.
/// </summary>
public sealed record BrowserHost(BrowserPlatform Platform, Func<string, string?> Variable, Func<string, bool> FileExists, bool Root)
{
    /// <summary>This machine.</summary>
    public static BrowserHost Current { get; } = new(
        OperatingSystem.IsWindows() ? BrowserPlatform.Windows : OperatingSystem.IsMacOS() ? BrowserPlatform.MacOS : BrowserPlatform.Linux,
        Environment.GetEnvironmentVariable,
        File.Exists,
        Environment.IsPrivilegedProcess);
}

/// <summary>
/// Finds a Chromium-family browser for `build --pdf`: STATIQREPORT_CHROMIUM first, then the places
/// Edge, Chrome and Chromium install themselves on each platform (Edge first on Windows, where it
/// comes with the system), and says in plain words what to install when there is none.
/// </summary>
public static class BrowserSearch
{
    /// <summary>The variable that names the browser to use, overriding the search.</summary>
    public const string Variable = "STATIQREPORT_CHROMIUM";

    private static readonly string[] LinuxNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"];

    private static readonly string[] MacApps =
    [
        "Google Chrome.app/Contents/MacOS/Google Chrome",
        "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        "Chromium.app/Contents/MacOS/Chromium",
    ];

    /// <summary>The browser to run, or null when there is none (then <see cref="Missing"/> says why).</summary>
    public static string? Find(BrowserHost host)
    {
        if (host.Variable(Variable) is { Length: > 0 } chosen) return host.FileExists(chosen) ? chosen : null;
        return Candidates(host).FirstOrDefault(host.FileExists);
    }

    /// <summary>Where the search looks, in order, when STATIQREPORT_CHROMIUM is not set.</summary>
    public static IReadOnlyList<string> Candidates(BrowserHost host) => host.Platform switch
    {
        BrowserPlatform.Windows => WindowsCandidates(host),
        BrowserPlatform.MacOS => MacCandidates(host),
        _ => LinuxCandidates(host),
    };

    /// <summary>What to tell someone whose machine has no browser the search can use.</summary>
    public static string Missing(BrowserHost host)
    {
        if (host.Variable(Variable) is { Length: > 0 } chosen)
            return $"{Variable} is set to '{chosen}', but there is no program there. Set it to the full path of Chrome, Edge or Chromium, or remove it so StatiqReport looks in the usual places.";
        const string Needs = "Making PDFs needs a web browser that can print pages: Microsoft Edge, Google Chrome or Chromium. StatiqReport found none on this computer.";
        return host.Platform switch
        {
            BrowserPlatform.Windows => $"{Needs} Edge comes with Windows 10 and 11; if it has been removed, ask your IT service desk to install Microsoft Edge or Google Chrome. If one is installed in an unusual folder, set {Variable} to the full path of msedge.exe or chrome.exe.",
            BrowserPlatform.MacOS => $"{Needs} Install Google Chrome (from google.com/chrome, or ask your IT service desk) into Applications, then run the command again. If it is installed elsewhere, set {Variable} to the program inside the app, e.g. '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'.",
            _ => $"{Needs} Install Chromium with your package manager (on Debian or Ubuntu: sudo apt-get install chromium), or set {Variable} to the full path of a Chrome, Edge or Chromium program.",
        };
    }

    private static List<string> WindowsCandidates(BrowserHost host)
    {
        var x86 = host.Variable("ProgramFiles(x86)");
        var programs = host.Variable("ProgramFiles");
        var local = host.Variable("LOCALAPPDATA");
        var found = new List<string>();
        // Windows paths are joined with '\' here, not Path.Combine, so they are right when tested on Linux too.
        AddWindows(found, x86, @"Microsoft\Edge\Application\msedge.exe");
        AddWindows(found, programs, @"Microsoft\Edge\Application\msedge.exe");
        AddWindows(found, programs, @"Google\Chrome\Application\chrome.exe");
        AddWindows(found, x86, @"Google\Chrome\Application\chrome.exe");
        AddWindows(found, local, @"Google\Chrome\Application\chrome.exe");
        return found;
    }

    private static void AddWindows(List<string> found, string? folder, string rest)
    {
        if (string.IsNullOrEmpty(folder)) return;
        found.Add(folder.TrimEnd('\\') + '\\' + rest);
    }

    private static List<string> MacCandidates(BrowserHost host)
    {
        var found = MacApps.Select(app => "/Applications/" + app).ToList();
        // Without admin rights, people drag apps into their own Applications folder.
        if (host.Variable("HOME") is { Length: > 0 } home)
            found.AddRange(MacApps.Select(app => home.TrimEnd('/') + "/Applications/" + app));
        return found;
    }

    private static List<string> LinuxCandidates(BrowserHost host)
    {
        var found = LinuxNames.Select(name => "/usr/bin/" + name).ToList();
        var path = host.Variable("PATH") ?? "";
        foreach (var folder in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
            found.AddRange(LinuxNames.Select(name => folder.TrimEnd('/') + "/" + name));
        return found.Distinct(StringComparer.Ordinal).ToList();
    }
}
