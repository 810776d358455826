using StatiqReport.Diagnostics;
using StatiqReport.Localisation;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>
/// Loads the interface strings: the bundled <c>theme/strings/&lt;lang&gt;.yml</c>, then a site's own
/// <c>theme/strings/&lt;lang&gt;.yml</c>, whose keys replace the bundled ones. A site file may hold only
/// the keys it changes; an unknown key, a new placeholder or a wrong shape is a located error.
/// </summary>
public static class StringsLoader
{
    /// <summary>The languages the bundled theme speaks.</summary>
    public static readonly string[] Languages = ["en", "cy"];

    public static string BundledFolder => Path.Combine(Output.ThemeAssets.BundledFolder, "strings");

    public static IReadOnlyDictionary<string, Strings> Load(ContentRoot root, DiagnosticBag diags)
    {
        var result = new Dictionary<string, Strings>(StringComparer.Ordinal);
        foreach (var lang in Languages)
        {
            var bundledPath = Path.Combine(BundledFolder, lang + ".yml");
            if (!File.Exists(bundledPath)) throw new InvalidOperationException($"the bundled interface strings {bundledPath} are missing; reinstall StatiqReport");
            var bundledDiags = new DiagnosticBag();
            var bundled = Read(File.ReadAllText(bundledPath), new FileContext($"theme/strings/{lang}.yml", bundledDiags), lang, null);
            if (bundledDiags.HasErrors)
                throw new InvalidOperationException($"the bundled {bundledPath} is invalid: {bundledDiags.Sorted()[0]}");
            var merged = new Dictionary<string, StringEntry>(bundled, StringComparer.Ordinal);
            var rel = $"theme/strings/{lang}.yml";
            if (root.Exists(rel))
            {
                var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
                if (text is not null)
                    foreach (var (k, v) in Read(text, new FileContext(rel, diags), lang, bundled)) merged[k] = v;
            }
            result[lang] = new Strings(lang, merged);
        }
        foreach (var rel in root.Files("theme/strings", "*.yml", recursive: false))
            if (!Languages.Contains(Path.GetFileNameWithoutExtension(rel)))
                diags.Error(SourceLocation.File(rel), ErrorCodes.UnknownString,
                    $"there are no bundled interface strings for language '{Path.GetFileNameWithoutExtension(rel)}'; name the file {string.Join(" or ", Languages.Select(l => l + ".yml"))}");
        return result;
    }

    /// <summary>Reads one strings file; with <paramref name="bundled"/>, checks each entry against the bundled one it replaces.</summary>
    private static Dictionary<string, StringEntry> Read(string text, FileContext file, string lang, IReadOnlyDictionary<string, StringEntry>? bundled)
    {
        var entries = new Dictionary<string, StringEntry>(StringComparer.Ordinal);
        var node = YamlDocument.Parse(text, file, out var failed);
        if (failed || node is null) return entries;
        if (node is not YamlMappingNode map)
        {
            file.Error(file.At(node.Start), ErrorCodes.WrongShape, $"expected the interface strings as 'key: text' lines, found {MapReader.Describe(node)}");
            return entries;
        }
        var categories = Strings.Categories(lang);
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } key })
            {
                file.Error(file.At(k.Start), ErrorCodes.WrongType, "a key of the interface strings must be plain text");
                continue;
            }
            StringEntry? original = null;
            if (bundled is not null && !bundled.TryGetValue(key, out original))
            {
                file.Error(file.At(k.Start), ErrorCodes.UnknownString,
                    $"unknown interface string '{key}'{Suggest.Hint(key, bundled.Keys)}; the keys are those of the bundled theme/strings/{lang}.yml");
                continue;
            }
            StringEntry? entry = null;
            if (v is YamlScalarNode { Value: { } s }) entry = new StringEntry(s, null);
            else if (v is YamlMappingNode forms)
            {
                var dict = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (fk, fv) in forms.Children)
                {
                    var cat = (fk as YamlScalarNode)?.Value ?? "";
                    if (!categories.Contains(cat))
                        file.Error(file.At(fk.Start), ErrorCodes.InvalidString,
                            $"'{MapReader.Clip(cat)}' is not a plural form in '{key}'{Suggest.Hint(cat, categories)}; {lang} uses {string.Join(", ", categories)}");
                    else if (fv is YamlScalarNode { Value: { } form }) dict[cat] = form;
                    else file.Error(file.At(fv.Start), ErrorCodes.InvalidString, $"the plural form '{cat}' of '{key}' must be text, found {MapReader.Describe(fv)}");
                }
                if (!dict.ContainsKey("other"))
                    file.Error(file.At(v.Start), ErrorCodes.InvalidString, $"the plural forms of '{key}' need 'other', the form for any number not listed");
                else entry = new StringEntry(null, dict);
            }
            else file.Error(file.At(v.Start), ErrorCodes.InvalidString, $"'{key}' must be text or a mapping of plural forms, found {MapReader.Describe(v)}");
            if (entry is null) continue;
            if (original is not null)
            {
                if (original.Text is not null && entry.Text is null)
                {
                    file.Error(file.At(v.Start), ErrorCodes.InvalidString, $"'{key}' is one text, not plural forms; write it as '{key}: text'");
                    continue;
                }
                var allowed = original.Templates.SelectMany(Strings.Placeholders).ToHashSet(StringComparer.Ordinal);
                if (original.Forms is not null) allowed.Add("n");
                var unknown = entry.Templates.SelectMany(Strings.Placeholders).Where(p => !allowed.Contains(p)).Distinct().ToList();
                if (unknown.Count > 0)
                {
                    file.Error(file.At(v.Start), ErrorCodes.InvalidString,
                        $"'{key}' uses {string.Join(", ", unknown.Select(p => "{" + p + "}"))}, which this string does not have; " +
                        (allowed.Count == 0 ? "it takes no placeholders" : $"it can use {string.Join(", ", allowed.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"))}"));
                    continue;
                }
            }
            entries[key] = entry;
        }
        return entries;
    }
}
