using System.Security.Cryptography;
using System.Text;
using NUglify;
using StatiqReport.Content;
using StatiqReport.Routing;

namespace StatiqReport.Output;

/// <summary>
/// The theme's static files (styles, scripts, fonts, images): the bundled theme's, with a site's own
/// theme/ files overriding those of the same path. Published under /assets/&lt;version&gt;/, where the version
/// is a hash of every published asset: a changed style or script gets a new address, so browsers may keep
/// the files for a year (the _headers file says so) and still never show a stale one. Relative links between
/// assets (the styles' fonts) keep working, as the whole folder moves together.
/// </summary>
public static class ThemeAssets
{
    private static readonly string[] NotPublished = [".razor", ".cs", ".yml", ".yaml", ".md", ".py"];

    /// <summary>The bundled theme: copied next to the program by the build.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>The published theme files: their version and route → bytes (styles and scripts minified).</summary>
    public sealed record Bundle(string Version, IReadOnlyDictionary<string, byte[]> Files);

    /// <summary>Reads, minifies and versions every published theme file.</summary>
    /// <param name="cache">A folder where minified files are kept between builds (null: minify afresh, keep nothing).
    /// Minifying the styles and scripts took a tenth of a warm build of a national site.</param>
    public static Bundle Collect(ContentRoot root, string? cache = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(BundledFolder))
            foreach (var f in Directory.EnumerateFiles(BundledFolder, "*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(BundledFolder, f).Replace(Path.DirectorySeparatorChar, '/')] = f;
        foreach (var rel in root.Files("theme", "*", recursive: true))
            files[rel["theme/".Length..]] = root.Full(rel);
        var published = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (rel, full) in files)
        {
            if (NotPublished.Contains(Path.GetExtension(rel).ToLowerInvariant()) || Path.GetFileName(rel).StartsWith('.')) continue;
            if (rel.Split('/').Any(part => part is "bin" or "obj")) continue;
            published[rel] = cache is null ? Minified(rel, File.ReadAllBytes(full)) : MinifiedCached(rel, File.ReadAllBytes(full), cache);
        }
        var version = Version(published);
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (rel, bytes) in published) result[Routes.Asset(version, rel)] = bytes;
        return new Bundle(version, result);
    }

    /// <summary>Ten hex digits of a hash of every file's path and bytes.</summary>
    private static string Version(SortedDictionary<string, byte[]> published)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (rel, bytes) in published)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(rel + "\n" + bytes.Length + "\n"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

    /// <summary>
    /// Styles and scripts as NUglify minifies them; the file as it is when it cannot (a site's own style with
    /// a mistake still works as the browser reads it, unminified, rather than stopping the build).
    /// </summary>
    // Minified files already made in this process (a preview's rebuilds), by their file in the cache.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Made = new(StringComparer.Ordinal);
    private static readonly string Minifier = typeof(Uglify).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>A style or script minified by an earlier build (in memory, then on disk), or minified now and kept.</summary>
    private static byte[] MinifiedCached(string rel, byte[] bytes, string cache)
    {
        var extension = Path.GetExtension(rel).ToLowerInvariant();
        if (extension is not (".css" or ".js")) return bytes;
        // The key is the minifier's version, the kind of file and its bytes: nothing else changes the result.
        var key = Convert.ToHexString(SHA256.HashData([.. Encoding.UTF8.GetBytes("nuglify " + Minifier + " " + extension + "\n"), .. bytes]));
        var file = Path.Combine(cache, key[..2], key + extension);
        if (Made.TryGetValue(file, out var made)) return made;
        try
        {
            if (File.Exists(file)) return Made[file] = File.ReadAllBytes(file);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        var result = Minified(rel, bytes);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, result);
            File.Move(temp, file, overwrite: true); // whole or not at all: a build killed here leaves no half file under the key
        }
        catch (IOException) { } // a cache that cannot be written only means minifying again next time
        catch (UnauthorizedAccessException) { }
        return Made[file] = result;
    }

    private static byte[] Minified(string rel, byte[] bytes)
    {
        var extension = Path.GetExtension(rel).ToLowerInvariant();
        if (extension is not (".css" or ".js")) return bytes;
        var text = Encoding.UTF8.GetString(bytes);
        var result = extension == ".css" ? Uglify.Css(text) : Uglify.Js(text);
        return result.HasErrors || string.IsNullOrEmpty(result.Code) ? bytes : Encoding.UTF8.GetBytes(result.Code);
    }
}
