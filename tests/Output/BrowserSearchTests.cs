using StatiqReport.Output;

namespace StatiqReport.Tests.Output;

/// <summary>
/// The browser search for `build --pdf` on each platform, with a made-up machine: its environment
/// variables and the files that exist are given, so the Windows and macOS rules are checked here on Linux.
/// </summary>
public sealed class BrowserSearchTests
{
    private static readonly Dictionary<string, string> WindowsVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ProgramFiles"] = @"C:\Program Files",
        ["ProgramFiles(x86)"] = @"C:\Program Files (x86)",
        ["LOCALAPPDATA"] = @"C:\Users\sam\AppData\Local",
    };

    private static BrowserHost Host(BrowserPlatform platform, IReadOnlyDictionary<string, string> variables, IEnumerable<string> files, bool root = false)
    {
        var existing = files.ToHashSet(StringComparer.Ordinal);
        return new BrowserHost(platform, name => variables.TryGetValue(name, out var v) ? v : null, existing.Contains, root);
    }

    [Fact]
    public void Find_Windows_PrefersEdgeInProgramFilesX86()
    {
        var host = Host(BrowserPlatform.Windows, WindowsVariables,
            [@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", @"C:\Program Files\Google\Chrome\Application\chrome.exe"]);
        Assert.Equal(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", BrowserSearch.Find(host));
    }

    [Fact]
    public void Find_Windows_FallsBackToChromeInTheUsersOwnFolder()
    {
        var host = Host(BrowserPlatform.Windows, WindowsVariables, [@"C:\Users\sam\AppData\Local\Google\Chrome\Application\chrome.exe"]);
        Assert.Equal(@"C:\Users\sam\AppData\Local\Google\Chrome\Application\chrome.exe", BrowserSearch.Find(host));
    }

    [Fact]
    public void Candidates_Windows_EdgeThenChrome_InTheDocumentedOrder()
    {
        var host = Host(BrowserPlatform.Windows, WindowsVariables, []);
        Assert.Equal(
        [
            @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
            @"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
            @"C:\Program Files\Google\Chrome\Application\chrome.exe",
            @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
            @"C:\Users\sam\AppData\Local\Google\Chrome\Application\chrome.exe",
        ], BrowserSearch.Candidates(host));
    }

    [Fact]
    public void Candidates_Windows_SkipsFoldersWhoseVariableIsMissing()
    {
        var host = Host(BrowserPlatform.Windows, new Dictionary<string, string> { ["ProgramFiles"] = @"C:\Program Files\" }, []);
        Assert.All(BrowserSearch.Candidates(host), c => Assert.StartsWith(@"C:\Program Files\", c, StringComparison.Ordinal));
        Assert.DoesNotContain(BrowserSearch.Candidates(host), c => c.Contains(@"\\", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_MacOS_FindsChromeThenEdgeThenChromium_AndTheUsersOwnApplications()
    {
        var home = new Dictionary<string, string> { ["HOME"] = "/Users/sam" };
        Assert.Equal("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", BrowserSearch.Find(Host(BrowserPlatform.MacOS, home,
            ["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"])));
        Assert.Equal("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", BrowserSearch.Find(Host(BrowserPlatform.MacOS, home,
            ["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "/Applications/Chromium.app/Contents/MacOS/Chromium"])));
        Assert.Equal("/Applications/Chromium.app/Contents/MacOS/Chromium", BrowserSearch.Find(Host(BrowserPlatform.MacOS, home,
            ["/Applications/Chromium.app/Contents/MacOS/Chromium"])));
        Assert.Equal("/Users/sam/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", BrowserSearch.Find(Host(BrowserPlatform.MacOS, home,
            ["/Users/sam/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"])));
    }

    [Fact]
    public void Find_Linux_DebianChromiumFirst_ThenChromeAndEdgeOnThePath()
    {
        var path = new Dictionary<string, string> { ["PATH"] = "/opt/bin:/usr/bin" };
        Assert.Equal("/usr/bin/chromium", BrowserSearch.Find(Host(BrowserPlatform.Linux, path, ["/usr/bin/google-chrome", "/usr/bin/chromium"])));
        Assert.Equal("/usr/bin/google-chrome-stable", BrowserSearch.Find(Host(BrowserPlatform.Linux, path, ["/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge"])));
        Assert.Equal("/opt/bin/microsoft-edge", BrowserSearch.Find(Host(BrowserPlatform.Linux, path, ["/opt/bin/microsoft-edge"])));
    }

    [Fact]
    public void Find_TheVariableWinsOnEveryPlatform()
    {
        foreach (var platform in Enum.GetValues<BrowserPlatform>())
        {
            var variables = new Dictionary<string, string>(WindowsVariables) { ["STATIQREPORT_CHROMIUM"] = "/opt/my/chrome" };
            var host = Host(platform, variables, ["/opt/my/chrome", "/usr/bin/chromium", @"C:\Program Files\Microsoft\Edge\Application\msedge.exe"]);
            Assert.Equal("/opt/my/chrome", BrowserSearch.Find(host));
        }
    }

    [Fact]
    public void Find_VariableNamingNoFile_FindsNothing_AndSaysSo()
    {
        var host = Host(BrowserPlatform.Linux, new Dictionary<string, string> { ["STATIQREPORT_CHROMIUM"] = "/nowhere/chrome" }, ["/usr/bin/chromium"]);
        Assert.Null(BrowserSearch.Find(host));
        Assert.Contains("STATIQREPORT_CHROMIUM is set to '/nowhere/chrome', but there is no program there", BrowserSearch.Missing(host), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BrowserPlatform.Windows, "ask your IT service desk to install Microsoft Edge or Google Chrome")]
    [InlineData(BrowserPlatform.MacOS, "Install Google Chrome")]
    [InlineData(BrowserPlatform.Linux, "sudo apt-get install chromium")]
    public void Missing_SaysWhatToInstallOnThisPlatform(BrowserPlatform platform, string advice)
    {
        var host = Host(platform, WindowsVariables, []);
        Assert.Null(BrowserSearch.Find(host));
        var message = BrowserSearch.Missing(host);
        Assert.StartsWith("Making PDFs needs a web browser", message, StringComparison.Ordinal);
        Assert.Contains(advice, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BrowserPlatform.Linux, true, true)]
    [InlineData(BrowserPlatform.Linux, false, false)]
    [InlineData(BrowserPlatform.Windows, true, false)]
    [InlineData(BrowserPlatform.MacOS, true, false)]
    public void ArgsFor_TurnsTheSandboxOffOnlyForRootOnLinux(BrowserPlatform platform, bool root, bool noSandbox)
    {
        var args = Chromium.ArgsFor(Host(platform, WindowsVariables, [], root));
        Assert.Equal(noSandbox, args.Contains("--no-sandbox"));
        Assert.Contains("--headless", args);
        Assert.Contains("--disable-background-networking", args);
    }
}
