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
    /// <summary>As above, also collecting site-relative links ("/systems/x/") for the build's link check.</summary>
    public static void Links(string markdown, string relPath, int lineOffset, DiagnosticBag diags, InternalLinks internalLinks, int columnOffset = 0)
    {
        MarkdownDocument doc;
        try
        {
            doc = MarkdownRenderer.Parse(markdown);
            // Markdig checks some nesting limits only when rendering (e.g. 50,000 nested '*'): render once here,
            // so such content is a located error now instead of a crash when the page is built.
            MarkdownRenderer.ToHtml(markdown);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            diags.Error(new SourceLocation(relPath, lineOffset + 1, 1), ErrorCodes.UnsafeMarkdownLink, $"the Markdown cannot be read ({e.Message})");
            return;
        }
        foreach (var link in doc.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var at = new SourceLocation(relPath, lineOffset + link.Line + 1, link.Column + 1 + columnOffset);
            if (UrlPolicy.IsSafeLink(url))
            {
                if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) internalLinks.Add(url, at);
                continue;
            }
            diags.Error(at, ErrorCodes.UnsafeMarkdownLink,
                $"the link '{MapReader.Clip(url)}' is not allowed; use an https:, http: or mailto: address, or a site-relative path");
        }
        // Autolinks (<https://example.org>) are not LinkInlines: check their scheme too (<javascript:alert(1)> is one).
        foreach (var link in doc.Descendants<AutolinkInline>())
        {
            if (link.IsEmail || UrlPolicy.IsSafeLink(link.Url ?? "")) continue;
            diags.Error(new SourceLocation(relPath, lineOffset + link.Line + 1, link.Column + 1 + columnOffset), ErrorCodes.UnsafeMarkdownLink,
                $"the link '{MapReader.Clip(link.Url ?? "")}' is not allowed; use an https:, http: or mailto: address, or a site-relative path");
        }
    }
}

/// <summary>Site-relative links written in content, with where they were written, checked once the site's pages are known.</summary>
public sealed class InternalLinks
{
    private readonly System.Collections.Concurrent.ConcurrentBag<(string Url, SourceLocation At)> _items = [];

    public void Add(string url, SourceLocation at) => _items.Add((url, at));
    public IEnumerable<(string Url, SourceLocation At)> All => _items;
}
