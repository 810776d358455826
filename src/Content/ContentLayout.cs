namespace StatiqReport.Content;

/// <summary>
/// The contract's folders in one place: which files under <c>data/</c> and <c>input/</c> the loaders
/// read, and what kind of file a name looks like. <see cref="ContentInventory"/> uses it to report every
/// other file, so a file saved in the wrong place or with the wrong extension is never silently skipped.
/// A test puts a file at each place this says is read and checks a loader reads it.
/// </summary>
public static class ContentLayout
{
    /// <summary>The files read directly in <c>data/</c> (each also as <c>name.cy.yml</c>, its Welsh translation).</summary>
    public static readonly string[] DataFiles = ["site", "principles", "domains", "metrics", "maturity"];

    /// <summary>The folders under <c>data/</c> that the loaders read.</summary>
    public static readonly string[] DataFolders = ["systems", "case-studies", "metrics"];

    /// <summary>The folders under <c>input/</c> that the loaders read.</summary>
    public static readonly string[] InputFolders = ["reports"];

    /// <summary>Extensions an image named by a case study may have.</summary>
    public static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg", ".avif"];

    /// <summary>What a file looks like, from its extension.</summary>
    public enum Kind { Yaml, Markdown, Csv, Spreadsheet, Text, Document, Image, Shortcut, Other }

    public static Kind KindOf(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".yml" or ".yaml" => Kind.Yaml,
            ".md" or ".markdown" or ".mdown" or ".mkd" or ".mdx" => Kind.Markdown,
            ".csv" or ".tsv" => Kind.Csv,
            ".xlsx" or ".xls" or ".xlsm" or ".xlsb" or ".ods" or ".numbers" => Kind.Spreadsheet,
            ".txt" or ".text" or ".json" or ".toml" or ".html" or ".htm" => Kind.Text,
            ".docx" or ".doc" or ".odt" or ".rtf" or ".pages" => Kind.Document,
            ".lnk" or ".url" or ".webloc" or ".alias" => Kind.Shortcut,
            _ when ImageExtensions.Contains(ext) => Kind.Image,
            _ => Kind.Other,
        };
    }

    /// <summary>
    /// True for a root-relative path (forward slashes) that a loader reads. Folder names are compared
    /// exactly, as web hosts and Linux do, so <c>input/Reports/</c> is reported on every system alike;
    /// extensions ignoring case, as the loaders match them. The files directly in <c>data/</c> are opened
    /// by their exact name (<c>data/site.yml</c>), so there the whole name is compared exactly: on Linux
    /// <c>data/Site.yml</c> would not be read.
    /// </summary>
    public static bool IsRead(string rel)
    {
        var parts = rel.Split('/');
        var name = parts[^1];
        var welsh = ContentRoot.IsTranslation(name);
        var yml = Ends(name, ".yml") || (!welsh && Ends(name, ".yaml"));
        return parts switch
        {
            ["data", _] => DataFiles.Any(f => name.Equals(f + ".yml", StringComparison.Ordinal)
                || name.Equals(f + ".cy.yml", StringComparison.Ordinal)),
            ["data", "systems", _] => yml,
            ["data", "case-studies", .., _] => yml,
            ["data", "metrics", _] => Ends(name, ".csv") || IsWorkbook(name),
            ["input", _] => Ends(name, ".md"),
            // Every Markdown file under input/reports/ is read; one in the wrong place there is reported by the report loader.
            ["input", "reports", .., _] => Ends(name, ".md"),
            _ => false,
        };
    }

    /// <summary>A workbook the metrics loader reads: .xlsx, or .xlsm (its macros are never run).</summary>
    public static bool IsWorkbook(string name) => Ends(name, ".xlsx") || Ends(name, ".xlsm");

    /// <summary>Files that the operating system, Office or an editor makes beside the user's own; never content.</summary>
    public static bool IsSystemLitter(string name) =>
        name.StartsWith('.')
        || name.StartsWith("~$", StringComparison.Ordinal)
        || name.EndsWith('~')
        || Litter.Contains(name)
        || LitterExtensions.Contains(Path.GetExtension(name).ToLowerInvariant());

    private static readonly HashSet<string> Litter = new(StringComparer.OrdinalIgnoreCase) { "Thumbs.db", "ehthumbs.db", "desktop.ini", "Icon\r" };
    private static readonly HashSet<string> LitterExtensions = [".bak", ".swp", ".swo", ".tmp", ".crdownload", ".part"];

    private static bool Ends(string name, string ext) => name.EndsWith(ext, StringComparison.OrdinalIgnoreCase);
}
