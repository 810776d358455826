namespace StatiqReport.Cli;

/// <summary>
/// Commands and paths printed for the person to type next, written so they work from the folder the
/// person is in: a site folder that is not the current folder is named with --root.
/// </summary>
public static class NextCommand
{
    /// <summary>`program verb`, plus `--root folder` when the site is not the current folder.</summary>
    public static string For(string program, string verb, string root, string currentFolder)
    {
        var here = Path.GetRelativePath(currentFolder, root);
        return here == "." ? $"{program} {verb}" : $"{program} {verb} --root {Quote(here)}";
    }

    /// <summary>A file's path as seen from the current folder (its path in the site when that is the current folder).</summary>
    public static string PathFromHere(string fullPath, string currentFolder) => Quote(Path.GetRelativePath(currentFolder, fullPath));

    // Double quotes keep a path with spaces together in PowerShell, cmd and sh alike.
    private static string Quote(string path) =>
        path.Contains(' ', StringComparison.Ordinal) || path.Contains('&', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
