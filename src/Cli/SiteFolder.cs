namespace StatiqReport.Cli;

/// <summary>
/// The site folder a command works on: --root when given, else the current folder; run inside a site's
/// data/ or input/ folder (or deeper), the nearest folder above that holds data/systems/, as people
/// often open a terminal where the file they are editing is.
/// </summary>
internal static class SiteFolder
{
    public static string Of(string? rootArg, string here)
    {
        if (!string.IsNullOrWhiteSpace(rootArg)) return Path.GetFullPath(rootArg);
        here = Path.GetFullPath(here);
        if (Directory.Exists(Path.Combine(here, "data")) || Directory.Exists(Path.Combine(here, "input"))) return here;
        for (var dir = Directory.GetParent(here); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "systems"))) return dir.FullName;
        return here;
    }

    /// <summary>Of, saying so on <paramref name="stdout"/> when the site folder is above the current one.</summary>
    public static string Of(string? rootArg, TextWriter stdout)
    {
        var here = Path.GetFullPath(Directory.GetCurrentDirectory());
        var root = Of(rootArg, here);
        if (string.IsNullOrWhiteSpace(rootArg) && root != here)
            stdout.WriteLine($"Using the site folder {root} (the folder that holds data and input, above the one you are in).");
        return root;
    }
}
