using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines) and body.</summary>
public static class FrontMatter
{
    /// <summary>The front matter text, the body, and the number of lines before the YAML (for positions).</summary>
    public sealed record Parts(string Yaml, string Body, int YamlLineOffset, int BodyLineOffset);

    public static Parts? Split(string text, string relPath, DiagnosticBag diags)
    {
        var normal = text.Replace("\r\n", "\n");
        var lines = normal.Split('\n');
        var blank = lines.TakeWhile(l => l.Trim().Length == 0).Count();
        if (blank > 0 && blank < lines.Length && lines[blank].TrimEnd() == "---")
        {
            diags.Error(new SourceLocation(relPath, 1, 1), ErrorCodes.FrontMatterMissing, blank == 1
                ? "the first line is empty, but the '---' on line 2 must be the very first line of the file: delete the empty line"
                : $"the first {blank} lines are empty, but the '---' on line {blank + 1} must be the very first line of the file: delete the empty lines");
            return null;
        }
        if (lines.Length > 0 && lines[0].TrimEnd() != "---" && DashLine(lines[0]) is { } first)
        {
            diags.Error(new SourceLocation(relPath, 1, 1), ErrorCodes.FrontMatterMissing, $"the first line must be three hyphens (---) to start the front matter, but it is {first}");
            return null;
        }
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diags.Error(SourceLocation.File(relPath), ErrorCodes.FrontMatterMissing,
                "the file must start with front matter: a line '---', then 'title: ...', then a closing '---' line");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new Parts(yaml, body, 1, i + 1);
            }
            if (DashLine(lines[i]) is { } other)
            {
                diags.Error(new SourceLocation(relPath, i + 1, 1), ErrorCodes.FrontMatterMissing, $"this line must be three hyphens (---) to close the front matter, but it is {other}");
                return null;
            }
        }
        diags.Error(SourceLocation.File(relPath), ErrorCodes.FrontMatterMissing, "the front matter is not closed; add a line '---' after the last front matter line");
        return null;
    }

    // Word and Outlook turn typed hyphens into a dash (– or —); a line of four hyphens or spaced ones is a slip too.
    private static string? DashLine(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || !t.All(c => c is '-' or ' ' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212')) return null;
        if (t.All(c => c is '-' or ' '))
            return t.Length == 1 || t == "--" ? null : $"'{t}'; write exactly three hyphens, with nothing else on the line";
        return $"'{t}', a dash that Word or Outlook makes from hyphens as you type; delete it and type three hyphens (---), the key beside 0";
    }
}
