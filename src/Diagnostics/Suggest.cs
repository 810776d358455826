namespace StatiqReport.Diagnostics;

/// <summary>Did-you-mean hints by edit distance, so a typo gets a fix in the message.</summary>
public static class Suggest
{
    /// <summary>The closest candidate within a distance that suits the word's length, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var d = Distance(word.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        var limit = Math.Max(2, word.Length / 3);
        if (bestDistance <= limit) return best;
        // A shortened or lengthened id ("climate" for "climate-change") is a likely slip too.
        var w = word.ToLowerInvariant();
        return w.Length >= 4 ? candidates.Where(c => c.StartsWith(w, StringComparison.OrdinalIgnoreCase) || w.StartsWith(c, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).FirstOrDefault() : null;
    }

    /// <summary>
    /// The one candidate that shares the most hyphen-joined words with <paramref name="word"/> ("local-spend-percent"
    /// for "local-spend-share"), as an id renamed keeps some of its words; null when none shares a word or two tie.
    /// </summary>
    public static string? MostWordsShared(string word, IEnumerable<string> candidates)
    {
        var words = word.Split('-');
        var ranked = candidates.Select(c => (Id: c, Shared: c.Split('-').Count(w => words.Contains(w, StringComparer.Ordinal))))
            .Where(c => c.Shared > 0).OrderByDescending(c => c.Shared).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        return ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Shared > ranked[1].Shared) ? ranked[0].Id : null;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string Hint(string word, IEnumerable<string> candidates)
    {
        var c = Closest(word, candidates);
        return c is null ? "" : $"; did you mean '{c}'?";
    }

    /// <summary>A list of known values for a message, shortened when long.</summary>
    public static string Known(IEnumerable<string> candidates, int max = 8)
    {
        var list = candidates.OrderBy(c => c, StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", list.Take(max));
        return list.Count > max ? $"{shown}, ... ({list.Count} in all)" : shown;
    }

    internal static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue; // bounded: no quadratic work on hostile keys
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
