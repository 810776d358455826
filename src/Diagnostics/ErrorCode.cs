namespace StatiqReport.Diagnostics;

/// <summary>A stable error code with its title and the general fix, listed in the README.</summary>
public sealed record ErrorCode(string Id, string Title, string Fix);

/// <summary>
/// The one catalogue of error codes. Codes are stable: never renumber, only add.
/// SR00xx files and syntax, SR01xx YAML content, SR02xx CSV values, SR03xx Markdown pages and reports,
/// SR04xx the built site, SR05xx the theme's interface strings, SR06xx Welsh translations, SR07xx starter text, SR081x the forms at /admin/.
/// </summary>
public static class ErrorCodes
{
    public static readonly ErrorCode SyntaxError = new("SR0001", "YAML syntax error", "Fix the YAML syntax at the position shown (check indentation and quoting).");
    public static readonly ErrorCode FileUnreadable = new("SR0002", "file cannot be read", "Save the file as UTF-8 text under the size limit (in Notepad: File > Save as…, Encoding: UTF-8).");
    public static readonly ErrorCode DuplicateKey = new("SR0003", "duplicate key", "Remove one of the two entries with the same key.");
    public static readonly ErrorCode WrongShape = new("SR0004", "wrong document shape", "Give the file the shape the contract describes (a mapping or a list of mappings).");
    public static readonly ErrorCode StrayFile = new("SR0005", "file or folder the site does not read", "Move or rename it to where the site reads it (the message names the place), or move it out of the data and input folders.");
    public static readonly ErrorCode LinkNotFollowed = new("SR0006", "link not followed (warning)", "Copy the files into the site folder instead of linking to them.");
    public static readonly ErrorCode FileNotPublished = new("SR0010", "file not published (warning)", "Name the image in a case study or as a report's cover, put the document on a web address you link to, or move the file out of the data and input folders.");
    public static readonly ErrorCode HiddenText = new("SR0007", "text left out after #", "Put text that contains ' #' or starts with '#' in double quotes; write a note with a space after the # (# like this).");
    public static readonly ErrorCode RawHtml = new("SR0011", "HTML in Markdown (warning)", "Write Markdown instead of HTML tags, which show as text: **bold**, *italic*, [words](https://...), a blank line between paragraphs.");
    public static readonly ErrorCode RepeatedHeading = new("SR0012", "heading shown twice (warning)", "Delete the heading that repeats the page's own or one above it, or give it other words.");
    public static readonly ErrorCode UnknownKey = new("SR0101", "unknown key", "Correct the key's spelling or remove it.");
    public static readonly ErrorCode UnknownPrinciple = new("SR0102", "unknown principle", "Use one of the principle ids in data/principles.yml.");
    public static readonly ErrorCode UnknownDomain = new("SR0103", "unknown domain", "Use one of the domain ids in data/domains.yml.");
    public static readonly ErrorCode UnknownSystem = new("SR0104", "unknown system", "Use the id (file name) of a file in data/systems/; a system's name is answered with its id.");
    public static readonly ErrorCode UnknownMetric = new("SR0105", "unknown metric", "Use one of the metric ids in data/metrics.yml.");
    public static readonly ErrorCode UnknownCaseStudy = new("SR0106", "unknown case study", "Use the id (file name) of a file in data/case-studies/.");
    public static readonly ErrorCode MissingField = new("SR0107", "missing required field", "Add the field.");
    public static readonly ErrorCode WrongType = new("SR0108", "wrong type", "Give the value the type the contract asks for.");
    public static readonly ErrorCode InvalidId = new("SR0109", "invalid id", "Ids are lower-case words joined by hyphens: letters a-z, digits and single hyphens; a name or title written instead is answered with its id.");
    public static readonly ErrorCode InvalidPeriod = new("SR0110", "invalid period", "Write a financial year as 2023-24 (the second year is the next one).");
    public static readonly ErrorCode InvalidDate = new("SR0111", "invalid date", "Write dates as ISO dates: 2024-08-16 (20/01/2025, read day first, is answered with 2025-01-20).");
    public static readonly ErrorCode InvalidChoice = new("SR0112", "value not allowed", "Use one of the allowed values listed in the message.");
    public static readonly ErrorCode DuplicateId = new("SR0113", "duplicate id", "Give each item a unique id.");
    public static readonly ErrorCode ImageNotFound = new("SR0114", "image not found or outside the root", "Point src at an image file inside the site root.");
    public static readonly ErrorCode ImageAltMissing = new("SR0115", "image without alt text", "Describe the image in `alt` for readers who cannot see it.");
    public static readonly ErrorCode UnsafeUrl = new("SR0116", "unsafe or invalid URL", "Use an https:, http: or mailto: address, or a site-relative path.");
    public static readonly ErrorCode UnknownMaturityArea = new("SR0117", "unknown maturity area or level", "Use an area id from data/maturity.yml and a level emerging, established or expanding.");
    public static readonly ErrorCode CatalogueId = new("SR0118", "catalogue entry not allowed or missing", "Catalogue ids are fixed by the contract: use exactly the listed ids, each once.");
    public static readonly ErrorCode InvalidNumber = new("SR0119", "invalid number", "Write a plain number such as 1200 or 23.5 (1,200 is answered with 1200, £1.2m with 1200000).");
    public static readonly ErrorCode TooLong = new("SR0120", "text or list too long", "Shorten the text or split the content.");
    public static readonly ErrorCode PictureInText = new("SR0125", "picture inside Markdown text", "Delete the picture from the text: only a case study shows a picture, from its image: (src and alt); name that case study in the report's themes to show it there.");
    public static readonly ErrorCode CsvMissingColumn = new("SR0201", "missing CSV column", "Add the column to the header row: system,metric,period,value (source,note,illustrative optional).");
    public static readonly ErrorCode CsvUnknownColumn = new("SR0202", "unknown CSV column", "Correct the column name or remove the column.");
    public static readonly ErrorCode CsvValueNotNumber = new("SR0203", "CSV value is not a plain number", "Write the value as a plain number with '.' as the decimal point, without thousands separators, currency signs or '%' (1,200 is answered with 1200, £1.2m with 1200000, 23.5% with 23.5).");
    public static readonly ErrorCode CsvDuplicateValue = new("SR0204", "duplicate metric value", "Keep one value per system, metric and period.");
    public static readonly ErrorCode CsvMalformed = new("SR0205", "malformed CSV row", "Check quoting and the number of fields (RFC 4180).");
    public static readonly ErrorCode CsvInvalidFlag = new("SR0206", "invalid illustrative flag", "Write true, false or leave the cell empty.");
    public static readonly ErrorCode CsvEncoding = new("SR0207", "CSV is not UTF-8", "In Excel choose File > Save As and pick \"CSV UTF-8 (Comma delimited) (*.csv)\".");
    public static readonly ErrorCode WorkbookNotExcel = new("SR0208", "not an Excel workbook", "Save the figures in Excel as \"Excel Workbook (*.xlsx)\" (File > Save As); a CSV file keeps a name ending in .csv.");
    public static readonly ErrorCode WorkbookProtected = new("SR0209", "workbook is password-protected", "Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, delete it) and save.");
    public static readonly ErrorCode WorkbookTooLarge = new("SR0210", "workbook too large to read", "Copy the sheets of figures into a new workbook, delete unused rows below the figures, or split the figures into several workbooks.");
    public static readonly ErrorCode WorkbookFormulaError = new("SR0211", "formula error in a cell", "Correct the formula so the cell shows a number (or the text it should), or clear the cell for 'not reported'.");
    public static readonly ErrorCode WorkbookSheetsNotRead = new("SR0212", "sheets not read (warning)", "Nothing to do for sheets of notes or workings; a sheet of figures needs a header row naming its columns (system, metric, ...).");
    public static readonly ErrorCode WorkbookNoFigures = new("SR0213", "no sheet of figures in a workbook", "Give the sheet a header row: system, metric, period, value (one row per value) or system, metric, 2023-24, 2024-25 (one column per year).");
    public static readonly ErrorCode WorkbookHiddenSheet = new("SR0214", "hidden sheet of figures", "Unhide the sheet (right-click a sheet tab > Unhide) to publish its figures, or delete it or move it to another workbook.");
    public static readonly ErrorCode WorkbookMergedHeader = new("SR0215", "merged header cells", "Unmerge the header cells (Home > Merge & Center) and give each column its own header.");
    public static readonly ErrorCode WorkbookPercent = new("SR0216", "percentage in a metric not measured in percent", "Format the cell as Number (Home > Number Format) and type the figure in the metric's unit, or use a metric whose unit is percent.");
    public static readonly ErrorCode FrontMatterMissing = new("SR0301", "front matter missing or unterminated", "Start the file with a YAML front matter block between two '---' lines.");
    public static readonly ErrorCode UnsafeMarkdownLink = new("SR0302", "unsafe or mistyped link in Markdown", "Use an https:, http: or mailto: link (mailto:name@example.nhs.uk), or a site-relative path, with no space between ] and (.");
    public static readonly ErrorCode ReportPath = new("SR0303", "misplaced report file", "Put reports at input/reports/<system id>/<period>.md, e.g. input/reports/west-yorkshire/2023-24.md.");
    public static readonly ErrorCode PageName = new("SR0304", "invalid page file name", "Name free pages in lower-case words joined by hyphens, e.g. input/accessibility.md.");
    public static readonly ErrorCode ReportWithoutFigures = new("SR0306", "report metric without a figure for its year (warning)", "Add the figure for the report's year in data/metrics/, check the year in the report's file name, or take the metric out of the report.");
    public static readonly ErrorCode PageClash = new("SR0305", "page address already taken", "Rename the page: its address is used by a built-in page.");
    public static readonly ErrorCode BrokenLink = new("SR0401", "broken internal link", "Point the link at a page or file that the site has.");
    public static readonly ErrorCode UnknownString = new("SR0501", "unknown interface string", "Use a key of the bundled theme/strings/<language>.yml (en.yml or cy.yml); copy only the keys you change.");
    public static readonly ErrorCode InvalidString = new("SR0502", "invalid interface string", "Give the string as text (or plural forms other, one, ...) and use only the {placeholders} the bundled string uses.");
    public static readonly ErrorCode MissingTranslation = new("SR0601", "missing Welsh translation", "Add the Welsh file the message names (e.g. data/case-studies/x.cy.yml beside x.yml), or change welsh.required in data/site.yml.");
    public static readonly ErrorCode OrphanTranslation = new("SR0602", "Welsh translation of nothing", "Name the Welsh file after an English one (x.cy.yml beside x.yml), or remove it.");
    public static readonly ErrorCode Placeholder = new("SR0701", "starter text not replaced", "Replace the text written [[like this]], brackets included, with your own words; preview --allow-placeholders shows the site first.");
    public static readonly ErrorCode TranslationShape = new("SR0603", "Welsh translation does not match the English", "Give a translated list the same number of items, in the same order, as the English.");
    public static readonly ErrorCode AdminRepository = new("SR0810", "repository missing or not owner/name", "Write the GitHub repository the site is kept in as repository: owner/name in data/site.yml (build --admin needs it).");

    /// <summary>All codes, in order, for the README table and tests.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } =
        typeof(ErrorCodes).GetFields().Where(f => f.FieldType == typeof(ErrorCode))
            .Select(f => (ErrorCode)f.GetValue(null)!).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
}
