using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqReport.Content;

namespace StatiqReport.Markdown;

/// <summary>
/// The one Markdown pipeline: explicit extensions only (no GenericAttributes, which would let content
/// add event handlers), raw HTML off, link schemes checked, headings shifted below the page's own.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    /// <summary>Parses Markdown with the site's pipeline (positions are 0-based lines).</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Renders Markdown to safe HTML. <paramref name="topLevel"/> is the level a '#' heading becomes
    /// (2 under a page title); the document's highest heading is put at that level. Unsafe links keep their text and lose their address.
    /// </summary>
    public static string ToHtml(string markdown, int topLevel = 2, Func<string, string>? rewriteUrl = null)
    {
        var doc = Parse(markdown);
        // The document's highest heading becomes topLevel, whether the author started at # or ##,
        // so headings always follow the page's own in order.
        var headings = doc.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : topLevel - headings.Min(h => h.Level);
        foreach (var heading in headings)
            heading.Level = Math.Clamp(heading.Level + shift, topLevel, 6);
        foreach (var link in doc.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? "";
            if (!UrlPolicy.IsSafeLink(url))
            {
                link.Url = "";
                if (link.IsImage) link.IsImage = false;
            }
            else if (rewriteUrl is not null)
                link.Url = rewriteUrl(url);
        }
        // An autolink with an unsafe scheme (<javascript:alert(1)>) is shown as its text, not linked.
        foreach (var autolink in doc.Descendants<AutolinkInline>().ToList())
            if (!autolink.IsEmail && !UrlPolicy.IsSafeLink(autolink.Url ?? ""))
                autolink.ReplaceBy(new LiteralInline(autolink.Url ?? ""));
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(doc);
        writer.Flush();
        return writer.ToString().Replace("<a href=\"\">", "<a>", StringComparison.Ordinal);
    }

    /// <summary>Plain text of Markdown (for summaries, feeds and the search index).</summary>
    public static string ToPlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();
}
