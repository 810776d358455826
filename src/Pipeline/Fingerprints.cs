using System.Security.Cryptography;
using System.Text;
using StatiqReport.Content;
using StatiqReport.Model;

namespace StatiqReport.Pipeline;

/// <summary>
/// What a page is made from, as a hash, so a page whose inputs did not change since the previous build
/// is reused from the previous output instead of being made and rendered again.
///
/// Every page depends on the "shared" inputs: the program (its code and compiled templates), the
/// bundled and the site's theme files (interface strings), the build settings, and every content file
/// except case studies and metric values. On top of that, a case-study page depends on its own files
/// (English and Welsh); a system page on its system's case studies and metric values; a report page on
/// its system's metric values and the case studies it features; a principle page on its case studies; a
/// domain page on its case studies and its metrics' values; a metric page on its values; an index on
/// the counts it shows; the search, free and not-found pages on the shared inputs only. The set of
/// metrics that any system reports is a shared input too (it decides which metric pages exist and so
/// whether a page links to a metric or names it as text). How many systems there are is in the shared
/// inputs (data/systems/), so a site that goes from one system to two makes every page again. The home
/// page and the case-studies index list every case study and are always made again; on a one-system
/// site the home page also shows that system's reports and latest figures, which is one more reason.
/// </summary>
public sealed class Fingerprints
{
    private readonly string _shared;
    private readonly Dictionary<string, string> _files;
    private readonly Dictionary<string, string> _values;
    private readonly Dictionary<string, string> _metricValues;
    private readonly SiteModel _site;
    private readonly string _drawing;

    public Fingerprints(ContentRoot root, SiteModel site, BuildSettings settings, bool bilingual)
    {
        _site = site;
        _files = new Dictionary<string, string>(StringComparer.Ordinal);
        var content = root.Files("data", "*", recursive: true).Concat(root.Files("data", "*", true, translations: true))
            .Concat(root.Files("input", "*", true)).Concat(root.Files("input", "*", true, translations: true))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var (rel, hash) in content.AsParallel().AsOrdered().Select(rel => (rel, Hash(File.ReadAllBytes(root.Full(rel))))))
            _files[rel] = hash;

        var shared = new StringBuilder();
        shared.Append("program ").Append(typeof(Fingerprints).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        shared.Append("settings ").Append(settings.BaseUrl ?? "/").Append(' ').Append(settings.Pdf).Append(' ').Append(bilingual).Append(' ').Append(settings.AllowPlaceholders).Append('\n');
        foreach (var f in ThemeFiles(root)) shared.Append("theme ").Append(f.Name).Append(' ').Append(f.Hash).Append('\n');
        foreach (var (rel, hash) in _files)
            if (!rel.StartsWith("data/case-studies/", StringComparison.Ordinal) && !rel.StartsWith("data/metrics/", StringComparison.Ordinal))
                shared.Append(rel).Append(' ').Append(hash).Append('\n');
        // Which metrics any system reports decides which metric pages exist, so every page that might name a
        // metric (lists, report highlights, Markdown links) shows it as a link or as text: a change there makes every page again.
        shared.Append("reported ").AppendJoin(',', site.Values.Select(v => v.MetricId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)).Append('\n');
        _shared = Hash(Encoding.UTF8.GetBytes(shared.ToString()));
        // What a share card is drawn with: the program and the font files (not the rest of the theme or content).
        var fonts = new[] { Rendering.ShareCardFonts.RegularFile, Rendering.ShareCardFonts.BoldFile }.Select(f => Hash(File.ReadAllBytes(Rendering.ShareCardFonts.Path(f))));
        _drawing = Hash(Encoding.UTF8.GetBytes("program " + typeof(Fingerprints).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " fonts " + string.Join(' ', fonts)));

        // A system's metric values as published (every field a page may show), in a fixed order.
        _values = site.Values.GroupBy(v => v.SystemId).ToDictionary(g => g.Key, g => Hash(Pages.DataFiles.Csv(g)), StringComparer.Ordinal);
        _metricValues = site.Values.GroupBy(v => v.MetricId).ToDictionary(g => g.Key, g => Hash(Pages.DataFiles.Csv(g)), StringComparer.Ordinal);
    }

    public string CaseStudy(CaseStudy c) => Key(["case-study", c.Id, CaseFiles(c)]);

    public string System(SystemProfile s, IEnumerable<CaseStudy> caseStudies) =>
        Key(["system", s.Id, _values.GetValueOrDefault(s.Id, ""), .. caseStudies.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id + ":" + CaseFiles(c))]);

    public string Report(AnnualReport r) =>
        Key(["report", r.Location.Path, _values.GetValueOrDefault(r.SystemId, ""),
            .. r.Themes.SelectMany(t => t.CaseStudies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => id + ":" + CaseFiles(_site.CaseStudy(id)))]);

    /// <summary>
    /// A share card: exactly what it shows (<see cref="Rendering.ShareCard.Describe"/>), the program that draws it
    /// and the font files it is drawn with; nothing else. An edit that leaves a card's text alone (a foreword,
    /// another page, site.yml) does not redraw it.
    /// </summary>
    public string ShareCard(string description) =>
        Hash(Encoding.UTF8.GetBytes(_drawing + "\u001fshare-card\u001f" + description));

    /// <summary>A page made from the shared inputs alone (search, a free page, not found, the reports index).</summary>
    public string Shared(string page) => Key(["shared", page]);

    /// <summary>A page that lists case studies (a principle page).</summary>
    public string Listing(string page, IEnumerable<CaseStudy> caseStudies) =>
        Key(["listing", page, .. caseStudies.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id + ":" + CaseFiles(c))]);

    /// <summary>A domain page: its case studies and every value of its metrics.</summary>
    public string Domain(Domain d, IEnumerable<CaseStudy> caseStudies, IEnumerable<MetricDefinition> metrics) =>
        Key(["domain", d.Id, .. metrics.Select(m => m.Id + "=" + _metricValues.GetValueOrDefault(m.Id, "")),
            .. caseStudies.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id + ":" + CaseFiles(c))]);

    /// <summary>A system's data download that shows only its values (the workbook).</summary>
    public string SystemData(string systemId) => Key(["system-data", systemId, _values.GetValueOrDefault(systemId, "")]);

    /// <summary>A metric page: every value of the metric.</summary>
    public string Metric(MetricDefinition m) => Key(["metric", m.Id, _metricValues.GetValueOrDefault(m.Id, "")]);

    /// <summary>An index that shows counts (case studies per system or principle, systems per metric): the counts.</summary>
    public string Counts(string page, IEnumerable<string> counts) => Key(["counts", page, .. counts]);

    private string CaseFiles(CaseStudy c) =>
        _files.GetValueOrDefault(c.Location.Path, "") + "+" + _files.GetValueOrDefault(WelshLoader.WelshPath(c.Location.Path), "");

    private string Key(IEnumerable<string> parts) => Hash(Encoding.UTF8.GetBytes(_shared + "\u001f" + string.Join("\u001f", parts)));

    private static IEnumerable<(string Name, string Hash)> ThemeFiles(ContentRoot root)
    {
        var bundled = Output.ThemeAssets.BundledFolder;
        if (Directory.Exists(bundled))
            foreach (var f in Directory.EnumerateFiles(bundled, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return ("bundled/" + Path.GetRelativePath(bundled, f).Replace('\\', '/'), Hash(File.ReadAllBytes(f)));
        foreach (var rel in root.Files("theme", "*", recursive: true))
            yield return (rel, Hash(File.ReadAllBytes(root.Full(rel))));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
