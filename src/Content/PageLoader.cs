using StatiqReport.Diagnostics;
using StatiqReport.Markdown;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>Loads free pages input/*.md. input/index.md, when present, is the home page's introduction.</summary>
public static class PageLoader
{
    internal static readonly string[] Keys = ["title", "summary"];

    public static (IReadOnlyList<FreePage> Pages, FreePage? Home) Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs, IReadOnlySet<string> reservedSlugs)
    {
        var pages = new List<FreePage>();
        FreePage? home = null;
        foreach (var rel in root.Files("input", "*.md", recursive: false))
        {
            var slug = Path.GetFileNameWithoutExtension(rel);
            var isHome = slug == "index";
            if (!isHome && !MapReader.IsId(slug))
            {
                diags.Error(SourceLocation.File(rel), ErrorCodes.PageName, $"the file name '{slug}' becomes the page's address and must be lower-case words joined by hyphens; rename it to '{MapReader.ToId(slug)}.md'");
                continue;
            }
            if (!isHome && reservedSlugs.Contains(slug))
            {
                diags.Error(SourceLocation.File(rel), ErrorCodes.PageClash, $"the page address /{slug}/ is used by the site itself; rename the file (e.g. '{slug}-page.md')");
                continue;
            }
            var page = LoadOne(root, rel, slug, diags, refs);
            if (page is null) continue;
            if (isHome) home = page; else pages.Add(page);
        }
        return (pages, home);
    }

    private static FreePage? LoadOne(ContentRoot root, string rel, string slug, DiagnosticBag diags, ReferenceList refs)
    {
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return null;
        var parts = FrontMatter.Split(text, rel, diags);
        if (parts is null) return null;
        var file = new FileContext(rel, diags, parts.YamlLineOffset);
        var node = YamlDocument.Parse(parts.Yaml, file, out var failed);
        if (failed) return null;
        var r = MapReader.Of(node, file, $"the page's front matter", Keys, file.Start);
        if (r is null) return null;
        var title = r.RequiredText("title");
        MarkdownCheck.Links(parts.Body, rel, parts.BodyLineOffset, diags, refs.Links);
        if (title is not null) MarkdownCheck.RepeatedHeading(parts.Body, rel, parts.BodyLineOffset, diags, title.Trim());
        return title is null ? null : new FreePage(slug, title.Trim(), r.Text("summary")?.Trim(), parts.Body, new SourceLocation(rel, 1, 1));
    }
}
