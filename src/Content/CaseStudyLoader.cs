using System.Text.RegularExpressions;
using StatiqReport.Diagnostics;
using StatiqReport.Markdown;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>Loads data/case-studies/**/&lt;id&gt;.yml (sub-folders allowed; the id is the file name).</summary>
public static partial class CaseStudyLoader
{
    internal static readonly string[] Keys =
    [
        "title", "system", "principles", "summary", "faced", "did", "results", "domains", "period", "published",
        "organisations", "figures", "stages", "quotes", "sources", "image", "illustrative",
    ];
    internal static readonly string[] FigureKeys = ["value", "unit", "label"];
    internal static readonly string[] StageKeys = ["label", "value"];
    internal static readonly string[] QuoteKeys = ["text", "by"];
    internal static readonly string[] SourceKeys = ["title", "url", "publisher", "date"];
    internal static readonly string[] ImageKeys = ["src", "alt"];

    /// <param name="cache">Case studies an earlier build parsed, by a hash of the file; null to parse every file.</param>
    public static IReadOnlyList<CaseStudy> Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs, ContentCache? cache = null)
    {
        var files = root.Files("data/case-studies", "*.yml", recursive: true).Concat(root.Files("data/case-studies", "*.yaml", true)).Order(StringComparer.Ordinal).ToList();
        var result = new System.Collections.Concurrent.ConcurrentBag<CaseStudy>();
        Parallel.ForEach(files, rel =>
        {
            if (cache is null)
            {
                if (LoadOne(root, rel, diags, refs) is { } c) result.Add(c);
                return;
            }
            // With a cache: a file whose bytes did not change is not parsed again; its references and links are replayed.
            byte[] bytes;
            try { bytes = File.ReadAllBytes(root.Full(rel)); }
            catch (IOException) { bytes = []; }
            catch (UnauthorizedAccessException) { bytes = []; }
            var key = ContentCache.Key(rel, bytes);
            // An image is checked on disk each time: it is outside the file the key covers.
            if (bytes.Length > 0 && cache.Get(key) is { } hit && (hit.CaseStudy.Image is null || root.Exists(hit.CaseStudy.Image.Src)))
            {
                foreach (var r in hit.References) refs.Add(r.Kind, r.Id, r.At);
                foreach (var (url, at) in hit.Links) refs.Links.Add(url, at);
                result.Add(hit.CaseStudy);
                return;
            }
            var ownDiags = new DiagnosticBag();
            var ownRefs = new ReferenceList();
            var loaded = LoadOne(root, rel, ownDiags, ownRefs);
            foreach (var d in ownDiags.Sorted()) diags.Add(d);
            foreach (var r in ownRefs.All) refs.Add(r.Kind, r.Id, r.At);
            foreach (var (url, at) in ownRefs.Links.All) refs.Links.Add(url, at);
            if (loaded is null) return;
            result.Add(loaded);
            if (ownDiags.Sorted().Count == 0 && bytes.Length > 0) cache.Put(key, new ContentCache.Entry(loaded, ownRefs.All.ToList(), ownRefs.Links.All.ToList()));
        });
        return DuplicateIds.Check(result, c => c.Id, c => c.Location, "case study", diags);
    }

    internal static CaseStudy? LoadOne(ContentRoot root, string rel, DiagnosticBag diags, ReferenceList refs)
    {
        var file = new FileContext(rel, diags);
        var id = Path.GetFileNameWithoutExtension(rel);
        if (CopyName.Reported(root, rel, file, id, "case study",
                "if it is a new case study, rename it to an id of its own, lower-case words joined by hyphens that say what it is about (the file name is its web address)"))
            return null;
        if (!MapReader.IsId(id))
        {
            diags.Error(file.Start, ErrorCodes.InvalidId, $"the file name '{id}' is the case study's id and must be lower-case words joined by hyphens; rename it to '{MapReader.ToId(id)}.yml', or to the id the rest of the site already uses for it");
            return null;
        }
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return null;
        var node = YamlDocument.Parse(text, file, out var failed);
        if (failed) return null;
        var r = MapReader.Of(node, file, $"case study '{id}'", Keys);
        if (r is null) return null;

        var title = r.RequiredText("title");
        var system = r.Reference("system", ReferenceKind.System, refs, required: true);
        var principles = r.References("principles", ReferenceKind.Principle, refs, required: true);
        var domains = r.References("domains", ReferenceKind.Domain, refs);
        var summary = r.RequiredText("summary");
        var faced = r.RequiredText("faced");
        var did = r.RequiredText("did");
        var results = r.RequiredText("results");
        foreach (var (key, md) in new[] { ("summary", summary), ("faced", faced), ("did", did), ("results", results) })
            if (md is not null) CheckMarkdown(r, key, md, rel, diags, refs);
        var period = r.PeriodValue("period");
        var published = r.Date("published");

        var figures = r.Objects("figures", "a figure", FigureKeys)
            .Select(f => (f.Number("value", true), Unit(f), f.RequiredText("label")) is ({ } v, { } u, { } l) ? new Figure(v, u.Trim(), l) : null)
            .OfType<Figure>().ToList();
        var stages = r.Objects("stages", "a programme stage", StageKeys)
            .Select(s => (s.RequiredText("label"), s.Number("value", true)) is ({ } l, { } v) ? new Stage(l, v) : null)
            .OfType<Stage>().ToList();
        var quotes = r.Objects("quotes", "a quote", QuoteKeys)
            .Select(q => (q.RequiredText("text"), q.RequiredText("by")) is ({ } t, { } b) ? new Quote(t, b) : null)
            .OfType<Quote>().ToList();
        var sources = r.Objects("sources", "a source", SourceKeys).Select(ReadSource).OfType<SourceRef>().ToList();
        var image = ReadImage(root, r);
        // Read before giving up on the case study, so that their mistakes are reported in the same run.
        var organisations = r.TextList("organisations");
        var illustrative = r.Bool("illustrative") ?? false;

        if (title is null || system is null || summary is null || faced is null || did is null || results is null || principles.Count == 0)
            return null;
        return new CaseStudy(id, title.Trim(), system, principles.Select(p => p.Id).Distinct().ToList(), summary.Trim(), faced, did, results,
            domains.Select(d => d.Id).Distinct().ToList(), period, published, organisations,
            figures, stages, quotes, sources, image, illustrative, r.Location)
        { SummaryText = MarkdownRenderer.ToPlainText(summary.Trim()).ReplaceLineEndings(" ") };
    }

    /// <summary>Checks links in a Markdown field at their position in the YAML file.</summary>
    internal static void CheckMarkdown(MapReader r, string key, string markdown, string rel, DiagnosticBag diags, ReferenceList refs)
    {
        var at = r.At(key);
        if (r.IsBlockScalar(key))
            MarkdownCheck.Links(markdown, rel, at.Line, diags, refs.Links, r.KeyAt(key).Column + 1);
        else
            MarkdownCheck.Links(markdown, rel, at.Line - 1, diags, refs.Links, at.Column - 1);
    }

    private static SourceRef? ReadSource(MapReader s)
    {
        var title = s.RequiredText("title");
        var url = s.Text("url");
        if (url is not null && !UrlPolicy.IsWebAddress(url))
        {
            s.File.Error(s.At("url"), ErrorCodes.UnsafeUrl, $"a source's 'url' must be an https:// address, found '{MapReader.Clip(url)}'");
            url = null;
        }
        var date = s.Text("date");
        if (date is not null && !SourceDate().IsMatch(date))
        {
            s.File.Error(s.At("date"), ErrorCodes.InvalidDate, $"a source's 'date' must be a year, year-month or ISO date (2024, 2024-08 or 2024-08-16), found '{MapReader.Clip(date)}'{(DateHint.MonthOrDayFix(date) is { } fix ? "; " + fix : "")}");
            date = null;
        }
        return title is null ? null : new SourceRef(title.Trim(), url?.Trim(), s.Text("publisher"), date);
    }

    /// <summary>
    /// A named image that is not there: the file it names, and the picture it most likely meant (the same
    /// name with other capitals, which Windows finds but the Linux publisher does not, or a near name).
    /// </summary>
    private static string MissingImage(ContentRoot root, string normal)
    {
        var folder = Path.GetDirectoryName(root.Full(normal));
        var name = Path.GetFileName(normal);
        var near = folder is not null && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
                .Where(f => ContentLayout.ImageExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList()
            : [];
        var dir = normal.Contains('/') ? normal[..(normal.LastIndexOf('/') + 1)] : "";
        var guess = near.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase))
            ?? Diagnostics.Suggest.Closest(name, near);
        if (guess is null && Elsewhere(root, name) is { } other)
            return $"there is no file '{MapReader.Clip(normal)}', but there is an image of that name at {other}: "
                + (other.StartsWith("input/images/", StringComparison.Ordinal) ? $"write src: {other}" : $"move it into input/images/ and write src: input/images/{Path.GetFileName(other)}, or write src: {other}");
        var hint = guess is null ? "" : string.Equals(guess, name, StringComparison.OrdinalIgnoreCase)
            ? $" There is '{dir}{guess}': capital letters count (Windows finds it, the machine that publishes the site does not), so write src: {dir}{guess}."
            : $" Did you mean src: {dir}{guess}?";
        return $"there is no file '{MapReader.Clip(normal)}': put the image there, or correct the name in src.{hint}";
    }

    /// <summary>Where else under input/ and data/ an image of that name (any capitals) is, input/images/ first, or null.</summary>
    private static string? Elsewhere(ContentRoot root, string name)
    {
        foreach (var top in new[] { "input", "data" })
        {
            var full = root.Full(top);
            if (!Directory.Exists(full)) continue;
            var found = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = ContentLimits.MaxFolderDepth, MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System })
                .Where(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(root.FullPath, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).FirstOrDefault();
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>A figure's or metric's unit; a sign for a unit with a word ("£" is gbp, "%" is percent) is answered with the word.</summary>
    internal static string? Unit(MapReader r)
    {
        var unit = r.RequiredText("unit");
        if (unit is not null && YamlValueMistakes.MoneyScale(unit) is { } scale)
        {
            r.File.Error(r.At("unit"), ErrorCodes.InvalidChoice,
                $"'{MapReader.Clip(unit.Trim())}' ({scale.Words}) would be shown after every figure, as in 1,200,000 {MapReader.Clip(unit.Trim())}: "
                + $"write unit: gbp and give every figure in pounds ({scale.Example}); the site then shows it as £1.2m");
            return null;
        }
        if (unit is null || YamlValueMistakes.UnitWord(unit) is not { } word || word == unit.Trim()) return unit;
        var capitals = word.Equals(unit.Trim(), StringComparison.OrdinalIgnoreCase) ? " in small letters" : "";
        var shown = word switch { "percent" => "23.5%, and a change in percentage points", "gbp" => "£1.2m", _ => "1,234" };
        r.File.Error(r.At("unit"), ErrorCodes.InvalidChoice,
            $"'{MapReader.Clip(unit.Trim())}' would be shown after each number as written (23.5 {MapReader.Clip(unit.Trim())}): write unit: {word}{capitals}, so that figures show as {shown}");
        return null;
    }

    /// <summary>
    /// An image named under <paramref name="key"/> (a case study's 'image', a report's 'cover'): a file inside the
    /// site folder, an image, with alt text; null (and located errors) otherwise.
    /// </summary>
    internal static ImageRef? ReadImage(ContentRoot root, MapReader r, string key = "image")
    {
        if (r.Node(key) is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } path })
        {
            // "image: input/images/x.jpg": the picture needs its alt text too, so it is two keys under it.
            r.File.Error(r.At(key), ErrorCodes.WrongShape,
                $"an image is written with two keys under it, src (the file) and alt (what it shows): write {key}: {{src: {MapReader.Clip(path.Trim())}, alt: \"what the picture shows\"}}, "
                + $"or {key}: on its own line with src: and alt: on the lines below it, indented");
            return null;
        }
        var img = r.Object(key, "an image", ImageKeys);
        if (img is null) return null;
        var src = img.Text("src", required: true);
        var alt = img.Text("alt");
        if (alt is null || alt.Trim().Length == 0)
            r.File.Error(img.Has("alt") ? img.At("alt") : img.Location, ErrorCodes.ImageAltMissing,
                "the image has no 'alt' text; describe what it shows for people who cannot see it (alt: \"Staff planting trees at the hospital\")");
        if (src is null) return null;
        var normal = src.Replace('\\', '/').TrimStart('/');
        var full = root.Full(normal);
        if (!UrlPolicy.IsSafeLink(src) || src.Contains(':') || normal.Split('/').Contains("..") || !root.IsInside(full))
        {
            r.File.Error(img.At("src"), ErrorCodes.ImageNotFound,
                $"image '{MapReader.Clip(src)}' is not a file inside the site folder; put the image in input/images/ and write its path, e.g. src: input/images/photo.jpg");
            return null;
        }
        if (!File.Exists(full))
        {
            r.File.Error(img.At("src"), ErrorCodes.ImageNotFound, MissingImage(root, normal));
            return null;
        }
        if (!ContentLayout.ImageExtensions.Contains(Path.GetExtension(normal).ToLowerInvariant()))
        {
            r.File.Error(img.At("src"), ErrorCodes.ImageNotFound, $"'{MapReader.Clip(src)}' is not an image; use a .jpg, .png, .webp, .gif, .avif or .svg file");
            return null;
        }
        if (Path.GetExtension(normal).Equals(".svg", StringComparison.OrdinalIgnoreCase) && SvgHasScript(full))
        {
            r.File.Error(img.At("src"), ErrorCodes.ImageNotFound,
                $"the SVG image '{MapReader.Clip(src)}' contains script (a <script> element, an 'on...' event attribute or a javascript: address), which would run when the image is opened on the site; remove it or save the image as .png");
            return null;
        }
        return alt is null || alt.Trim().Length == 0 ? null : new ImageRef(normal, alt.Trim());
    }

    /// <summary>
    /// True when an SVG could run script if opened at its own address (it is published with the site):
    /// script-like elements, event attributes or script addresses, also when written with character references.
    /// </summary>
    private static bool SvgHasScript(string fullPath)
    {
        string text;
        try { text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(fullPath)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; }
        if (SvgScriptElement().IsMatch(text) || SvgEventAttribute().IsMatch(text)) return true;
        var squeezed = new string(text.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return squeezed.Contains("javascript:", StringComparison.Ordinal) || squeezed.Contains("vbscript:", StringComparison.Ordinal)
               || squeezed.Contains("data:text/html", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<\s*(script|foreignObject|iframe|embed|object|handler)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SvgScriptElement();
    [GeneratedRegex(@"<[^>]*[\s""'/]on[a-z]+\s*=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SvgEventAttribute();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceDate();
}
