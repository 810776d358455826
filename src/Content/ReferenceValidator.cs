using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>
/// The validation stage: every id used in content names something that exists. Ids are checked for
/// form here too, not while loading, because only here are the names of things known: a system's full
/// name written where its id belongs is answered with that id.
/// </summary>
public static class ReferenceValidator
{
    /// <param name="known">
    /// The ids of each kind. For systems and case studies these are the file names found, so a file
    /// that failed to load is reported once, in that file, not again at every use.
    /// A kind missing from the map (its catalogue failed to load) is checked only for the form of its ids, for the same reason.
    /// </param>
    public static void Check(ReferenceList refs, IReadOnlyDictionary<ReferenceKind, IReadOnlySet<string>> known, DiagnosticBag diags)
    {
        var unknown = new List<(Reference Ref, string Message, ErrorCode Code)>();
        // An unknown id used in more than one file was most likely renamed in its catalogue, not mistyped in each file.
        var spread = refs.All.Where(r => known.TryGetValue(r.Kind, out var k) && !k.Contains(r.Id) && MapReader.IsId(r.Id))
            .GroupBy(r => (r.Kind, r.Id)).ToDictionary(g => g.Key, g => g.Select(r => r.At.Path).Distinct(StringComparer.Ordinal).Count());
        var used = refs.All.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
        foreach (var written in refs.All)
        {
            var r = written;
            var cell = r.Cell is { } c ? c + ": " : "";
            var isId = MapReader.IsId(r.Id);
            if (!known.TryGetValue(r.Kind, out var all))
            {
                if (!isId) diags.Error(r.At, ErrorCodes.InvalidId, $"{cell}'{MapReader.Clip(r.Id)}' is not a valid {Kind(r.Kind).What} id; {IdForm}, e.g. '{MapReader.ToId(r.Id)}'");
                continue;
            }
            if (all.Contains(r.Id)) continue;
            // Files named otherwise than as ids ("South Vale.yml") have their own error, and are never offered as ids.
            var ids = all.Where(MapReader.IsId).ToHashSet(StringComparer.Ordinal);
            var code = isId ? Kind(r.Kind).Code : ErrorCodes.InvalidId;
            var misnamed = all.Where(i => !MapReader.IsId(i)).FirstOrDefault(i => Squeeze(i) == Squeeze(r.Id) || Suggest.Closest(MapReader.ToId(i), [r.Id]) is not null);
            // An invisible or look-alike character is pointed at, where the id is on one line.
            if (LookAlike.First(r.Id) is { } odd && !r.Id.Contains('\n') && r.Cell is null) r = r with { At = r.At with { Column = r.At.Column + odd.Index } };
            unknown.Add((r, cell + (misnamed is not null && r.Kind is ReferenceKind.System or ReferenceKind.CaseStudy
                ? $"there is no {Kind(r.Kind).What} '{MapReader.Clip(r.Id)}': the file {Kind(r.Kind).Where}{misnamed}.yml seems to be it; rename that file to {r.Id}.yml"
                : spread.TryGetValue((r.Kind, r.Id), out var files) && files > 1 && Renamed(r, ids, used.GetValueOrDefault(r.Kind), files) is { } renamed
                    ? renamed
                    : Message(r, isId, refs.Names.Match(r.Kind, r.Id, ids), ids)), code));
        }
        // The same unknown id on many lines of one file (a CSV's rows) is one mistake: reported at its first line, naming the others.
        foreach (var g in unknown.GroupBy(u => (u.Ref.At.Path, u.Ref.Kind, u.Ref.Id)))
        {
            var list = g.OrderBy(u => u.Ref.At.Line).ThenBy(u => u.Ref.At.Column).ToList();
            if (list.Count < 3)
            {
                foreach (var u in list) diags.Error(u.Ref.At, u.Code, u.Message);
                continue;
            }
            var lines = list.Skip(1).Select(u => u.Ref.At.Line).Distinct().ToList();
            var shown = string.Join(", ", lines.Take(10)) + (lines.Count > 10 ? $" and {lines.Count - 10} more" : "");
            diags.Error(list[0].Ref.At, list[0].Code, $"{list[0].Message} (the same on {(list[0].Ref.Cell is null ? "lines" : "rows")} {shown} of this file)");
        }
    }

