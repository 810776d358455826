using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>
/// Looks at every file and folder under <c>data/</c> and <c>input/</c> and reports each one that no
/// loader reads (<see cref="ContentLayout.IsRead"/>), so nothing the user saved is silently left out:
/// content in the wrong place is an error naming where it belongs; links, unused images and other files
/// are warnings; operating-system and editor litter (<c>.DS_Store</c>, <c>Thumbs.db</c>, <c>~$</c> files,
/// backups) is ignored. The rule is in the README ("Which files are read").
/// </summary>
public static class ContentInventory
{
    /// <param name="usedImages">Root-relative paths of the images case studies name, or null when they are unknown
    /// (case studies with errors): unused images are then not reported, as the list would be wrong.</param>
    public static void Check(ContentRoot root, DiagnosticBag diags, IReadOnlySet<string>? usedImages)
    {
        var seen = 0;
        foreach (var top in SafeEntries(root.FullPath, directories: true))
        {
            var name = Path.GetFileName(top);
            if (StrayFileAdvice.ForFolder(name) is { } advice)
                diags.Error(SourceLocation.File(name), ErrorCodes.StrayFile, advice);
            else if (name is "data" or "input")
                Walk(root, top, name, 1, diags, usedImages, ref seen);
        }
    }

    private static void Walk(ContentRoot root, string dir, string rel, int depth, DiagnosticBag diags, IReadOnlySet<string>? usedImages, ref int seen)
    {
        if (IsLink(dir, rel, root, diags)) return;
        if (depth > ContentLimits.MaxFolderDepth)
        {
            diags.Error(SourceLocation.File(rel), ErrorCodes.StrayFile,
                $"folders nested more than {ContentLimits.MaxFolderDepth} deep are not read; move these files into a folder nearer the top");
            return;
        }
        foreach (var file in SafeEntries(dir, directories: false))
        {
            if (++seen > ContentLimits.MaxInventoryEntries) return;
            var name = Path.GetFileName(file);
            var fileRel = rel + "/" + name;
            if (ContentLayout.IsSystemLitter(name) || IsLink(file, fileRel, root, diags)) continue;
            if (ContentLayout.IsRead(fileRel))
            {
                // The loaders skip files marked hidden (Windows' Hidden or System attribute).
                if ((File.GetAttributes(file) & (FileAttributes.Hidden | FileAttributes.System)) != 0)
                    diags.Error(SourceLocation.File(fileRel), ErrorCodes.StrayFile,
                        "this file is marked hidden, so it is not read; in File Explorer right-click it, choose Properties and untick Hidden");
                continue;
            }
            if (ContentLayout.KindOf(name) == ContentLayout.Kind.Image && (usedImages is null || usedImages.Contains(fileRel))) continue;
            var (isError, message) = StrayFileAdvice.For(fileRel, file);
            if (isError) diags.Error(SourceLocation.File(fileRel), ErrorCodes.StrayFile, message);
            else diags.Warning(SourceLocation.File(fileRel), ErrorCodes.FileNotPublished, message);
        }
        foreach (var sub in SafeEntries(dir, directories: true))
        {
            var subRel = rel + "/" + Path.GetFileName(sub);
            if (Path.GetFileName(sub).StartsWith('.')) continue;
            if (StrayFileAdvice.ForFolder(subRel) is { } advice)
                diags.Error(SourceLocation.File(subRel), ErrorCodes.StrayFile, advice);
            else
                Walk(root, sub, subRel, depth + 1, diags, usedImages, ref seen);
        }
    }

    /// <summary>
    /// True for a symbolic link or junction, after warning that it is not followed: the loaders never follow
    /// one, so content cannot be read from outside the root.
    /// </summary>
    private static bool IsLink(string full, string rel, ContentRoot root, DiagnosticBag diags)
    {
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (info.LinkTarget is not { } target) return false;
        var leadsOut = !root.IsInside(full);
        diags.Warning(SourceLocation.File(rel), ErrorCodes.LinkNotFollowed, leadsOut
            ? $"this is a link to '{target}', outside the site folder, so it is not read; copy the files into the site folder instead"
            : $"this is a link to '{target}', and links are not followed, so nothing is read through it (files are read only where they really are); remove the link, or put the files themselves here");
        return true;
    }

    /// <summary>Entries of a folder in ordinal order (the same report on every system); none when it cannot be listed.</summary>
    private static List<string> SafeEntries(string dir, bool directories)
    {
        try
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
            var entries = directories ? Directory.EnumerateDirectories(dir, "*", options) : Directory.EnumerateFiles(dir, "*", options);
            return entries.Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
