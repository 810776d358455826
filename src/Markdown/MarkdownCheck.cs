using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqReport.Content;
using StatiqReport.Diagnostics;

namespace StatiqReport.Markdown;

/// <summary>Reports unsafe links in Markdown at their position in the content file.</summary>
public static class MarkdownCheck
{
    /// <param name="lineOffset">Lines in the file before the Markdown starts.</param>
    /// <param name="columnOffset">Columns before the Markdown on its first line (a YAML block scalar's indentation).</param>
    public static void Links(string markdown, string relPath, int lineOffset, DiagnosticBag diags, int columnOffset = 0)
    {
        MarkdownDocument doc;
        try { doc = MarkdownRenderer.Parse(markdown); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            diags.Error(new SourceLocation(relPath, lineOffset + 1, 1), ErrorCodes.UnsafeMarkdownLink, $"the Markdown cannot be read ({e.Message})");
            return;
        }
        foreach (var link in doc.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (UrlPolicy.IsSafeLink(url)) continue;
            diags.Error(new SourceLocation(relPath, lineOffset + link.Line + 1, link.Column + 1 + columnOffset), ErrorCodes.UnsafeMarkdownLink,
                $"the link '{MapReader.Clip(url)}' is not allowed; use an https:, http: or mailto: address, or a site-relative path");
        }
    }
}