    /// <summary>
    /// The message for an id used in several files that its catalogue no longer has: it says so, and names the
    /// catalogue's id that nothing uses and that shares most words with it (its likely new name), or a near spelling
    /// (at most two letters apart); null for a catalogue that is not one file of ids.
    /// </summary>
    private static string? Renamed(Reference r, HashSet<string> ids, HashSet<string>? used, int files)
    {
        if (r.Kind is ReferenceKind.System or ReferenceKind.CaseStudy) return null;
        var (_, what, where) = Kind(r.Kind);
        var words = r.Id.Split('-');
        var unused = ids.Where(i => used is null || !used.Contains(i))
            .Select(i => (Id: i, Shared: i.Split('-').Count(w => words.Contains(w, StringComparer.Ordinal)), Distance: Suggest.Distance(i, r.Id)))
            .Where(c => c.Shared > 0).OrderByDescending(c => c.Shared).ThenBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var head = $"{what} '{r.Id}' is used in {files} files but is not in {where} any more";
        if (unused.Count > 0 && (unused.Count == 1 || unused[0].Shared > unused[1].Shared || unused[0].Distance < unused[1].Distance))
            return $"{head}: was it renamed to '{unused[0].Id}' (in {where}, and nothing uses it yet)? If so, write '{unused[0].Id}' here and in the other files; otherwise put '{r.Id}' back in {where}";
        var near = ids.Where(i => Suggest.Distance(i, r.Id) <= 2).Order(StringComparer.Ordinal).FirstOrDefault();
        return near is not null
            ? $"{head}; did you mean '{near}'? If it was renamed, write its new id here and in the other files, or put '{r.Id}' back in {where}"
            : $"{head}: if it was renamed, write its new id here and in the other files; otherwise put '{r.Id}' back in {where}";
    }

    private static string Squeeze(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private const string IdForm = "ids are lower-case words joined by hyphens";

    private static string Message(Reference r, bool isId, IReadOnlyList<string> named, HashSet<string> ids)
    {
        var (_, what, where) = Kind(r.Kind);
        var text = MapReader.Clip(r.Id);
        if (named.Count == 1 && MapReader.ToId(r.Id) == named[0])
            return $"'{text}' is not written as a {what} id; write '{named[0]}' ({IdForm}){LookAlike.Note(r.Id)}";
        if (named.Count == 1)
        {
            var name = r.Kind == ReferenceKind.System ? "name" : "title";
            var file = r.Kind == ReferenceKind.System ? $" (its file name in {where})" : $" (see {where})";
            return $"'{text}' is the {name} of a {what}, not its id; write its id '{named[0]}'{file}";
        }
        if (named.Count > 1)
            return $"'{text}' fits more than one {what}: {string.Join(" or ", named.Select(n => $"'{n}'"))}; write the id of the one you mean";
        var known = ids.Count == 0 ? $"there are none yet (see {where})" : $"known: {Suggest.Known(ids)} (see {where})";
        if (isId) return $"unknown {what} '{text}'{Suggest.Hint(r.Id, ids)}; {known}";
        // Not an id in form: suggest an existing id when the text is close to one, never one that would fail next.
        var guess = MapReader.ToId(r.Id);
        var meant = Suggest.Closest(guess, ids);
        return meant is null
            ? $"'{text}' is not a valid {what} id; {IdForm}; {known}{LookAlike.Note(r.Id)}"
            : $"'{text}' is not a valid {what} id; {IdForm}; did you mean '{meant}'?{LookAlike.Note(r.Id)}";
    }

    private static (ErrorCode Code, string What, string Where) Kind(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Principle => (ErrorCodes.UnknownPrinciple, "principle", "data/principles.yml"),
        ReferenceKind.Domain => (ErrorCodes.UnknownDomain, "domain", "data/domains.yml"),
        ReferenceKind.System => (ErrorCodes.UnknownSystem, "system", "data/systems/"),
        ReferenceKind.Metric => (ErrorCodes.UnknownMetric, "metric", "data/metrics.yml"),
        ReferenceKind.CaseStudy => (ErrorCodes.UnknownCaseStudy, "case study", "data/case-studies/"),
        _ => (ErrorCodes.UnknownMaturityArea, "maturity area", "data/maturity.yml"),
    };
}
