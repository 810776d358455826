using System.Reflection;
using System.Text;

namespace StatiqReport.Admin;

/// <summary>
/// The vendored Sveltia CMS files (src/Admin/vendor/, embedded in the program), by their path under /admin/.
/// The browser build names its fonts on a CDN; they are served from /admin/fonts/ instead, so the forms
/// fetch nothing from the internet but the GitHub API when editing online.
/// </summary>
public static class AdminVendor
{
    /// <summary>The one place the vendored version is recorded (a test checks the script says the same).</summary>
    public const string SveltiaVersion = "0.221.1";

    /// <summary>Paths under /admin/ of the files served unchanged, and the script.</summary>
    public static readonly string[] Files =
    [
        "sveltia-cms.js", "chunks/react-dom.js", "LICENSE.txt",
        "fonts/source-sans-3.woff2", "fonts/source-sans-3.LICENSE.txt",
        "fonts/noto-mono.woff2", "fonts/noto-mono.LICENSE.txt",
        "fonts/material-symbols-outlined.woff2", "fonts/material-symbols-outlined.LICENSE.txt",
    ];

    /// <summary>The CDN font addresses in the browser build, and the local file each is served from.</summary>
    internal static readonly (string Cdn, string Local)[] Fonts =
    [
        ("https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2", "fonts/source-sans-3.woff2"),
        ("https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2", "fonts/noto-mono.woff2"),
        ("https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2", "fonts/material-symbols-outlined.woff2"),
    ];

    private static readonly Lazy<byte[]> Script = new(() => Encoding.UTF8.GetBytes(ScriptText()));

    /// <summary>
    /// The script as the preview serves it, for editing the local folder: Sveltia asks githubstatus.com
    /// whether GitHub is up whenever its backend is GitHub, even before anyone signs in; the preview
    /// answers that itself (/admin/github-status.json: all well), so nothing leaves the machine.
    /// </summary>
    private static readonly Lazy<byte[]> LocalScript = new(() =>
    {
        var text = ScriptText();
        if (!text.Contains(GitHubStatus, StringComparison.Ordinal))
            throw new InvalidOperationException("the vendored Sveltia CMS has no GitHub status check where expected; see src/Admin/vendor/README.md"); // a developer's mistake when upgrading
        return Encoding.UTF8.GetBytes(text.Replace(GitHubStatus, "`github-status.json`", StringComparison.Ordinal));
    });

    internal const string GitHubStatus = "`https://www.githubstatus.com/api/v2/status.json`";

    /// <summary>The preview's answer to the GitHub status check.</summary>
    public static byte[] GitHubStatusJson => "{\"status\":{\"indicator\":\"none\",\"description\":\"Not asked: editing the local folder\"}}\n"u8.ToArray();

    /// <summary>The script for the preview (<paramref name="local"/>: no GitHub status check) or for a built site.</summary>
    public static byte[] ScriptBytes(bool local) => local ? LocalScript.Value : Script.Value;

    private static string ScriptText()
    {
        var text = Encoding.UTF8.GetString(Read("sveltia-cms.js"));
        // The styles are injected into /admin/index.html, so a relative url() resolves under /admin/.
        foreach (var (cdn, local) in Fonts) text = text.Replace(cdn, local, StringComparison.Ordinal);
        // The update check asks unpkg.com for the newest package.json, which no setting turns off; it asks
        // /admin/package.json instead, which names this version, so there is nothing to offer and no request
        // leaves the machine. (Updating the CMS is a new release of StatiqReport, not a click in the forms.)
        text = Swap(text, UpdateCheck, "`package.json`", "update check");
        // "Work with Local Repository" refuses a folder without .git (Sveltia makes sure a repository's root
        // was picked). A site downloaded as a zip or made with `new site` has none, and the forms never use
        // Git; what matters is that the site's folder was picked, the one holding data/.
        text = Swap(text, GitFolderCheck, "await n.getDirectoryHandle(`data`);", "local folder check");
        return Swap(text, NotRootMessage, NotSiteFolderMessage, "local folder message");
    }

    private static string Swap(string text, string from, string to, string what) =>
        text.Contains(from, StringComparison.Ordinal)
            ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"the vendored Sveltia CMS has no {what} where expected; see src/Admin/vendor/README.md"); // a developer's mistake when upgrading

    /// <summary>The local backend's check that the picked folder holds .git (a folder, or a file in a worktree).</summary>
    internal const string GitFolderCheck =
        "try{await n.getDirectoryHandle(`.git`)}catch(e){if(e.name===`TypeMismatchError`)await n.getFileHandle(`.git`);else throw e}";

    internal const string NotRootMessage = "The selected folder is not a repository root directory. Please try again.";

    /// <summary>What the forms say when the picked folder has no data/ folder.</summary>
    public const string NotSiteFolderMessage = "This folder has no data folder. Choose your site's folder, the one holding data and input.";

    /// <summary>Where the browser build looks for a newer version of itself.</summary>
    internal const string UpdateCheck = "`${iP}/package.json`";

    /// <summary>What /admin/package.json answers the update check with: this very version.</summary>
    public static byte[] PackageJson => Encoding.UTF8.GetBytes($"{{\"name\":\"@sveltia/cms\",\"version\":\"{SveltiaVersion}\"}}\n");

    /// <summary>The bytes of a vendored file, the script with its fonts made local.</summary>
    public static byte[] Bytes(string path) => path == "sveltia-cms.js" ? Script.Value : Read(path);

    private static byte[] Read(string path)
    {
        // Built on Windows, %(RecursiveDir) gives the resource name a backslash (admin/fonts\x.woff2).
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == "admin/" + path)
            ?? throw new InvalidOperationException($"the program was built without the admin file '{path}'");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
