using System.Globalization;
using System.Text.RegularExpressions;
using StatiqReport.Diagnostics;
using StatiqReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>
/// Reads one YAML mapping against a declared set of keys: unknown keys are reported with a
/// did-you-mean hint, missing and mistyped values with their position. Each accessor returns
/// null (or an empty list) after reporting, so loading goes on and every error is found in one run.
/// </summary>
public sealed partial class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public FileContext File { get; }
    public string What { get; }

    private MapReader(YamlMappingNode node, FileContext file, string what, IReadOnlyCollection<string> allowed)
    {
        _node = node;
        File = file;
        What = what;
        var children = node.Children.ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var (k, v) = children[i];
            if (k is not YamlScalarNode key || key.Value is null)
            {
                file.Error(file.At(k.Start), ErrorCodes.WrongType, $"a key of {what} must be plain text");
                continue;
            }
            if (node.Style == YamlDotNet.Core.Events.MappingStyle.Flow && CommaInNumber(children, i) is { Groups: > 0 } split)
            {
                // {value: 1,200, unit: count}: inside { } the comma ends the value, so YAML reads 1 and a key '200'.
                file.Error(file.At(v.Start), ErrorCodes.InvalidNumber, $"'{key.Value}' of {what} is written {split.Written}, and inside {{ }} a comma ends a value, "
                    + $"so this would be read as {((YamlScalarNode)v).Value}; {split.Fix}");
                _entries[key.Value] = (key, new YamlScalarNode("") { Style = ScalarStyle.SingleQuoted });
                _brokenNumbers.Add(key.Value);
                i += split.Groups;
                continue;
            }
            if (!allowed.Contains(key.Value) && node.Style == YamlDotNet.Core.Events.MappingStyle.Flow && i > 0 && IsNull(v) && key.Value.Contains(' ')
                && children[i - 1] is { Key: YamlScalarNode { Value: { } before }, Value: YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } })
            {
                // {label: apprentices, including 200 new}: inside { } the comma ends the label, and the rest is read as a key.
                file.Error(file.At(key.Start), ErrorCodes.SyntaxError,
                    $"inside {{ }} a comma ends a value, so '{Clip(key.Value)}' is read as a key of its own: put the text with its comma in double quotes, as in {before}: \"{Clip(text + ", " + key.Value)}\"");
                continue;
            }
            if (!allowed.Contains(key.Value))
            {
                file.Error(file.At(key.Start), ErrorCodes.UnknownKey,
                    LookAlike.First(key.Value) is not null && Suggest.Closest(key.Value, allowed) is { } looksSame
                        // "\uFEFFsummary" pasted from a web page: "did you mean 'summary'?" would look the same as what is there.
                        ? $"the key '{looksSame}' here is not read, as it holds a character that is not a letter{LookAlike.Note(key.Value)}"
                        : $"unknown key '{key.Value}' in {what}{Suggest.Hint(key.Value, allowed)}; allowed keys: {string.Join(", ", allowed)}");
                if (Suggest.Closest(key.Value, allowed) is { } meant) _misspelt.Add(meant);
                continue;
            }
            _entries[key.Value] = (key, v);
        }
    }

    // Keys whose number was split by a comma inside { }: reported already, so not read as a number or reported again.
    private readonly HashSet<string> _brokenNumbers = new(StringComparer.Ordinal);

    /// <summary>
    /// For the entry at <paramref name="i"/> with a number value, the digit-only keys without a value that follow it
    /// ("1,200" read as 1 and a key '200'): how many, the number as written, and the fix.
    /// </summary>
    private static (int Groups, string Written, string Fix)? CommaInNumber(List<KeyValuePair<YamlNode, YamlNode>> children, int i)
    {
        if (children[i].Value is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { Length: > 0 } first } || !first.All(char.IsAsciiDigit)) return null;
        var groups = new List<string>();
        for (var j = i + 1; j < children.Count; j++)
        {
            if (children[j].Key is not YamlScalarNode { Value: { Length: > 0 } g } || !g.All(char.IsAsciiDigit) || !IsNull(children[j].Value)) break;
            groups.Add(g);
        }
        if (groups.Count == 0) return null;
        var written = first + "," + string.Join(",", groups);
        var thousands = first.Length <= 3 && groups.All(g => g.Length == 3);
        var fix = thousands
            ? $"write {first}{string.Concat(groups)}, without the comma"
            : "it is unclear whether the comma is a decimal point or a thousands separator: write the number without commas, with '.' as the decimal point";
        return (groups.Count, written, fix);
    }

    // Keys that an unknown key was taken to be a misspelling of ("sumary" for "summary"): when such a
    // key is required and missing, the unknown key's error has said it all, so there is no second error.
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);

    /// <summary>A reader for a node that must be a mapping; null after reporting otherwise.</summary>
    public static MapReader? Of(YamlNode? node, FileContext file, string what, IReadOnlyCollection<string> allowed, SourceLocation? where = null)
    {
        if (node is YamlMappingNode map) return new MapReader(map, file, what, allowed);
        file.Error(node is null ? where ?? file.Start : file.At(node.Start), ErrorCodes.WrongShape, node switch
        {
            null => $"{what} has nothing in it; write its 'key: value' lines, one per line, such as title: ... (see the README)",
            YamlSequenceNode => $"{what} must be written as 'key: value' lines, but its lines start with '- ', which makes a list of items; "
                + "delete the '- ' at the start of the first line and line every key up at the start of its line",
            _ => $"{what} must be written as 'key: value' lines, but found only {Describe(node)}; put the value after its key and a colon, as in '{Example(allowed, node)}'",
        });
        return null;
    }

    /// <summary>
    /// The example line for an item written as bare text: its own main key (text for a commitment, label for a
    /// Welsh figure) with the text written after it, so that following the example gives a valid item.
    /// </summary>
    private static string Example(IReadOnlyCollection<string> allowed, YamlNode node)
    {
        var key = allowed.Contains("title") || allowed.Count == 0 ? "title" : allowed.First();
        return node is YamlScalarNode { Value: { Length: > 0 and <= 60 } text } && text.IndexOfAny(['\n', ':', '#']) < 0
            ? $"{key}: {text}" : $"{key}: ...";
    }

    public SourceLocation Location => File.At(_node.Start);

    public bool Has(string key) => _entries.TryGetValue(key, out var e) && !IsNull(e.Value);

    /// <summary>Position of a key's value, or of the mapping when the key is absent.</summary>
    public SourceLocation At(string key) => _entries.TryGetValue(key, out var e) ? File.At(e.Value.Start) : Location;

    /// <summary>Position of a key (for errors about the key itself).</summary>
    public SourceLocation KeyAt(string key) => _entries.TryGetValue(key, out var e) ? File.At(e.Key.Start) : Location;

    /// <summary>True when the key's value is a literal or folded block ('|' or '>'), whose text starts on the next line.</summary>
    public bool IsBlockScalar(string key) =>
        _entries.TryGetValue(key, out var e) && e.Value is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded };

    public string? Text(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s) return s.Value;
        Wrong(key, node, "text");
        return null;
    }

    public string? RequiredText(string key) => Text(key, required: true) is { } t && t.Trim().Length > 0 ? t : NullIfBlankReported(key);

    private string? NullIfBlankReported(string key)
    {
        // A key with nothing after it ('title:') was reported as empty when it was read; only blank text is reported here.
        if (_entries.TryGetValue(key, out var e) && !IsNull(e.Value) && e.Value is YamlScalarNode s && s.Value is not null && s.Value.Trim().Length == 0)
            File.Error(File.At(e.Value.Start), ErrorCodes.MissingField, $"'{key}' of {What} is empty; write its text");
        return null;
    }

    public string? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (IsId(text)) return text;
        File.Error(At(key), ErrorCodes.InvalidId, $"'{Clip(text)}' is not a valid id for '{key}'; ids are lower-case words joined by hyphens, e.g. '{ToId(text)}'");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        if (_brokenNumbers.Contains(key)) return null;
        var node = Get(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode s && TryNumber(s.Value, out var d)) return d;
        var fix = node is YamlScalarNode { Value: { } written } ? NumberHint.Fix(written) : null;
        File.Error(File.At(node.Start), ErrorCodes.InvalidNumber, fix is null
            ? $"'{key}' of {What} must be a plain number such as 1200 or 23.5, found {Describe(node)}"
            : $"'{key}' of {What} must be a plain number, found {Describe(node)}; {fix}");
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        var d = Number(key, required);
        if (d is null) return null;
        if (d == Math.Floor(d.Value) && Math.Abs(d.Value) < int.MaxValue) return (int)d.Value;
        File.Error(At(key), ErrorCodes.InvalidNumber, $"'{key}' of {What} must be a whole number, found {d.Value.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Get(key, false);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: "true" or "True" or "TRUE" }) return true;
        if (node is YamlScalarNode { Value: "false" or "False" or "FALSE" }) return false;
        File.Error(File.At(node.Start), ErrorCodes.WrongType, $"'{key}' of {What} must be true or false, found {Describe(node)}");
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        File.Error(At(key), ErrorCodes.InvalidDate, DateHint.Fix(text) is { } fix
            ? $"'{Clip(text)}' is not an ISO date (year-month-day) for '{key}'; {fix}"
            : $"'{Clip(text)}' is not a valid date for '{key}'; write an ISO date such as 2024-08-16");
        return null;
    }

    public Period? PeriodValue(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (Model.Period.TryParse(text, out var p)) return p;
        File.Error(At(key), ErrorCodes.InvalidPeriod, PeriodHint(text, key));
        return null;
    }

    public static string PeriodHint(string text, string key) => Content.PeriodHint.Message(text, key);

    public IReadOnlyList<string> TextList(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null) return [];
        if (node is YamlScalarNode single && single.Value is { Length: > 0 })
        {
            File.Error(File.At(node.Start), ErrorCodes.WrongType, Bulleted(key, single.Value)
                ?? $"'{key}' of {What} must be a list; write it as '{key}: [{Clip(single.Value)}]' or as lines starting with '- '");
            return [];
        }
        if (node is not YamlSequenceNode seq) { Wrong(key, node, "a list of text"); return []; }
        var list = new List<string>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode s && s.Value is { } v && v.Trim().Length > 0) list.Add(v);
            else File.Error(File.At(item.Start), ErrorCodes.WrongType, ColonInItem(item) ?? $"each item of '{key}' must be text, found {Describe(item)}");
        }
        if (required && list.Count == 0 && seq.Children.Count == 0)
            File.Error(File.At(node.Start), ErrorCodes.MissingField, $"'{key}' of {What} needs at least one item");
        return list;
    }

    // Bullets pasted from Word ("• Barts Health NHS Trust") on lines of their own are one text to YAML.
    private static string? Bulleted(string key, string text)
    {
        if (text.AsSpan().IndexOfAny(BulletSigns) < 0) return null;
        var bulleted = text.Split(Bullets, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return $"'{key}' must be a list, each item on a line of its own starting with '- ' (a hyphen and a space) instead of a bullet such as '•': "
            + $"write {string.Join(", then ", bulleted.Take(3).Select(b => $"'- {Clip(b)}'"))}{(bulleted.Length > 3 ? " and so on" : "")}, each on its own line under '{key}:'";
    }

    // "- Air quality: are we addressing it?": YAML reads the ': ' as a key and its value.
    private static string? ColonInItem(YamlNode item) =>
        item is YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } map && map.Children.Count == 1
        && map.Children.First() is { Key: YamlScalarNode { Value: { } k }, Value: YamlScalarNode { Value: { } v } }
            ? $"this item contains a colon followed by a space (': '), which YAML reads as a key and its value: put the whole text in double quotes, as in - \"{Clip(k + ": " + v)}\""
            : null;

    /// <summary>A list of ids, each checked for form; positions are kept for cross-reference errors.</summary>
    public IReadOnlyList<(string Id, SourceLocation At)> IdList(string key, bool required = false)
    {
        var written = Items(key, required, "an id");
        foreach (var (v, at) in written.Where(w => !IsId(w.Text)))
            File.Error(at, ErrorCodes.InvalidId, $"'{Clip(v)}' in '{key}' is not a valid id; ids are lower-case words joined by hyphens, e.g. '{ToId(v)}'");
        return written.Where(w => IsId(w.Text)).ToList();
    }

    /// <summary>
    /// An id that names something of another kind (a system, a principle...), added to
    /// <paramref name="refs"/> as written: its form is checked with the reference, once the names of
    /// things are known, so a name written here is answered with the right id. Null unless it is an id.
    /// </summary>
    public string? Reference(string key, ReferenceKind kind, ReferenceList refs, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        refs.Add(kind, text, At(key));
        return IsId(text) ? text : null;
    }

    /// <summary>A list of <see cref="Reference"/>s: every item is added to <paramref name="refs"/>; the ids among them are returned.</summary>
    public IReadOnlyList<(string Id, SourceLocation At)> References(string key, ReferenceKind kind, ReferenceList refs, bool required = false)
    {
        var written = Items(key, required, "an id");
        foreach (var (text, at) in written) refs.Add(kind, text, at);
        return written.Where(w => IsId(w.Text)).ToList();
    }

    // The text items of a list of ids as written; a single id is accepted as a one-item list.
    private List<(string Text, SourceLocation At)> Items(string key, bool required, string itemWhat)
    {
        var node = Get(key, required);
        if (node is null) return [];
        var items = node switch
        {
            YamlSequenceNode seq => seq.Children.ToList(),
            YamlScalarNode { Value.Length: > 0 } => [node],
            _ => null,
        };
        if (items is null) { Wrong(key, node, "a list of ids"); return []; }
        if (node is YamlScalarNode { Value: { } pasted } && Bulleted(key, pasted) is { } bullets)
        {
            File.Error(File.At(node.Start), ErrorCodes.WrongType, bullets);
            return [];
        }
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } one } && SeveralIds(one, node.Start.Line != node.End.Line) is { } ids)
        {
            // "inclusive-growth, local-assets" (no brackets), or ids on lines of their own without '- ', is one text to YAML.
            File.Error(File.At(node.Start), ErrorCodes.WrongType,
                $"'{key}' is a list, but '{Clip(one)}' is written as one piece of text; put the {ids.Count} ids in square brackets, "
                + $"as in {key}: [{string.Join(", ", ids)}], or write each on a line of its own starting with '- '");
            return [];
        }
        var list = new List<(string, SourceLocation)>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode s && s.Value is { Length: > 0 } v) list.Add((v, File.At(item.Start)));
            else File.Error(File.At(item.Start), ErrorCodes.WrongType, $"each item of '{key}' must be {itemWhat}, found {Describe(item)}");
        }
        if (required && items.Count == 0)
            File.Error(File.At(node.Start), ErrorCodes.MissingField, $"'{key}' of {What} needs at least one item");
        return list;
    }

    private static readonly char[] Bullets = ['•', '·', '▪', '◦', '‣', '⁃', '●', '○', '■', '□', '➢', '►'];
    private static readonly System.Buffers.SearchValues<char> BulletSigns = System.Buffers.SearchValues.Create(Bullets);

    /// <summary>
    /// The ids in text such as "a, b", "a and b", "a; b", "a & b" (or "a b" when it ran over several lines), or null when
    /// it is not several ids.
    /// </summary>
    private static List<string>? SeveralIds(string text, bool severalLines)
    {
        var joined = text.IndexOfAny([',', ';', '&', '/', '+']) >= 0 || text.Contains(" and ", StringComparison.Ordinal);
        if (!joined && !severalLines) return null;
        var parts = text.Split([',', ';', '&', '/', '+', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p != "and").ToList();
        return parts.Count >= 2 && parts.All(IsId) ? parts : null;
    }

    /// <summary>A list of mappings, each read with its own allowed keys.</summary>
    public IReadOnlyList<MapReader> Objects(string key, string itemWhat, IReadOnlyCollection<string> allowed)
    {
        var node = Get(key, false);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            var noun = itemWhat.StartsWith("a ", StringComparison.Ordinal) ? itemWhat[2..] : itemWhat.StartsWith("an ", StringComparison.Ordinal) ? itemWhat[3..] : itemWhat;
            Wrong(key, node, $"a list, each {noun} starting with '- '");
            return [];
        }
        var list = new List<MapReader>();
        foreach (var item in seq.Children)
            if (Of(item, File, itemWhat, allowed) is { } r) list.Add(r);
        return list;
    }

    public MapReader? Object(string key, string itemWhat, IReadOnlyCollection<string> allowed)
    {
        var node = Get(key, false);
        return node is null ? null : Of(node, File, itemWhat, allowed);
    }

    /// <summary>The raw node of a key, for shapes read elsewhere (maps of maps).</summary>
    public YamlNode? Node(string key) => Get(key, false);

    private YamlNode? Get(string key, bool required)
    {
        if (_entries.TryGetValue(key, out var e) && !IsNull(e.Value)) return e.Value;
        if (required && !_entries.ContainsKey(key) && Swallowed(key) is { } swallowed)
        {
            File.Error(swallowed.At, ErrorCodes.SyntaxError,
                $"'{key}:' starts at column {swallowed.At.Column}, under the text of '{swallowed.Owner}' (line {swallowed.OwnerLine}), so it is read as more of that text: "
                + $"start '{key}:' at column {swallowed.OwnerColumn}, in line with '{swallowed.Owner}'");
            return null;
        }
        if (required && (_entries.ContainsKey(key) || !_misspelt.Contains(key)))
        {
            var empty = _entries.ContainsKey(key);
            if (empty && HiddenByHash(_entries[key].Key)) return null;
            File.Error(empty ? File.At(_entries[key].Key.Start) : Location, ErrorCodes.MissingField,
                empty ? $"'{key}' of {What} is empty; give it a value" : $"{What} is missing the required field '{key}'; add '{key}:'");
        }
        return null;
    }

    // "title: #NHSJobs in Leeds": the value is empty because the '#' made it a note, which is reported (SR0007) at that line.
    private bool HiddenByHash(YamlScalarNode key)
    {
        var line = File.At(key.Start).Line;
        return File.Diagnostics.Sorted().Any(d => d.Code == ErrorCodes.HiddenText && d.Location.Path == File.RelPath && d.Location.Line == line);
    }

    // A key written inside the text block of one of this mapping's keys, at that key's own level.
    private SwallowedKey? Swallowed(string key) =>
        File.SwallowedKeys.FirstOrDefault(k => k.Key == key && _entries.TryGetValue(k.Owner, out var e) && e.Key.Start.Line + File.LineOffset == k.OwnerLine);

    private void Wrong(string key, YamlNode node, string expected) =>
        File.Error(File.At(node.Start), ErrorCodes.WrongType, $"'{key}' of {What} must be {expected}, found {Describe(node)}");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public static string Describe(YamlNode? node) => node switch
    {
        null => "nothing",
        YamlScalarNode s => $"'{Clip(s.Value ?? "")}'",
        YamlSequenceNode => "a list (lines starting with '- ')",
        YamlMappingNode => "'key: value' lines",
        _ => "a reference to another value ('*')",
    };

    public static bool TryNumber(string? text, out double value)
    {
        value = 0;
        if (text is null || !PlainNumber().IsMatch(text)) return false;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)
               && Math.Abs(value) <= ContentLimits.MaxAbsValue;
    }

    public static bool IsId(string text) => text.Length <= ContentLimits.MaxIdLength && IdPattern().IsMatch(text);

    /// <summary>A suggested id for a wrong one: "Inclusive Growth" becomes "inclusive-growth".</summary>
    public static string ToId(string text)
    {
        var id = NonId().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return id.Length == 0 ? "my-id" : id[..Math.Min(id.Length, ContentLimits.MaxIdLength)].Trim('-');
    }

    public static string Clip(string text) => text.Length <= 60 ? text.ReplaceLineEndings(" ") : text[..57].ReplaceLineEndings(" ") + "...";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonId();
    [GeneratedRegex(@"^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
