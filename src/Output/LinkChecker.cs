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
    public static void Check(IReadOnlyDictionary<string, byte[]> files, SiteUrls urls, InternalLinks contentLinks, DiagnosticBag diags)
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            lock (ids)
            {
                if (ids.TryGetValue(file, out var set)) return set;
                set = IdAttr().Matches(Encoding.UTF8.GetString(files[file])).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                ids[file] = set;
                return set;
            }
        }

        foreach (var (url, at) in contentLinks.All)
            if (Resolve(url, files) is null)
                diags.Error(at, ErrorCodes.BrokenLink, $"the link '{MapReaderClip(url)}' points at no page of this site; check the address (pages end with '/', e.g. /systems/west-yorkshire/)");

        Parallel.ForEach(files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), page =>
        {
            var html = Encoding.UTF8.GetString(page.Value);
            var lines = new LineIndex(html);

            foreach (Match m in LinkAttr().Matches(html))
            {
                var raw = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
                string target;
                string? fragment = null;
                if (raw.StartsWith('#')) { target = page.Key; fragment = raw[1..]; }
                else if (raw.StartsWith(urls.BasePath, StringComparison.Ordinal) && !raw.StartsWith("//", StringComparison.Ordinal))
                {
                    var path = "/" + raw[urls.BasePath.Length..];
                    var hash = path.IndexOf('#');
                    if (hash >= 0) { fragment = path[(hash + 1)..]; path = path[..hash]; }
                    var resolved = Resolve(path, files);
                    if (resolved is null)
                    {
                        diags.Error(new SourceLocation(page.Key, lines.LineOf(m.Index), 1), ErrorCodes.BrokenLink, $"the page links to '{MapReaderClip(raw)}', which the site does not have");
                        continue;
                    }
                    target = resolved;
                }
                else if (raw.StartsWith('/') && !raw.StartsWith("//", StringComparison.Ordinal))
                {
                    diags.Error(new SourceLocation(page.Key, lines.LineOf(m.Index), 1), ErrorCodes.BrokenLink, $"the link '{MapReaderClip(raw)}' escapes the base path {urls.BasePath}");
                    continue;
                }
                else continue; // external or relative: not checked here
                if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(Uri.UnescapeDataString(fragment)))
                    diags.Error(new SourceLocation(page.Key, lines.LineOf(m.Index), 1), ErrorCodes.BrokenLink, $"the link '{MapReaderClip(raw)}' points at '#{fragment}', which {(target == page.Key ? "this page" : "/" + target)} does not have");
            }
            
        });
    }

    /// <summary>The output file a site-relative path resolves to, or null.</summary>
    private static string? Resolve(string path, IReadOnlyDictionary<string, byte[]> files)
    {
        var q = path.IndexOfAny(['?', '#']);
        if (q >= 0) path = path[..q];
        path = Uri.UnescapeDataString(path);
        if (path.Split('/').Contains("..")) return null;
        var file = Routes.FileOf(path);
        if (files.ContainsKey(file)) return file;
        if (!path.EndsWith('/') && files.ContainsKey(Routes.FileOf(path + "/"))) return Routes.FileOf(path + "/");
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
    [GeneratedRegex("\\sid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttr();
}
