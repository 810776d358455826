using System.Text.RegularExpressions;

namespace StatiqReport.Content;

/// <summary>
/// File names that Windows, macOS and browsers give a copy: "Copy of x.yml", "x - Copy.yml", "x (1).yml",
/// "x copy.yml". Such a file beside its original is most likely a copy to delete, not a new thing to rename:
/// renaming it as the id rule asks ("copy-of-x") would publish the same content twice.
/// </summary>
public static partial class CopyName
{
    /// <summary>The file name the copy was made from ("x.yml" for "Copy of x.yml"), or null when the name is not a copy's.</summary>
    public static string? Original(string fileName)
    {
        var ext = Path.GetExtension(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var m = Copy().Match(stem);
        if (!m.Success) return null;
        var original = (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Trim();
        return original.Length == 0 || original == stem ? null : original + ext;
    }

    /// <summary>The copy's original when it is a file in the same folder, else null.</summary>
    public static string? OriginalBeside(string fullPath)
    {
        if (Original(Path.GetFileName(fullPath)) is not { } original || Path.GetDirectoryName(fullPath) is not { } dir) return null;
        return File.Exists(Path.Combine(dir, original)) ? original : null;
    }

    /// <summary>
    /// For "x-cy.yml" (or x_cy, x.cym, x-cym, x-welsh, x-cymraeg) beside x.yml: the name the Welsh translation must have, "x.cy.yml"; else null.
    /// </summary>
    public static string? WelshTwinName(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        var ext = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var marker = new[] { "-cy", "_cy", " cy", ".cym", "-cym", "_cym", "-welsh", "_welsh", ".welsh", "-cymraeg", ".cymraeg" }.FirstOrDefault(m => stem.EndsWith(m, StringComparison.OrdinalIgnoreCase));
        if (marker is null || Path.GetDirectoryName(fullPath) is not { } dir) return null;
        var english = stem[..^marker.Length];
        return english.Length > 0 && File.Exists(Path.Combine(dir, english + ext)) ? $"{english}.cy{ext}" : null;
    }

    /// <summary>The message for a Welsh translation named x-cy.yml.</summary>
    public static string WelshTwinMessage(string englishName, string welshName) =>
        $"this looks like the Welsh translation of {englishName}, but a translation is named with .cy before the extension: rename it to {welshName}";

    /// <summary>The message for a copy beside its original, ending with what to do when it is meant to be new.</summary>
    public static string Message(string original, string thing, string ifNew) =>
        $"this file looks like a copy of {original} (a copy made in Explorer or Finder, or downloaded twice, gets a name like this): "
        + $"if it is the same {thing}, delete it; {ifNew}";

    /// <summary>
    /// Reports a case study or system file that is a Welsh twin misnamed x-cy.yml, or a copy beside its original
    /// (when its name is not an id), at the start of the file; true when reported, so the file is read no further.
    /// </summary>
    /// <param name="thing">"case study" or "system".</param>
    /// <param name="ifNew">What to do when the file is meant to be a new one.</param>
    internal static bool Reported(ContentRoot root, string rel, FileContext file, string id, string thing, string ifNew)
    {
        if (WelshTwinName(root.Full(rel)) is { } welsh)
        {
            file.Error(file.Start, Diagnostics.ErrorCodes.OrphanTranslation, WelshTwinMessage(welsh.Replace(".cy.", ".", StringComparison.Ordinal), welsh));
            return true;
        }
        if (!MapReader.IsId(id) && OriginalBeside(root.Full(rel)) is { } original)
        {
            file.Error(file.Start, Diagnostics.ErrorCodes.InvalidId, Message(original, thing, ifNew));
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(?:(?:Copy|copy|Kopie) (?:\(\d+\) )?of (?<a>.+)|(?<b>.+?)(?: - Copy(?: \(\d+\))?| copy(?: \d+)?| \(\d+\)|\(\d+\)))$", RegexOptions.CultureInvariant)]
    private static partial Regex Copy();
}
