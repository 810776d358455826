namespace StatiqReport.Content;

/// <summary>
/// Every bound on content in one place, so hostile or accidental input (a 2 GB export, YAML built to
/// explode) ends in a located error instead of a hang or a crash.
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest YAML or Markdown file read, in bytes.</summary>
    public const int MaxTextFileBytes = 2 * 1024 * 1024;
    /// <summary>Largest CSV file read, in bytes.</summary>
    public const int MaxCsvFileBytes = 64 * 1024 * 1024;
    /// <summary>Deepest nesting of YAML mappings and sequences.</summary>
    public const int MaxYamlDepth = 32;
    /// <summary>Most YAML parser events (nodes) in one file.</summary>
    public const int MaxYamlEvents = 200_000;
    /// <summary>Most aliases in one YAML file (guards against alias expansion bombs).</summary>
    public const int MaxYamlAliases = 100;
    /// <summary>Longest id.</summary>
    public const int MaxIdLength = 100;
    /// <summary>Most files of one kind (case studies, CSV files, pages).</summary>
    public const int MaxFilesPerKind = 50_000;
    /// <summary>Deepest folder read under data/ or input/.</summary>
    public const int MaxFolderDepth = 16;
    /// <summary>Most files looked at when checking that every file under data/ and input/ is read.</summary>
    public const int MaxInventoryEntries = 200_000;
    /// <summary>Largest workbook (.xlsx, .xlsm) read, in bytes as saved.</summary>
    public const int MaxWorkbookFileBytes = 32 * 1024 * 1024;
    /// <summary>Most parts (zip entries) in a workbook; Excel writes a few dozen.</summary>
    public const int MaxWorkbookEntries = 2_000;
    /// <summary>Most bytes a workbook may unpack to, all parts together, counted as they are unpacked (guards against zip bombs).</summary>
    public const long MaxWorkbookUnpackedBytes = 256L * 1024 * 1024;
    /// <summary>Most a part may unpack to per byte packed, once it is over <see cref="WorkbookRatioFloorBytes"/>; Excel's own parts stay far below.</summary>
    public const int MaxWorkbookCompressionRatio = 200;
    /// <summary>Parts smaller than this unpacked are not judged by their compression ratio.</summary>
    public const int WorkbookRatioFloorBytes = 4 * 1024 * 1024;
    /// <summary>Last row of a workbook's sheet that holds a cell.</summary>
    public const int MaxWorkbookRows = 100_000;
    /// <summary>Most cells in a workbook, all sheets together.</summary>
    public const long MaxWorkbookCells = 2_000_000;
    /// <summary>Largest magnitude accepted for a metric value.</summary>
    public const double MaxAbsValue = 1e15;
}
