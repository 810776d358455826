using StatiqReport.Content;
using StatiqReport.Routing;

namespace StatiqReport.Output;

/// <summary>
/// The theme's static files (styles, scripts, fonts, images): the bundled theme's, with a site's own
/// theme/ files overriding those of the same path. Published under /assets/.
/// </summary>
public static class ThemeAssets
{
    private static readonly string[] NotPublished = [".razor", ".cs", ".yml", ".yaml", ".md"];

    /// <summary>The bundled theme: copied next to the program by the build.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>Route → bytes for every published theme file.</summary>
    public static IReadOnlyDictionary<string, byte[]> Collect(ContentRoot root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(BundledFolder))
            foreach (var f in Directory.EnumerateFiles(BundledFolder, "*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(BundledFolder, f).Replace(Path.DirectorySeparatorChar, '/')] = f;
        foreach (var rel in root.Files("theme", "*", recursive: true))
            files[rel["theme/".Length..]] = root.Full(rel);
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (rel, full) in files)
        {
            if (NotPublished.Contains(Path.GetExtension(rel).ToLowerInvariant()) || Path.GetFileName(rel).StartsWith('.')) continue;
            if (rel.Split('/').Any(part => part is "bin" or "obj")) continue;
            result[Routes.Asset(rel)] = File.ReadAllBytes(full);
        }
        return result;
    }
}
