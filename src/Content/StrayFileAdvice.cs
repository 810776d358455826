using StatiqReport.Diagnostics;
using static StatiqReport.Content.ContentLayout;

namespace StatiqReport.Content;

/// <summary>
/// What to tell the user about a file under <c>data/</c> or <c>input/</c> that no loader reads: where
/// such a file belongs, with a did-you-mean for a misspelt folder or file name. Content-looking files
/// (YAML, Markdown, CSV, spreadsheets, text, Word documents) are errors, because leaving them out would
/// silently drop what the user meant to publish; other files are warnings (see the README's rule).
/// </summary>
public static class StrayFileAdvice
{
    /// <summary>The message for a file that is not read, and whether it is an error.</summary>
    /// <param name="fullPath">The file itself, looked at when its name has no extension: text that reads like the
    /// folder's content (a 'key: value' line, a row with commas, a '---' line) is content saved without its extension.</param>
    public static (bool IsError, string Message) For(string rel, string? fullPath = null)
    {
        var parts = rel.Split('/');
        var name = parts[^1];
        var folder = string.Join('/', parts[..^1]);
        if (TxtAdded(name) is { } inner)
            return (true, $"Windows saved this file as '{name}' with '.txt' added; rename it to '{inner}'"
                + AndBelongs(folder, inner) + ShowExtensions);
        if (MisspeltExtension(name) is { } meant)
            return (true, $"the site does not read '{Path.GetExtension(name.TrimEnd('.'))}{(name.EndsWith('.') ? "." : "")}' files; "
                + $"did you mean '{meant}'? Rename it to '{meant}'" + AndBelongs(folder, meant) + ShowExtensions);
        if (Path.GetExtension(name).Length == 0 && fullPath is not null && ExtensionFromText(parts, fullPath) is { } ext)
            return (true, $"this file's name has no extension, so the site does not read it; its text looks like a {ext.What}: "
                + $"rename it to '{name}{ext.Extension}'" + AndBelongs(folder, name + ext.Extension) + ShowExtensions);
        if (WrongCapitals(parts) is { } exact)
            return (true, $"this file is not read: its name must be written exactly '{exact}', in lower case; rename it to data/{exact} "
                + $"(if there is a data/{exact} already, keep the one you want and delete the other). Capitals count: Windows would read "
                + $"'{name}', but the Linux machine that publishes the site does not");
        return KindOf(name) switch
        {
            Kind.Yaml or Kind.Markdown or Kind.Csv or Kind.Text => (true, $"this file is not read here: {Belongs(rel)}"),
            Kind.Spreadsheet => (true, Spreadsheet(parts, name)),
            Kind.Document when parts is ["data", "case-studies", ..] => (true, "the site does not read Word or other documents; a case study is a YAML file, "
                + $"data/case-studies/<id>.yml: make one ({Cli.Invocation.Command} new case-study <id> writes one to fill in), copy the text into its faced, did and results, "
                + "and move the document out of the data and input folders"),
            Kind.Document => (true, "the site does not read Word or other documents; copy the text into a Markdown file "
                + "(input/<name>.md for a page, input/reports/<system id>/<period>.md for an annual report) and move the document out of the data and input folders"),
            Kind.Shortcut => (false, "this is a shortcut, and shortcuts are not followed, so what it points to is not read or published; copy the file itself here instead"),
            Kind.Image => (false, "no case study or report uses this image, so it is not published; name it in a case study's 'image: src:' or a report's 'cover: src:', or move it out of the data and input folders"),
            _ => (false, "the site does not publish this kind of file (only images that case studies and report covers name are published); "
                + "to offer it for download, put it on your organisation's website and link to that address, or move it out of the data and input folders"),
        };
    }

