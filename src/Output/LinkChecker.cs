using System.Text;
using System.Text.RegularExpressions;
using StatiqReport.Diagnostics;
using StatiqReport.Markdown;
using StatiqReport.Routing;

namespace StatiqReport.Output;

/// <summary>
/// The build's own link check: every site-relative link written in content, and every internal
/// href and src in the rendered pages (with its #fragment), must resolve to a file of the site.
/// A broken link is a located build error, not a surprise in production.
/// </summary>
public static partial class LinkChecker
{
    /// <summary>What the link check needs of one rendered page: its internal links (with lines) and its ids.</summary>
    public sealed record PageScan(string File, IReadOnlyList<(string Raw, int Line)> Links, IReadOnlySet<string> Ids)
    {
        /// <summary>The scan of a file that is not a page: no links, no ids.</summary>
        public static PageScan Empty(string file) => new(file, [], new HashSet<string>(StringComparer.Ordinal));
    }

    // Every page repeats the navigation, footer and chart ids: one copy of each string is kept for the whole build.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    private static string Intern(string s) => Pool.GetOrAdd(s, s);

    /// <summary>Reads a page's links and ids as it is rendered, so the pages need not be kept for the check.</summary>
    public static PageScan Scan(string file, string html)
    {
        var lines = new LineIndex(html);
        var links = new List<(string, int)>();
        foreach (Match m in LinkAttr().Matches(html))
        {
            var raw = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
            if (raw.StartsWith('#') || (raw.StartsWith('/') && !raw.StartsWith("//", StringComparison.Ordinal)))
                links.Add((Intern(raw), lines.LineOf(m.Index)));
        }
        links.TrimExcess();
        return new PageScan(file, links, IdAttr().Matches(html).Select(m => Intern(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The links written in content that can be judged before any page is made (a link relative to the page, such as
    /// www.nhs.uk or team.md): checked when the content has other errors and no page is made, so every mistake is
    /// reported in one run. A link from the top of the site needs the pages, and waits for them.
    /// </summary>
    public static void CheckWithoutPages(InternalLinks contentLinks, DiagnosticBag diags)
    {
        foreach (var (url, at) in contentLinks.Relative)
            diags.Error(at, ErrorCodes.BrokenLink, RelativeAdvice(url, _ => false, at.Path));
    }

    /// <summary>Checks every content link and every scanned page link against the files and ids of the site.</summary>
    /// <param name="shownAsText">Content links the pages show as text, not as links (to a metric no system reports): shown as a warning, not an error.</param>

    public static void Check(Func<string, bool> exists, IReadOnlyCollection<PageScan> pages, SiteUrls urls, InternalLinks contentLinks, DiagnosticBag diags,
        Func<string, bool>? shownAsText = null)
    {
        var ids = pages.ToDictionary(p => p.File, p => p.Ids, StringComparer.Ordinal);

        // A broken link written in content is reported once, where it was written, not again at each page showing it.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // The metrics that have a page (some system reports them): what a link to a metric without one may have meant.
        var metricPages = pages.Select(p => p.File).Where(f => f.Length > "metrics//index.html".Length && f.StartsWith("metrics/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal))
            .Select(f => f["metrics/".Length..^"/index.html".Length]).Where(id => id.Length > 0 && !id.Contains('/', StringComparison.Ordinal)).ToList();
        foreach (var (url, at) in contentLinks.All)
            if (shownAsText?.Invoke(url) == true && Routes.MetricIdOf(url) is { } unbuilt)
            {
                // A metric in metrics.yml that no system has figures for has no page: the link is published as its words alone
                // (as the README says), which is a warning, so a mistyped metric or a missing column of figures is seen.
                var meant = Suggest.Closest(unbuilt, metricPages.Where(m => m != unbuilt));
                diags.Warning(at, ErrorCodes.BrokenLink, $"the link '{MapReaderClip(url)}' points at the page of the metric '{unbuilt}', which has no page because no system has figures for it in data/metrics/, "
                    + "so the link is shown as plain words; add its figures, or link to another page" + (meant is null ? "" : $" (did you mean /metrics/{meant}/?)"));
                reported.Add(url);
            }
            else if (Resolve(url, exists) is null)
            {
                diags.Error(at, ErrorCodes.BrokenLink, $"the link '{MapReaderClip(url)}' points at no page of this site; check the address (pages end with '/', e.g. /systems/west-yorkshire/)");
                reported.Add(url);
            }
        // "#who-we-are" written in content: the pages' headings from Markdown carry no ids, so such a link is checked here,
        // where it was written, against the ids every page has (a part of the page the template gives an id).
        var everywhere = pages.Count == 0 || !contentLinks.Fragments.Any() ? new HashSet<string>(StringComparer.Ordinal)
            : pages.Select(p => p.Ids).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var (url, at) in contentLinks.Fragments)
        {
            if (everywhere.Contains(Uri.UnescapeDataString(url[1..]))) continue;
            diags.Error(at, ErrorCodes.BrokenLink,
                $"the link '{MapReaderClip(url)}' points at a part of the page by its id, but headings in the site's text have no ids to point at; link to the page itself, starting with '/' (e.g. /about/), or delete the link");
            reported.Add(url);
        }
        foreach (var (url, at) in contentLinks.Relative)
        {
            diags.Error(at, ErrorCodes.BrokenLink, RelativeAdvice(url, exists, at.Path));
            reported.Add(url);
        }

        foreach (var page in pages.OrderBy(p => p.File, StringComparer.Ordinal))
            foreach (var (raw, line) in page.Links)
            {
                string target;
                string? fragment = null;
                if (raw.StartsWith('#')) { if (reported.Contains(raw)) continue; target = page.File; fragment = raw[1..]; }
                else if (raw.StartsWith(urls.BasePath, StringComparison.Ordinal))
                {
                    var path = "/" + raw[urls.BasePath.Length..];
                    var hash = path.IndexOf('#');
                    if (hash >= 0) { fragment = path[(hash + 1)..]; path = path[..hash]; }
                    var resolved = Resolve(path, exists);
                    // The Welsh page shows the same text with its links under /cy/: a broken link there is the English one, reported already.
                    if (resolved is null && (reported.Contains(path) || (path.StartsWith("/cy/", StringComparison.Ordinal) && reported.Contains(path[3..])))) continue;
                    if (resolved is null)
                    {
                        diags.Error(new SourceLocation(page.File, line, 1), ErrorCodes.BrokenLink, $"the page links to '{MapReaderClip(raw)}', which the site does not have");
                        continue;
                    }
                    target = resolved;
                }
                else if (reported.Contains(raw)) continue;
                else
                {
                    diags.Error(new SourceLocation(page.File, line, 1), ErrorCodes.BrokenLink, $"the link '{MapReaderClip(raw)}' escapes the base path {urls.BasePath}");
                    continue;
                }
                if (fragment is { Length: > 0 } && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(Uri.UnescapeDataString(fragment)))
                    diags.Error(new SourceLocation(page.File, line, 1), ErrorCodes.BrokenLink, $"the link '{MapReaderClip(raw)}' points at '#{fragment}', which {(target == page.File ? "this page" : "/" + target)} does not have");
            }
    }

    /// <summary>
    /// What to write instead of a link relative to the page: a web address missing its https://, the page a
    /// content file ("team.md", "../case-studies/x.yml") is published as, or an address from the top of the site.
    /// </summary>
    private static string RelativeAdvice(string url, Func<string, bool> exists, string writtenIn)
    {
        var clipped = MapReaderClip(url);
        if (WebHost().IsMatch(url))
            return $"the link '{clipped}' has no https:// at the start, so it would lead to a page of this site that does not exist; write https://{clipped}";
        var path = url.Split('#', '?')[0].Replace('\\', '/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p is not ("." or "..")).ToList();
        if (parts.Count > 0 && parts[0] is "input" or "data") parts.RemoveAt(0);
        if (parts.Count > 0) parts[^1] = Path.GetFileNameWithoutExtension(parts[^1]) is { Length: > 0 } stem && Path.GetExtension(parts[^1]) is ".md" or ".yml" or ".yaml" or ".html" ? stem : parts[^1];
        var candidates = parts.Count == 0 ? [] : new[]
        {
            "/" + string.Join('/', parts) + "/",
            Routes.Page(parts[^1]),
            Routes.CaseStudy(parts[^1]),
            Routes.System(parts[^1]),
        };
        var found = candidates.FirstOrDefault(c => Resolve(c, exists) is not null);
        const string why = "does not start with '/', so where it leads would depend on the page showing it";
        if (found is null && LeadsOut(url, writtenIn) is { } where)
            return $"the link '{clipped}' leads {where}: "
                + "put the document on a web address and link to that (https://...), or link to a page of this site, starting with '/' (e.g. /about/)";
        return found is not null
            ? $"the link '{clipped}' {why}; write {found}, the address of that page on this site"
            : $"the link '{clipped}' {why}; write the address of a page of this site from the top, starting with '/' (e.g. /about/), or a full web address starting with https://";
    }

    // "../../../board-paper.md" written in data/case-studies/x.yml: more '..' than folders between the file and the site folder.
    // Null when the link stays in the data or input folder it was written in.
    private static string? LeadsOut(string url, string writtenIn)
    {
        var depth = writtenIn.Split('/').Length - 1;
        var least = depth;
        foreach (var part in url.Split('#', '?')[0].Replace('\\', '/').Split('/'))
        {
            if (part == "..") depth--;
            else if (part is not ("" or ".")) depth++;
            least = Math.Min(least, depth);
        }
        return least < 0 ? "out of the site folder, so it cannot work on the published site"
            : least == 0 ? "out of the data and input folders, to a file the site does not publish" : null;
    }

    /// <summary>The output file a site-relative path resolves to, or null.</summary>
    private static string? Resolve(string path, Func<string, bool> exists)
    {
        var q = path.IndexOfAny(['?', '#']);
        if (q >= 0) path = path[..q];
        path = Uri.UnescapeDataString(path);
        if (path.Split('/').Contains("..")) return null;
        var file = Routes.FileOf(path);
        if (exists(file)) return file;
        if (!path.EndsWith('/') && exists(Routes.FileOf(path + "/"))) return Routes.FileOf(path + "/");
        return null;
    }

    /// <summary>Line numbers of positions in a page, found by binary search (a page may have many broken links).</summary>
    private sealed class LineIndex(string text)
    {
        private List<int>? _newlines;

        public int LineOf(int index)
        {
            if (_newlines is null)
            {
                _newlines = [];
                for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _newlines.Add(i);
            }
            var at = _newlines.BinarySearch(index);
            return (at >= 0 ? at : ~at) + 1; // newlines before the index, plus one
        }
    }

    private static string MapReaderClip(string s) => Content.MapReader.Clip(s);

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttr();
    // "www.nhs.uk", "nhs.uk/anchors", "example.org": a web address typed without its scheme.
    [GeneratedRegex(@"^(www\.[^/\s]+|[a-z0-9-]+(\.[a-z0-9-]+)*\.(uk|org|com|net|gov|wales|cymru|scot|nhs|ac|co|io|info|eu)(/.*)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebHost();
    [GeneratedRegex("\\sid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttr();
}
