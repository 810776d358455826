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
    public static (bool IsError, string Message) For(string rel)
    {
        var parts = rel.Split('/');
        var name = parts[^1];
        if (TxtAdded(name) is { } inner)
            return (true, $"Windows saved this file as '{name}' with '.txt' added; rename it to '{inner}'"
                + (IsRead(string.Join('/', parts[..^1].Append(inner))) ? "" : $" and {Belongs(string.Join('/', parts[..^1].Append(inner)))}")
                + " (in File Explorer, View > Show > File name extensions shows the whole name)");
        return KindOf(name) switch
        {
            Kind.Yaml or Kind.Markdown or Kind.Csv or Kind.Text => (true, $"this file is not read here: {Belongs(rel)}"),
            Kind.Spreadsheet => (true, "the site reads figures from CSV files, not spreadsheets; in Excel choose File > Save As and pick "
                + $"\"CSV UTF-8 (Comma delimited) (*.csv)\", save it as data/metrics/{Stem(name)}.csv, and move the workbook out of the data and input folders"),
            Kind.Document => (true, "the site does not read Word or other documents; copy the text into a Markdown file "
                + "(input/<name>.md for a page, input/reports/<system id>/<period>.md for an annual report) and move the document out of the data and input folders"),
            Kind.Shortcut => (false, "this is a shortcut, and shortcuts are not followed, so what it points to is not read or published; copy the file itself here instead"),
            Kind.Image => (false, "no case study uses this image, so it is not published; name it in a case study's 'image: src:', or move it out of the data and input folders"),
            _ => (false, "the site does not publish this kind of file (only images that case studies name are published); "
                + "to offer it for download, put it on your organisation's website and link to that address, or move it out of the data and input folders"),
        };
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
                return $"it must be named '{stem}.yml', so rename it to data/{stem}.yml";
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
