using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace StatiqReport.Content;

/// <summary>
/// The names people call things by (a system's name, a catalogue entry's title), so a name written
/// where an id belongs is answered with the id itself, not with a made-up id that fails next.
/// Names are compared by their words, ignoring case, punctuation, "and"/"&amp;", and for systems the
/// words of an organisation's kind ("NHS", "ICS", "Integrated Care System", "Health Board").
/// </summary>
public sealed class NameIndex
{
    // Words that do not tell one system from another: "Humber and North Yorkshire Health and Care
    // Partnership", "NHS Humber and North Yorkshire ICB" and the id humber-and-north-yorkshire all meet.
    private static readonly HashSet<string> SystemWords = new(StringComparer.Ordinal)
    {
        "nhs", "ics", "icb", "icp", "lhb", "integrated", "care", "system", "board", "partnership", "health",
        "university", "teaching", "bwrdd", "iechyd", "prifysgol", "addysgu",
    };
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "the", "of", "a" };

    private readonly ConcurrentDictionary<(ReferenceKind Kind, string Key), ConcurrentDictionary<string, byte>> _byKey = new();

    /// <summary>Records that <paramref name="name"/> (a name or title) is what people call the item <paramref name="id"/>.</summary>
    public void Add(ReferenceKind kind, string id, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        var key = Key(kind, name);
        if (key.Length > 0) _byKey.GetOrAdd((kind, key), _ => new()).TryAdd(id, 0);
    }

    /// <summary>
    /// The ids whose name, title or id words match <paramref name="text"/>, in order; empty when none.
    /// More than one means the words fit several items: the message names them all rather than guess.
    /// </summary>
    public IReadOnlyList<string> Match(ReferenceKind kind, string text, IEnumerable<string> knownIds)
    {
        var key = Key(kind, text);
        if (key.Length == 0) return [];
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (_byKey.TryGetValue((kind, key), out var ids)) found.UnionWith(ids.Keys);
        // An id's own words count as a name: "Net Zero" is net-zero even when its title is "Cutting carbon".
        foreach (var id in knownIds)
            if (Key(kind, id) == key) found.Add(id);
        var known = knownIds.ToHashSet(StringComparer.Ordinal);
        return found.Where(known.Contains).ToList();
    }

    /// <summary>The words of a name that tell items apart, lower-case, joined by single spaces.</summary>
    internal static string Key(ReferenceKind kind, string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // "Môn" is "Mon"
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (c is '\'' or '’') continue; // "what's" is one word
            Flush();
        }
        Flush();
        return string.Join(' ', words);

        void Flush()
        {
            if (word.Length == 0) return;
            var w = word.ToString();
            word.Clear();
            if (Joiners.Contains(w) || (kind == ReferenceKind.System && SystemWords.Contains(w))) return;
            words.Add(w);
        }
    }
}
