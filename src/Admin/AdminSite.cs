using System.Text;
using StatiqReport.Output;

namespace StatiqReport.Admin;

/// <summary>
/// The files of /admin/: the page, the vendored Sveltia CMS with its fonts and licences, and the site's
/// config.yml. <c>build --admin</c> writes them into the site; the preview serves them from here.
/// </summary>
public static class AdminSite
{
    /// <summary>Every file of /admin/ for the site at <paramref name="root"/>, by its path under admin/.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(string root)
    {
        var facts = AdminFacts.Of(root);
        // (Add, not an indexer: the strings test takes an indexer with a dotted name for an interface string key.)
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        files.Add("index.html", Encoding.UTF8.GetBytes(AdminPage.Html(facts.Title)));
        files.Add("config.yml", Encoding.UTF8.GetBytes(AdminConfig.Yaml(facts)));
        files.Add("package.json", AdminVendor.PackageJson);
        foreach (var path in AdminVendor.Files) files.Add(path, AdminVendor.Bytes(path));
        return files;
    }

    /// <summary>
    /// One file of /admin/ for the preview server: <paramref name="path"/> is the request path below the
    /// site's base path ("/admin/", "/admin/config.yml"). The configuration is made afresh on each
    /// request, so a metric added a moment ago is offered at once.
    /// </summary>
    public static bool TryServe(string root, string path, out byte[] bytes, out string contentType)
    {
        (bytes, contentType) = ([], "");
        if (!path.StartsWith("/admin/", StringComparison.Ordinal)) return false;
        var name = path["/admin/".Length..];
        if (name.Length == 0) name = "index.html";
        if (name == "config.yml")
            bytes = Encoding.UTF8.GetBytes(AdminConfig.Yaml(AdminFacts.Of(root)));
        else if (name == "index.html")
            bytes = Encoding.UTF8.GetBytes(AdminPage.Html(AdminFacts.Of(root).Title));
        else if (name == "package.json")
            bytes = AdminVendor.PackageJson;
        else if (name == "github-status.json")
            bytes = AdminVendor.GitHubStatusJson;
        else if (name == "sveltia-cms.js")
            bytes = AdminVendor.ScriptBytes(local: true);
        else if (AdminVendor.Files.Contains(name))
            bytes = AdminVendor.Bytes(name);
        else return false;
        contentType = ContentTypes.Of(name);
        return true;
    }
}
