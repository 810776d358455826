namespace StatiqReport.Output;

/// <summary>
/// Refuses output folders that would let a build change or delete content: the root itself, a folder
/// inside data/, input/ or theme/, a folder that contains the root, or a non-empty folder that an
/// earlier build did not make.
/// </summary>
public static class OutputGuard
{
    /// <summary>The file that marks a folder as made by StatiqReport, so it may be replaced.</summary>
    public const string Marker = ".statiqreport-output";

    /// <summary>Null when the folder is safe to build into, otherwise the reason it is not.</summary>
    public static string? Check(string root, string output)
    {
        var r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var o = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var resolvedO = Resolve(o);
        var resolvedR = Resolve(r);
        foreach (var (rr, oo) in new[] { (r, o), (resolvedR, resolvedO) })
        {
            if (oo == rr) return $"the output folder '{output}' is the site root; choose a folder such as '{Path.Combine(root, "output")}'";
            if (Content.ContentRoot.IsUnder(rr, oo)) return $"the output folder '{output}' contains the site root; replacing it would delete the content";
            foreach (var content in new[] { "data", "input", "theme" })
                if (Content.ContentRoot.IsUnder(oo, Path.Combine(rr, content)))
                    return $"the output folder '{output}' is inside the content folder '{content}/'; a build never writes there";
        }
        if (Directory.Exists(o) && Directory.EnumerateFileSystemEntries(o).Any() && !File.Exists(Path.Combine(o, Marker)))
            return $"the output folder '{output}' is not empty and was not made by StatiqReport; empty it or choose another folder";
        return null;
    }

    /// <summary>The path with links in its existing part resolved.</summary>
    private static string Resolve(string path)
    {
        try
        {
            var existing = path;
            var rest = new Stack<string>();
            while (!Directory.Exists(existing) && !File.Exists(existing))
            {
                var parent = Path.GetDirectoryName(existing);
                if (parent is null) return path;
                rest.Push(Path.GetFileName(existing));
                existing = parent;
            }
            var info = new DirectoryInfo(existing);
            var target = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(true)?.FullName ?? info.FullName;
            // Resolve parents too (a link higher up the path).
            var parentResolved = Path.GetDirectoryName(target) is { } p && Directory.Exists(p) ? Path.Combine(new DirectoryInfo(p).ResolveLinkTarget(true)?.FullName ?? p, Path.GetFileName(target)) : target;
            return Path.TrimEndingDirectorySeparator(Path.Combine([parentResolved, .. rest]));
        }
        catch (IOException) { return path; }
    }
}
