using StatiqReport.Diagnostics;
using StatiqReport.Markdown;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>Loads annual impact reports: input/reports/&lt;system&gt;/&lt;period&gt;.md.</summary>
public static class ReportLoader
{
    internal static readonly string[] Keys = ["title", "summary", "themes", "highlights", "commitments", "illustrative", "cover"];
    internal static readonly string[] ThemeKeys = ["title", "summary", "domains", "metrics", "case-studies"];
    internal static readonly string[] CommitmentKeys = ["text", "metric", "target", "by"];

    public static IReadOnlyList<AnnualReport> Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs)
    {
        var result = new System.Collections.Concurrent.ConcurrentBag<AnnualReport>();
        var systems = root.Files("data/systems", "*.yml", recursive: false).Select(f => Path.GetFileNameWithoutExtension(f)).Where(MapReader.IsId).ToList();
        Parallel.ForEach(root.Files("input/reports", "*.md", recursive: true), rel =>
        {
            var parts = rel.Split('/');
            if (parts.Length != 4 || !MapReader.IsId(parts[2]) || !Period.TryParse(Path.GetFileNameWithoutExtension(parts[3]), out var period))
            {
                // "2026-27 (1).md" beside 2026-27.md: a download or Explorer copy, to delete (renaming it would replace the report).
                var advice = CopyName.OriginalBeside(root.Full(rel)) is { } original
                    ? CopyName.Message(original, "report", "if it is meant to be the report for another year, rename it to that year, e.g. 2023-24.md")
                    : ReportPathAdvice(parts, systems);
                diags.Error(SourceLocation.File(rel), ErrorCodes.ReportPath, advice);
                return;
            }
            // A folder named after the system but not by its id ("northshire-ics", "nhs-northshire"): the folder to rename it to.
            if (systems.Count > 0 && !systems.Contains(parts[2]) && SystemOfFolder(parts[2], systems) is { } meant)
            {
                diags.Error(SourceLocation.File(rel), ErrorCodes.UnknownSystem,
                    $"the folder '{parts[2]}' must be named by the system's id, its file name in data/systems/: rename the folder to input/reports/{meant}/");
                return;
            }
            refs.Add(ReferenceKind.System, parts[2], SourceLocation.File(rel));
            if (LoadOne(root, rel, parts[2], period.Value, diags, refs) is { } r) result.Add(r);
        });
        return result.OrderBy(r => r.SystemId, StringComparer.Ordinal).ThenBy(r => r.Period).ToList();
    }

    /// <summary>
    /// Where a misplaced report belongs, as an exact path when it can be told: a report straight in
    /// input/reports/ goes in its system's folder; a folder named with capitals or spaces is the id written
    /// in lower case with hyphens; a file named 2024-2025.md or 2024_25.md is 2024-25.md.
    /// </summary>
    internal static string ReportPathAdvice(string[] parts, IReadOnlyList<string> systems)
    {
        var rel = string.Join('/', parts);
        const string Rule = "reports go at input/reports/<system id>/<period>.md, e.g. input/reports/west-yorkshire/2023-24.md";
        if (parts.Length < 3) return $"'{rel}' is not where a report goes; {Rule}";
        var file = Path.GetFileNameWithoutExtension(parts[^1]);
        var period = Period.TryParse(file, out var p) ? p : PeriodHint.Written(file);
        var periodName = period is { } known ? known.Id : "<period>";
        if (parts.Length == 3)
            return $"'{rel}' is not in a system's folder; move it to input/reports/<system id>/{periodName}.md, where <system id> is the file name of your system in data/systems/ (e.g. input/reports/west-yorkshire/{periodName}.md)";
        if (parts.Length > 4) return $"'{rel}' is in a folder too deep; {Rule}";
        var system = MapReader.IsId(parts[2]) && (systems.Count == 0 || systems.Contains(parts[2])) ? parts[2]
            : SystemOfFolder(parts[2], systems) ?? MapReader.ToId(parts[2]);
        var fixes = new List<string>();
        if (system != parts[2]) fixes.Add($"the folder '{parts[2]}' must be the system's id, in lower case with hyphens, e.g. '{system}'");
        if (period is null && PeriodHint.Either(file) is { } either)
            fixes.Add($"the file name '{parts[^1]}' must be the financial year: {either.Ending.Id}.md or {either.Starting.Id}.md (UK financial years run April to March)");
        else if (period is null) fixes.Add($"the file name '{parts[^1]}' must be the financial year, written like 2023-24.md");
        else if (file != period.Value.Id) fixes.Add($"the file name '{parts[^1]}' must be written {period.Value.Id}.md");
        return fixes.Count == 0
            ? $"'{rel}' is not where a report goes; {Rule}"
            : $"'{rel}' is not where a report goes: {string.Join("; ", fixes)}. Rename it to input/reports/{system}/{periodName}.md";
    }

    /// <summary>
    /// The system a report folder stands for: its id with other capitals or spaces, the system's name or id with words such
    /// as NHS, ICS or Health Board around it, or a near spelling of one id; null when it cannot be told.
    /// </summary>
    internal static string? SystemOfFolder(string folder, IReadOnlyList<string> systems)
    {
        var id = MapReader.ToId(folder);
        if (systems.Contains(id)) return id;
        var key = NameIndex.Key(ReferenceKind.System, folder);
        var byWords = systems.Where(s => NameIndex.Key(ReferenceKind.System, s) == key && key.Length > 0).ToList();
        if (byWords.Count == 1) return byWords[0];
        return Diagnostics.Suggest.Closest(id, systems);
    }

    private static AnnualReport? LoadOne(ContentRoot root, string rel, string system, Period period, DiagnosticBag diags, ReferenceList refs)
    {
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return null;
        var parts = FrontMatter.Split(text, rel, diags);
        if (parts is null) return null;
        var file = new FileContext(rel, diags, parts.YamlLineOffset);
        var node = YamlDocument.Parse(parts.Yaml, file, out var failed);
        if (failed) return null;
        var r = MapReader.Of(node, file, "the report's front matter", Keys, file.Start);
        if (r is null) return null;
        var title = r.RequiredText("title");

        var themes = new List<ReportTheme>();
        foreach (var t in r.Objects("themes", "a theme", ThemeKeys))
        {
            var ttitle = t.RequiredText("title");
            var domains = t.References("domains", ReferenceKind.Domain, refs);
            var metrics = t.References("metrics", ReferenceKind.Metric, refs);
            var cases = t.References("case-studies", ReferenceKind.CaseStudy, refs);
            if (ttitle is not null)
                themes.Add(new ReportTheme(ttitle.Trim(), t.Text("summary"), domains.Select(d => d.Id).ToList(), metrics.Select(m => m.Id).ToList(), cases.Select(c => c.Id).ToList()));
        }
        var highlights = r.References("highlights", ReferenceKind.Metric, refs);

        var commitments = new List<Commitment>();
        foreach (var c in r.Objects("commitments", "a commitment", CommitmentKeys))
        {
            var ctext = c.RequiredText("text");
            var metric = c.Reference("metric", ReferenceKind.Metric, refs);
            var target = c.Number("target");
            var by = c.PeriodValue("by");
            if (target is not null && metric is null)
                diags.Error(c.At("target"), ErrorCodes.MissingField, "a commitment with a 'target' needs the 'metric' it is measured by; add 'metric: <metric id>'");
            if (ctext is not null) commitments.Add(new Commitment(ctext.Trim(), metric, target, by));
        }
        MarkdownCheck.Links(parts.Body, rel, parts.BodyLineOffset, diags, refs.Links);
        // The report page heads the foreword "Foreword" (theme string report.foreword) under the report's title.
        MarkdownCheck.RepeatedHeading(parts.Body, rel, parts.BodyLineOffset, diags, "Foreword", title?.Trim() ?? "");
        // The cover photograph follows a case study's image rules (and error codes): a file in the site folder, with alt text.
        var cover = CaseStudyLoader.ReadImage(root, r, "cover");
        return title is null ? null : new AnnualReport(system, period, title.Trim(), r.Text("summary"), themes,
            highlights.Select(h => h.Id).ToList(), commitments, parts.Body, r.Bool("illustrative") ?? false, new SourceLocation(rel, 1, 1)) { Cover = cover };
    }
}
