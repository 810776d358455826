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
        }
        diags.Error(SourceLocation.File(relPath), ErrorCodes.FrontMatterMissing, "the front matter is not closed; add a line '---' after the last front matter line");
        return null;
    }
}