    /// <summary>
    /// Advice for a spreadsheet that is not read: a workbook outside data/metrics/ is moved there; the other formats
    /// (.xls, .xlsb, .ods, .numbers) are saved again as .xlsx, which is read with the same checks as CSV.
    /// </summary>
    private static string Spreadsheet(string[] parts, string name)
    {
        if (IsWorkbook(name))
            return parts is ["data", "metrics", _, ..]
                ? $"figures are read only from data/metrics/ itself, not from folders inside it; move it to data/metrics/{name}"
                : $"figures (metric values) are read from CSV files and Excel workbooks in data/metrics/; move it to data/metrics/{name}";
        var ext = Path.GetExtension(name).ToLowerInvariant();
        var what = ext == ".xls" ? "Excel 97-2003 workbooks (.xls)" : $"'{ext}' spreadsheets";
        var saveAs = ext is ".xls" or ".xlsb" ? "in Excel choose File > Save As and pick \"Excel Workbook (*.xlsx)\"" : "save it as an Excel workbook (.xlsx)";
        return $"the site does not read {what}; {saveAs}, as data/metrics/{Stem(name)}.xlsx, and move this file out of the data and input folders";
    }

    /// <summary>"belongs …" advice for a content-looking file in a place the contract does not read.</summary>
    private static string Belongs(string rel)
    {
        var parts = rel.Split('/');
        var name = parts[^1];
        var stem = Stem(name);
        var kind = KindOf(name);
        var ext = Path.GetExtension(name).ToLowerInvariant();
        var welsh = ContentRoot.IsTranslation(name) || name.EndsWith(".cy.yaml", StringComparison.OrdinalIgnoreCase);
        switch (kind, parts)
        {
            case (Kind.Yaml, _) when welsh && ext == ".yaml":
                return $"a Welsh translation must end in '.cy.yml', so rename it to '{name[..^".yaml".Length]}.yml'";
            case (Kind.Yaml, ["data", _]) when DataFiles.Contains(stem.ToLowerInvariant()) && ext == ".yaml":
                return $"it must be named '{stem.ToLowerInvariant()}.yml', so rename it to data/{stem.ToLowerInvariant()}.yml";
            case (Kind.Yaml, ["data", _]):
                return (Suggest.Closest(welsh ? stem[..^3] : stem, DataFiles) is { } d ? $"did you mean data/{d}.yml? The" : "the")
                    + " only YAML files read directly in data/ are " + string.Join(", ", DataFiles.Select(f => $"{f}.yml"))
                    + "; a system belongs in data/systems/<id>.yml and a case study in data/case-studies/<id>.yml";
            case (Kind.Yaml, ["data", "systems", .., _]):
                return $"systems are read only from data/systems/ itself, not from folders inside it; move it to data/systems/{name}";
            case (Kind.Yaml, ["data", "metrics", ..]):
                return "data/metrics/ holds the figures as CSV files; metric definitions belong in data/metrics.yml";
            case (Kind.Yaml, ["data", ..]):
                return "YAML files in data/ belong in data/systems/ (one per system) or data/case-studies/ (one per case study)";
            case (Kind.Yaml, _):
                return "YAML files belong in the data folder (a system in data/systems/, a case study in data/case-studies/); the input folder holds Markdown pages";

            case (Kind.Markdown, [.., _]) when ext != ".md":
                return $"pages and reports are read from '.md' files; rename it to '{stem}.md'";
            case (Kind.Markdown, ["data", "reports", .. var rest]):
                return $"reports belong in the input folder, so move it to input/reports/{string.Join('/', rest)}";
            case (Kind.Markdown, ["data", "case-studies", .. var inCases]) when ext == ".md":
                return $"a case study is a YAML file, not Markdown: save it as data/case-studies/{string.Join('/', inCases[..^1].Append(stem + ".yml"))}, with the keys title, system, principles, "
                    + $"summary, faced, did and results, the text under faced: |, did: | and results: | ({Cli.Invocation.Command} new case-study {MapReader.ToId(stem)} writes one to fill in); "
                    + "a page of its own belongs in input/<name>.md";
            case (Kind.Markdown, ["data", ..]):
                return "Markdown pages belong in the input folder, so move it there: a page to input/<name>.md, an annual report to input/reports/<system id>/<period>.md";
            case (Kind.Markdown, ["input", _, _, ..]):
                return $"pages are read only from input/ itself, not from folders inside it; move it to input/{name} (annual reports go in input/reports/<system id>/<period>.md)";

            case (Kind.Csv, _) when ext == ".tsv":
                return $"figures are read from comma-separated files, so in Excel choose File > Save As and pick \"CSV UTF-8 (Comma delimited) (*.csv)\", as data/metrics/{stem}.csv";
            case (Kind.Csv, ["data", "metrics", _, ..]):
                return $"figures are read only from data/metrics/ itself, not from folders inside it; move it to data/metrics/{name}";
            case (Kind.Csv, _):
                return $"figures (metric values) are read from CSV files in data/metrics/; move it to data/metrics/{name}";

            case (Kind.Text, ["input", "reports", ..]) or (Kind.Text, ["input", _]) when ext is ".txt" or ".text":
                return $"pages and reports are Markdown files; rename it to '{stem}.md'";
            case (Kind.Text, ["data", "case-studies", ..]) when ext is ".txt" or ".text":
                return $"case studies are YAML files; rename it to '{stem}.yml'";
            case (Kind.Text, ["data", "systems", _]) when ext is ".txt" or ".text":
                return $"systems are YAML files; rename it to '{stem}.yml'";
            case (Kind.Text, _) when ext is ".html" or ".htm":
                return $"pages are written in Markdown, not HTML, so save the text as input/{stem}.md";
            default:
                return $"the site does not read '{ext}' files; case studies and systems are YAML (.yml) files in data/, pages and reports are Markdown (.md) files in input/, figures are CSV files in data/metrics/";
        }
    }

