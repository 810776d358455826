namespace StatiqReport.Output;

/// <summary>Maps a request path to a file of a built site, as a static host would (folders serve index.html).</summary>
public static class SiteFiles
{
    /// <summary>The file under <paramref name="output"/> that <paramref name="requestPath"/> names, or null (outside the base path, leaving the folder, or missing).</summary>
    public static string? Resolve(string output, string basePath, string requestPath)
    {
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal)) return null;
        var file = Uri.UnescapeDataString(requestPath[basePath.Length..]);
        if (file.Split('/').Contains("..")) return null;
        var full = Path.Combine(output, file.Replace('/', Path.DirectorySeparatorChar));
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }
}
