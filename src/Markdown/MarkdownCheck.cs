using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqReport.Content;
using StatiqReport.Diagnostics;

namespace StatiqReport.Markdown;

/// <summary>Reports unsafe links in Markdown at their position in the content file.</summary>
public static partial class MarkdownCheck
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
            if (UrlPolicy.IsSafeLink(url) && link.IsImage)
            {
                diags.Error(at, ErrorCodes.PictureInText,
                    "pictures are not shown inside the text of a page, report or case study: delete this picture; only a case study shows a picture, "
                    + "from its image: (src: input/images/..., and alt), and a report shows it by naming that case study in a theme's case-studies");
                continue;
            }
            if (MailMistake(url) is { } mail)
            {
                diags.Error(at, ErrorCodes.UnsafeMarkdownLink, mail);
                continue;
            }
            if (UrlPolicy.IsSafeLink(url))
            {
                if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) internalLinks.Add(url, at);
                else if (UrlPolicy.IsRelativePath(url)) internalLinks.AddRelative(url.Trim(), at);
                else if (url.StartsWith('#') && url.Length > 1) internalLinks.AddFragment(url, at);
                continue;
            }
            diags.Error(at, ErrorCodes.UnsafeMarkdownLink,
                $"the link '{MapReader.Clip(url)}' is not allowed; use an https:, http: or mailto: address, or a site-relative path");
        }
        RawHtml(doc, relPath, lineOffset, columnOffset, diags);
        SpaceBeforeAddress(markdown, relPath, lineOffset, columnOffset, diags);
        SpaceInAddress(markdown, relPath, lineOffset, columnOffset, diags);
        Comments(markdown, relPath, lineOffset, columnOffset, diags);
        // Autolinks (<https://example.org>) are not LinkInlines: check their scheme too (<javascript:alert(1)> is one).
        foreach (var link in doc.Descendants<AutolinkInline>())
        {
            if (link.IsEmail || UrlPolicy.IsSafeLink(link.Url ?? "")) continue;
            diags.Error(new SourceLocation(relPath, lineOffset + link.Line + 1, link.Column + 1 + columnOffset), ErrorCodes.UnsafeMarkdownLink,
                $"the link '{MapReader.Clip(link.Url ?? "")}' is not allowed; use an https:, http: or mailto: address, or a site-relative path");
        }
    }

    /// <summary>
    /// An email link written the way it is heard, not the way it works: "anchors@x.gov.uk" without mailto:, "mailto;x" or
    /// "mailto x", "mailto://x", or an address with a comma or no dot after the @. The fix, or null for any other link.
    /// </summary>
    internal static string? MailMistake(string url)
    {
        var u = url.Trim();
        var m = MailTypo().Match(u);
        if (m.Success)
        {
            var address = m.Groups["address"].Value;
            var shown = MapReader.Clip(u);
            if (!m.Groups["scheme"].Success)
                return $"the link '{shown}' is an email address: write mailto: before it, as in (mailto:{MapReader.Clip(address)}), so that it opens the reader's email";
            if (m.Groups["sep"].Value != ":")
                return $"the link '{shown}' is an email link written with '{m.Groups["sep"].Value.Trim()}' where the colon belongs: write mailto:{MapReader.Clip(address)}";
            if (!EmailShape().IsMatch(address))
                return $"the link '{shown}' does not hold an email address after mailto: (one @, and a dot after it, no commas or spaces): check it, as in mailto:comms@example.nhs.uk";
        }
        return null;
    }

    // mailto:x, mailto;x, mailto x, mailto://x, mail to:x and a bare name@host.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<scheme>mail\s?to)(?<sep>:(?://)?|;|\s+|//|:/)(?<address>.*)|(?<address>[^\s/:@]+@[^\s/:@]+))$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MailTypo();

    /// <summary>An email address as mail programs take it: one @, a dot in the part after it, no commas, semicolons or spaces.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^@\s,;:/]+@[^@\s,;:/]+\.[^@\s,;:/.][^@\s,;:/]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex EmailShape();

    /// <summary>
    /// "[the report] (https://...)": with a space between ] and ( it is no link, and the page shows the brackets and the
    /// address as text. Found in the text as written, as Markdown leaves it as text.
    /// </summary>
    private static void SpaceBeforeAddress(string markdown, string relPath, int lineOffset, int columnOffset, DiagnosticBag diags)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            foreach (System.Text.RegularExpressions.Match m in SpacedLink().Matches(lines[i]))
                diags.Error(new SourceLocation(relPath, lineOffset + i + 1, m.Index + 1 + columnOffset), ErrorCodes.UnsafeMarkdownLink,
                    $"there is a space between ] and ( in '{MapReader.Clip(m.Value)}', so it is not a link and the page would show the brackets and the address as text: "
                    + $"delete the space, as in [{MapReader.Clip(m.Groups["words"].Value)}]({MapReader.Clip(m.Groups["url"].Value)})");
    }

    /// <summary>
    /// "[our partnership](/systems/West Yorkshire/)": an address with a space in it is no link, and the page shows the
    /// brackets and the address as text. For a page of this site the address is written with ids (lower case, hyphens).
    /// </summary>
    private static void SpaceInAddress(string markdown, string relPath, int lineOffset, int columnOffset, DiagnosticBag diags)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            foreach (System.Text.RegularExpressions.Match m in SpaceInUrl().Matches(lines[i]))
            {
                var url = m.Groups["url"].Value.Trim();
                if (url.IndexOfAny(['"', '\'']) >= 0 || url.StartsWith('<')) continue; // [x](https://... "a title"), [x](<a b.pdf>): links
                var fix = url.StartsWith('/')
                    ? "/" + string.Join('/', url.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(MapReader.ToId)) + (url.EndsWith('/') ? "/" : "")
                    : url.Replace(" ", "", StringComparison.Ordinal);
                var how = url.StartsWith('/') ? "the address of a page of this site is written with ids, in lower case with hyphens" : "delete the spaces";
                diags.Error(new SourceLocation(relPath, lineOffset + i + 1, m.Index + 1 + columnOffset), ErrorCodes.UnsafeMarkdownLink,
                    $"the address in '{MapReader.Clip(m.Value)}' has a space in it, so it is not a link and the page would show the brackets and the address as text: "
                    + $"{how}, as in [{MapReader.Clip(m.Groups["words"].Value)}]({MapReader.Clip(fix)})");
            }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!!)\[(?<words>[^\[\]\n]+)\]\((?<url>[^()\s\n][^()\n]*?\s[^()\n]*?)\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpaceInUrl();

    /// <summary>
    /// A note for colleagues written as an HTML comment, &lt;!-- check the figures --&gt;: HTML is not used in the site's
    /// text, so the page would show it, brackets and all. A warning at the comment says how to keep such a note hidden.
    /// </summary>
    private static void Comments(string markdown, string relPath, int lineOffset, int columnOffset, DiagnosticBag diags)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            for (var at = lines[i].IndexOf("<!--", StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf("<!--", at + 4, StringComparison.Ordinal))
                diags.Warning(new SourceLocation(relPath, lineOffset + i + 1, at + 1 + columnOffset), ErrorCodes.RawHtml,
                    "'<!--' starts an HTML comment, and HTML is not used in the site's text: the page would show the note as it is, with its brackets, for every reader to see; "
                    + "delete the note before publishing, or keep it as a line starting with # in the front matter (between the two --- lines), which is never shown");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!!)\[(?<words>[^\[\]\n]+)\][ \t]+\((?<url>(?:https?://|mailto:|/)[^\s()]*)\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpacedLink();

    /// <summary>
    /// Raw HTML is off (it would let pasted web pages bring their own styles and scripts), so a tag pasted from
    /// a web page or an email shows on the page as text, such as "&lt;b&gt;Who we are.&lt;/b&gt;": a warning at each
    /// opening tag says what Markdown to write instead. Only real HTML tag names count, so "&lt;5 years&gt;" is text.
    /// </summary>
    private static void RawHtml(MarkdownDocument doc, string relPath, int lineOffset, int columnOffset, DiagnosticBag diags)
    {
        foreach (var literal in doc.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (!text.Contains('<')) continue;
            foreach (System.Text.RegularExpressions.Match m in HtmlTag.Matches(text))
            {
                var tag = m.Groups["name"].Value.ToLowerInvariant();
                if (!HtmlAdvice.TryGetValue(tag, out var instead)) continue;
                var at = new SourceLocation(relPath, lineOffset + literal.Line + 1, literal.Column + 1 + columnOffset + m.Index);
                diags.Warning(at, ErrorCodes.RawHtml,
                    $"'{MapReader.Clip(m.Value)}' is an HTML tag, and HTML is not used in the site's text: the page would show the tag as it is, "
                    + $"with its angle brackets; {instead}");
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex HtmlTag =
        new(@"<(?<name>[A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private const string KeepWords = "delete the tags and keep the words (the site sets the look of every page)";

    /// <summary>What to write instead of each HTML tag, in Markdown.</summary>
    private static readonly Dictionary<string, string> HtmlAdvice = new(StringComparer.Ordinal)
    {
        ["b"] = "for bold text put two stars each side, as in **like this**, instead of <b>...</b>",
        ["strong"] = "for bold text put two stars each side, as in **like this**, instead of <strong>...</strong>",
        ["i"] = "for italic text write *like this* (one star each side) instead of <i>...</i>",
        ["em"] = "for italic text write *like this* (one star each side) instead of <em>...</em>",
        ["a"] = "for a link write [the words to click](https://...) instead of <a href=...>...</a>",
        ["br"] = "to start a new paragraph leave a blank line instead of <br>",
        ["p"] = "to start a new paragraph leave a blank line, and delete the <p> and </p> tags",
        ["h1"] = "for a heading write ## and the heading on a line of its own", ["h2"] = "for a heading write ## and the heading on a line of its own",
        ["h3"] = "for a heading write ### and the heading on a line of its own", ["h4"] = "for a heading write ### and the heading on a line of its own",
        ["h5"] = "for a heading write ### and the heading on a line of its own", ["h6"] = "for a heading write ### and the heading on a line of its own",
        ["ul"] = "for a list start each item on its own line with '- '", ["ol"] = "for a numbered list start each item on its own line with '1. '",
        ["li"] = "for a list start each item on its own line with '- '",
        ["img"] = "images are shown only from a case study's 'image:' (src and alt); delete the tag",
        ["table"] = "for a table write Markdown's | columns | like this |, or delete the tags",
        ["tr"] = "for a table write Markdown's | columns | like this |, or delete the tags",
        ["td"] = "for a table write Markdown's | columns | like this |, or delete the tags",
        ["span"] = KeepWords, ["div"] = KeepWords, ["font"] = KeepWords, ["center"] = KeepWords, ["u"] = KeepWords,
        ["small"] = KeepWords, ["section"] = KeepWords, ["mark"] = KeepWords, ["sup"] = KeepWords, ["sub"] = KeepWords,
        ["blockquote"] = "for a quotation start its line with '> '",
        ["hr"] = "for a dividing line write --- on a line of its own, with a blank line above it",
        ["script"] = "scripts are never run on the site's pages; delete it", ["style"] = KeepWords, ["iframe"] = "embedded pages are not shown; link to the page with [the words to click](https://...) instead",
    };

    /// <summary>
    /// Warns when the text starts with a heading that repeats the heading the page already shows above it
    /// ("# Foreword" in a report, "# About us" on the page titled "About us"): it would show twice.
    /// </summary>
    public static void RepeatedHeading(string markdown, string relPath, int lineOffset, DiagnosticBag diags, params string[] pageHeadings)
    {
        MarkdownDocument doc;
        try { doc = MarkdownRenderer.Parse(markdown); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return; }
        // The same heading twice in one text (a section pasted twice, or copied from a draft) shows twice too.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var h in doc.Descendants<HeadingBlock>())
        {
            if (h.Inline is null) continue;
            var text = string.Concat(h.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            var key = h.Level + ":" + Squeeze(text);
            if (Squeeze(text).Length == 0) continue;
            if (seen.TryGetValue(key, out var firstLine))
                diags.Warning(new SourceLocation(relPath, lineOffset + h.Line + 1, h.Column + 1), ErrorCodes.RepeatedHeading,
                    $"the heading '{MapReader.Clip(text)}' is already used on line {firstLine}, so the page would show it twice; delete this heading, or give it other words");
            else seen[key] = lineOffset + h.Line + 1;
        }
        if (doc.FirstOrDefault() is not HeadingBlock { Inline: { } inline } heading) return;
        var words = string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        var same = pageHeadings.FirstOrDefault(h => Squeeze(h) == Squeeze(words) && Squeeze(h).Length > 0);
        if (same is null) return;
        diags.Warning(new SourceLocation(relPath, lineOffset + heading.Line + 1, heading.Column + 1), ErrorCodes.RepeatedHeading,
            $"the text starts with the heading '{MapReader.Clip(words.Trim())}', which the page already shows above it as '{same}', "
            + "so it would show twice; delete this heading line");
    }

    /// <summary>Letters and digits only, lower case: "Foreword:" and "foreword" are the same heading.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}

/// <summary>Site-relative links written in content, with where they were written, checked once the site's pages are known.</summary>
public sealed class InternalLinks
{
    private readonly System.Collections.Concurrent.ConcurrentBag<(string Url, SourceLocation At)> _items = [];

    private readonly System.Collections.Concurrent.ConcurrentBag<(string Url, SourceLocation At)> _relative = [];

    public void Add(string url, SourceLocation at) => _items.Add((url, at));
    public IEnumerable<(string Url, SourceLocation At)> All => _items;

    /// <summary>Adds a link written relative to the page ("team.md", "www.nhs.uk"), which the check reports.</summary>
    public void AddRelative(string url, SourceLocation at) => _relative.Add((url, at));
    public IEnumerable<(string Url, SourceLocation At)> Relative => _relative;

    private readonly System.Collections.Concurrent.ConcurrentBag<(string Url, SourceLocation At)> _fragments = [];

    /// <summary>Adds a link to a part of the page it is on ("#who-we-are"), checked against the ids of the pages showing it.</summary>
    public void AddFragment(string url, SourceLocation at) => _fragments.Add((url, at));
    public IEnumerable<(string Url, SourceLocation At)> Fragments => _fragments;
}