    /// <summary>
    /// Advice for a folder of the data or input folder (<paramref name="rel"/> like <c>data/case-study</c>)
    /// whose name is a contract folder's written with other capitals or misspelt; null for any other folder,
    /// whose files are then judged one by one. Capitals count on every system alike: a site previewed on
    /// Windows is often published from Linux (GitHub Actions), where <c>Case-Studies</c> is not <c>case-studies</c>.
    /// </summary>
    public static string? ForFolder(string rel)
    {
        var parts = rel.Split('/');
        string[] known = parts switch
        {
            [_] => ["data", "input"],
            ["data", _] => DataFolders,
            ["input", _] => InputFolders,
            _ => [],
        };
        var name = parts[^1];
        if (known.Contains(name, StringComparer.Ordinal)) return null;
        var parent = parts.Length == 1 ? "" : parts[0] + "/";
        if (known.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } same)
            return $"the site does not read this folder, as its name must be written '{same}' in lower case; rename it to {parent}{same}";
        if (parts.Length > 1 && Suggest.Closest(name, known) is { } want)
            return $"the site does not read this folder; did you mean {parent}{want}? Rename it to {parent}{want}, or move it out of the {parts[0]} folder if it is not meant to be published";
        return null;
    }

    private const string ShowExtensions = " (in File Explorer, View > Show > File name extensions shows the whole name)";

    /// <summary>" and move it to …" when the renamed file would still not be read where it is.</summary>
    private static string AndBelongs(string folder, string renamed)
    {
        var rel = folder + "/" + renamed;
        return IsRead(rel) ? "" : $" and {Belongs(rel)}";
    }

    /// <summary>
    /// Extensions that are a slip of the keyboard for ours (<c>.ymal</c>, <c>.cvs</c>, <c>.mdd</c>), and a trailing dot.
    /// A list, not an edit distance: real extensions one letter away (<c>.xml</c>, <c>.css</c>, <c>.pdf</c>) are other files.
    /// </summary>
    private static readonly Dictionary<string, string> Misspelt = new(StringComparer.OrdinalIgnoreCase)
    {
        [".ymal"] = ".yml", [".ym"] = ".yml", [".yl"] = ".yml", [".ymll"] = ".yml", [".ynl"] = ".yml", [".yml1"] = ".yml",
        [".ylm"] = ".yml", [".myl"] = ".yml", [".yaml1"] = ".yml", [".yamll"] = ".yml",
        [".cvs"] = ".csv", [".csb"] = ".csv", [".cv"] = ".csv", [".scv"] = ".csv", [".csvv"] = ".csv", [".cdv"] = ".csv", [".csc"] = ".csv",
        [".mdd"] = ".md", [".nd"] = ".md", [".dm"] = ".md", [".mdt"] = ".md",
    };

    /// <summary>"local-jobs.yml" for "local-jobs.ymal" or "local-jobs.yml.", else null.</summary>
    private static string? MisspeltExtension(string name)
    {
        if (name.EndsWith('.') && name.TrimEnd('.') is { Length: > 0 } trimmed && KindOf(trimmed) is Kind.Yaml or Kind.Markdown or Kind.Csv)
            return trimmed;
        var ext = Path.GetExtension(name);
        return ext.Length > 0 && Misspelt.TryGetValue(ext, out var right)
            ? name[..^ext.Length] + right
            : null;
    }

    /// <summary>
    /// The extension a file without one was meant to have, judged from its first lines and its folder:
    /// figures in data/metrics/ (a first line with commas), YAML elsewhere in data/ (a 'key: value' line),
    /// Markdown in input/ (a first line '---'). Null for anything else (a README of notes stays a warning).
    /// </summary>
    private static (string Extension, string What)? ExtensionFromText(string[] parts, string fullPath)
    {
        string text;
        try
        {
            using var stream = File.OpenRead(fullPath);
            var buffer = new byte[4096];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (Array.IndexOf(buffer, (byte)0, 0, read) >= 0) return null;
            text = System.Text.Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
        if (lines.Count == 0) return null;
        return parts switch
        {
            ["data", "metrics", ..] when lines[0].Contains(',') => (".csv", "table of figures (CSV)"),
            ["data", "systems", ..] when KeyLine(lines[0]) => (".yml", "system (YAML)"),
            ["data", "case-studies", ..] when KeyLine(lines[0]) => (".yml", "case study (YAML)"),
            ["data", ..] when KeyLine(lines[0]) => (".yml", "YAML file"),
            ["input", "reports", ..] when lines[0].Trim() == "---" => (".md", "report (Markdown)"),
            ["input", ..] when lines[0].Trim() == "---" => (".md", "page (Markdown)"),
            _ => null,
        };
    }

    /// <summary>A YAML line such as "title: Local jobs" or "- id: x".</summary>
    private static bool KeyLine(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^(- )?[A-Za-z][A-Za-z0-9_-]*:(\s|$)");

    /// <summary>"site.yml" for data/Site.yml or data/SITE.YML: a file of data/ whose name differs only in capitals.</summary>
    private static string? WrongCapitals(string[] parts)
    {
        if (parts is not ["data", var name]) return null;
        foreach (var f in DataFiles)
            foreach (var exact in new[] { f + ".yml", f + ".cy.yml" })
                if (name.Equals(exact, StringComparison.OrdinalIgnoreCase) && !name.Equals(exact, StringComparison.Ordinal))
                    return exact;
        return null;
    }

    /// <summary>"x.yml" for "x.yml.txt" (Notepad's doing when extensions are hidden), else null.</summary>
    private static string? TxtAdded(string name)
    {
        if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return null;
        var inner = name[..^4];
        return KindOf(inner) is Kind.Yaml or Kind.Markdown or Kind.Csv ? inner : null;
    }

    /// <summary>The name without its last extension ("about.cy" for "about.cy.markdown").</summary>
    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name);
}
