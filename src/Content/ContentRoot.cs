namespace StatiqReport.Content;

/// <summary>
/// The site root. Every content file is read through here, so nothing is read from outside the
/// root: paths are normalised, and files that are (or sit under) links leading out of the root are skipped.
/// </summary>
public sealed class ContentRoot
{
    public string FullPath { get; }

    public ContentRoot(string path)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
    }

    /// <summary>The absolute path of a root-relative path (forward slashes).</summary>
    public string Full(string rel) => Path.Combine(FullPath, rel.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string rel) => IsInside(Full(rel)) && File.Exists(Full(rel));

    /// <summary>True when the absolute path, with links resolved, is inside the root.</summary>
    public bool IsInside(string fullPath)
    {
        var normal = Path.GetFullPath(fullPath);
        if (!IsUnder(normal, FullPath)) return false;
        // Resolve links along the path: a link inside the root may point outside it.
        var current = FullPath;
        foreach (var part in Path.GetRelativePath(FullPath, normal).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsUnder(Path.GetFullPath(target.FullName), FullPath)) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Root-relative paths (forward slashes, sorted ordinally) of files matching a pattern under a folder.
    /// Welsh translations (<c>x.cy.yml</c>, <c>x.cy.md</c>) are left out unless <paramref name="translations"/> asks for only them.
    /// </summary>
    public IReadOnlyList<string> Files(string folder, string pattern, bool recursive, bool translations = false)
    {
        var dir = Full(folder);
        if (!Directory.Exists(dir) || !IsInside(dir)) return [];
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
            MaxRecursionDepth = ContentLimits.MaxFolderDepth,
        };
        return Directory.EnumerateFiles(dir, pattern, options)
            .Take(ContentLimits.MaxFilesPerKind + 1)
            .Select(f => Path.GetRelativePath(FullPath, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => IsTranslation(f) == translations)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsUnder(string path, string folder)
    {
        var p = Path.TrimEndingDirectorySeparator(path);
        var f = Path.TrimEndingDirectorySeparator(folder);
        return p.Equals(f, StringComparison.Ordinal) || p.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>True for a Welsh translation file: <c>name.cy.yml</c>, <c>name.cy.yaml</c>, <c>name.cy.md</c>.</summary>
    public static bool IsTranslation(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".cy.yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".cy.yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".cy.md", StringComparison.OrdinalIgnoreCase);
    }
}
