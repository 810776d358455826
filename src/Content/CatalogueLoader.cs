using StatiqReport.Diagnostics;
using StatiqReport.Model;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>Loads the four catalogues: principles, domains, metrics and maturity areas.</summary>
public static class CatalogueLoader
{
    public static readonly string[] PrincipleIds = ["anchor-system", "local-assets", "inclusive-growth", "devolve-accountability", "share-resources", "long-term"];
    public static readonly string[] DomainIds = ["net-zero", "research-development", "employment-skills", "civic-leadership", "procurement", "population-health", "estates"];
    public static readonly string[] MaturityIds = ["economic-development", "quality-employment", "climate-change"];
    internal static readonly string[] PrincipleKeys = ["id", "number", "title", "summary", "description"];
    internal static readonly string[] DomainKeys = ["id", "title", "summary", "questions"];
    internal static readonly string[] MaturityKeys = ["id", "title", "emerging", "established", "expanding"];
    internal static readonly string[] MetricKeys = ["id", "domain", "title", "unit", "better", "definition", "source"];

    public static IReadOnlyList<Principle> Principles(ContentRoot root, DiagnosticBag diags, ReferenceList refs)
    {
        // Each number's first principle and where its number is written: a second principle with the same number
        // would publish the principles as 1, 2, 2, 4, ...
        var numbered = new List<(int Number, string Id, SourceLocation At)>();
        var list = Load(root, diags, "data/principles.yml", "a principle", PrincipleKeys, PrincipleIds, refs, ReferenceKind.Principle, r =>
        {
            var number = PrincipleNumber(r);
            if (number is >= 1 and <= 6 && r.Text("id")?.Trim() is { Length: > 0 } numberedId)
                lock (numbered) numbered.Add((number.Value, numberedId, r.At("number")));
            // The description is Markdown like a case study's: its links are checked the same way.
            if (r.Text("description") is { } description) CaseStudyLoader.CheckMarkdown(r, "description", description, r.File.RelPath, diags, refs);
            if (number is < 1 or > 6) r.File.Error(r.At("number"), ErrorCodes.InvalidNumber, $"principle number must be 1 to 6, found {number}");
            var named = (r.Id("id", true), r.RequiredText("title"), r.RequiredText("summary"));
            if (named is ({ } pid, { } ptitle, _)) refs.Names.Add(ReferenceKind.Principle, pid, ptitle);
            return named is ({ } id, { } title, { } summary) && number is not null
                ? new Principle(id, number.Value, title, summary, r.Text("description"))
                : null;
        });
        var used = numbered.Select(n => n.Number).ToHashSet();
        var free = Enumerable.Range(1, 6).Where(n => !used.Contains(n)).ToList();
        foreach (var group in numbered.OrderBy(n => n.At.Line).GroupBy(n => n.Number).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
                diags.Error(again.At, ErrorCodes.InvalidNumber,
                    $"principle '{again.Id}' has number {again.Number}, which '{first.Id}' already has (line {first.At.Line}): each of the six principles has its own number, 1 to 6"
                    + free.Count switch { 0 => "", 1 => $"; the number not used yet is {free[0]}", _ => $"; the numbers not used yet are {string.Join(", ", free)}" });
        }
        return list.OrderBy(p => p.Number).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    /// <param name="refs">Where the domains' titles are recorded, so a title written for a domain id is answered with the id.</param>
    public static IReadOnlyList<Domain> Domains(ContentRoot root, DiagnosticBag diags, ReferenceList? refs = null)
    {
        var list = Load(root, diags, "data/domains.yml", "a domain", DomainKeys, DomainIds, refs, ReferenceKind.Domain, r =>
        {
            var domain = (r.Id("id", true), r.RequiredText("title"), r.RequiredText("summary")) is ({ } id, { } title, { } summary)
                ? new Domain(id, title, summary, r.TextList("questions"))
                : null;
            if (domain is not null) refs?.Names.Add(ReferenceKind.Domain, domain.Id, domain.Title);
            return domain;
        });
        // The contract's order of domains (Step 1), not alphabetical.
        return list.OrderBy(d => Array.IndexOf(DomainIds, d.Id)).ToList();
    }

    public static IReadOnlyList<MaturityArea> Maturity(ContentRoot root, DiagnosticBag diags, ReferenceList? refs = null)
    {
        var list = Load(root, diags, "data/maturity.yml", "a maturity area", MaturityKeys, MaturityIds, refs, ReferenceKind.MaturityArea, r =>
            (r.Id("id", true), r.RequiredText("title"), r.RequiredText("emerging"), r.RequiredText("established"), r.RequiredText("expanding"))
                is ({ } id, { } title, { } em, { } es, { } ex)
                ? new MaturityArea(id, title, em, es, ex)
                : null);
        return list.OrderBy(a => Array.IndexOf(MaturityIds, a.Id)).ToList();
    }

    public static IReadOnlyList<MetricDefinition> Metrics(ContentRoot root, DiagnosticBag diags, ReferenceList refs) =>
        Load(root, diags, "data/metrics.yml", "a metric", MetricKeys, null, refs, ReferenceKind.Metric, r =>
        {
            var domain = r.Reference("domain", ReferenceKind.Domain, refs, required: true);
            var betterText = r.Text("better", true);
            Better? better = betterText switch { "up" => Better.Up, "down" => Better.Down, null => null, _ => null };
            if (betterText is not null && better is null)
                r.File.Error(r.At("better"), ErrorCodes.InvalidChoice, $"'better' must be 'up' (higher is better) or 'down' (lower is better), found '{MapReader.Clip(betterText)}'");
            return (r.Id("id", true), domain, r.RequiredText("title"), CaseStudyLoader.Unit(r), r.RequiredText("definition"))
                is ({ } id, { } d, { } title, { } unit, { } def) && better is not null
                ? Named(refs, new MetricDefinition(id, d, title, unit.Trim(), better.Value, def, r.Text("source")))
                : null;
        }).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();

    // "number: two" or "number: 2nd": the principle's place among the six, a whole number 1 to 6.
    private static int? PrincipleNumber(MapReader r)
    {
        if (r.Node("number") is YamlScalarNode { Value: { } written } && !MapReader.TryNumber(written, out _))
        {
            var meant = Array.IndexOf(NumberWords, written.Trim().TrimEnd('.').ToLowerInvariant()) % 6 + 1;
            r.File.Error(r.At("number"), ErrorCodes.InvalidNumber, meant > 0
                ? $"the number of a principle is written in figures, 1 to 6 (its place among the six): write number: {meant}, found '{MapReader.Clip(written)}'"
                : $"the number of a principle is a whole number from 1 to 6 (its place among the six), written in figures, such as number: 2; found '{MapReader.Clip(written)}'");
            return null;
        }
        return r.Integer("number", required: true);
    }

    private static readonly string[] NumberWords =
        ["one", "two", "three", "four", "five", "six", "1st", "2nd", "3rd", "4th", "5th", "6th", "first", "second", "third", "fourth", "fifth", "sixth"];

    private static MetricDefinition Named(ReferenceList refs, MetricDefinition m)
    {
        refs.Names.Add(ReferenceKind.Metric, m.Id, m.Title);
        return m;
    }

    /// <summary>"data/Principles.yml" when that is there instead of data/principles.yml, else null.</summary>
    private static string? OtherCapitals(ContentRoot root, string rel)
    {
        var dir = root.Full("data");
        if (!Directory.Exists(dir)) return null;
        var name = Path.GetFileName(rel);
        return Directory.EnumerateFiles(dir, "*", new EnumerationOptions { MatchCasing = MatchCasing.CaseSensitive })
            .Select(Path.GetFileName)
            .Where(f => f is not null && f.Equals(name, StringComparison.OrdinalIgnoreCase) && f != name)
            .Order(StringComparer.Ordinal)
            .Select(f => "data/" + f)
            .FirstOrDefault();
    }

    /// <summary>Reads a YAML sequence of mappings; checks ids are unique and, where fixed, the contract's.</summary>
    private static List<T> Load<T>(ContentRoot root, DiagnosticBag diags, string rel, string what, string[] keys, string[]? fixedIds,
        ReferenceList? refs, ReferenceKind kind, Func<MapReader, T?> read)
        where T : class
    {
        var file = new FileContext(rel, diags);
        if (!root.Exists(rel))
        {
            diags.Error(SourceLocation.File(rel), ErrorCodes.FileUnreadable, OtherCapitals(root, rel) is { } other
                ? $"the catalogue {rel} is missing: there is {other}, but capitals count, so rename it to {rel}"
                : $"the catalogue {rel} is missing; create it as a list of entries, each starting with '- id:' (see the README)");
            return [];
        }
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return [];
        var node = YamlDocument.Parse(text, file, out _);
        if (node is not YamlSequenceNode seq)
        {
            if (node is not null || text.Trim().Length == 0)
                diags.Error(node is null ? file.Start : file.At(node.Start), ErrorCodes.WrongShape, $"{rel} must be a list of entries, each starting with '- id:'");
            return [];
        }
        var result = new List<T>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Children)
        {
            var r = MapReader.Of(item, file, what, keys);
            if (r is null) continue;
            var id = r.Has("id") ? r.Text("id") : null;
            if (id is not null)
            {
                if (seen.TryGetValue(id, out var first))
                    diags.Error(r.At("id"), ErrorCodes.DuplicateId, $"id '{id}' is used twice in {rel} (first at line {first.Line}); give each entry its own id");
                else seen[id] = r.At("id");
                if (fixedIds is not null && !fixedIds.Contains(id) && MapReader.IsId(id))
                {
                    if (Suggest.Closest(id, fixedIds) is { } meant) suggested.Add(meant);
                    diags.Error(r.At("id"), ErrorCodes.CatalogueId, $"'{id}' is not one of the contract's ids{Suggest.Hint(id, fixedIds)}; known: {string.Join(", ", fixedIds)}");
                }
            }
            if (read(r) is { } value) result.Add(value);
        }
        refs?.Catalogued.TryAdd(kind, seen.Keys.Concat(fixedIds ?? []).ToHashSet(StringComparer.Ordinal));
        if (fixedIds is not null)
            foreach (var missing in fixedIds.Where(f => !seen.ContainsKey(f) && !suggested.Contains(f)))
                diags.Error(file.At(seq.Start), ErrorCodes.CatalogueId, $"{rel} has no entry for '{missing}'; add it (the contract fixes these ids: {string.Join(", ", fixedIds)})");
        return result;
    }
}
