using StatiqReport.Diagnostics;
using StatiqReport.Model;
using YamlDotNet.RepresentationModel;

namespace StatiqReport.Content;

/// <summary>Loads data/systems/&lt;id&gt;.yml.</summary>
public static class SystemLoader
{
    internal static readonly string[] Keys = ["name", "type", "nation", "region", "population", "website", "anchors", "welsh-name", "summary", "maturity"];
    private static readonly string[] Types = ["ICS", "LHB"];
    private static readonly string[] Nations = ["England", "Wales"];

    public static IReadOnlyList<SystemProfile> Load(ContentRoot root, DiagnosticBag diags, ReferenceList refs)
    {
        var files = root.Files("data/systems", "*.yml", recursive: false).Concat(root.Files("data/systems", "*.yaml", false)).Order(StringComparer.Ordinal).ToList();
        var result = new System.Collections.Concurrent.ConcurrentBag<SystemProfile>();
        Parallel.ForEach(files, rel =>
        {
            if (LoadOne(root, rel, diags, refs) is { } s) result.Add(s);
        });
        var systems = DuplicateIds.Check(result, s => s.Id, s => s.Location, "system", diags);
        SameName(systems, diags);
        return systems;
    }

    // A system file copied under another id ("west-yorkshire-ics.yml" beside "west-yorkshire.yml") lists the system twice.
    private static void SameName(IReadOnlyList<SystemProfile> systems, DiagnosticBag diags)
    {
        foreach (var group in systems.GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(s => s.Id.Length).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
            foreach (var copy in ordered.Skip(1))
                diags.Error(copy.Location, ErrorCodes.DuplicateId,
                    $"this system has the same name, '{MapReader.Clip(group.Key)}', as data/systems/{ordered[0].Id}.yml, so the site would list it twice: "
                    + $"if it is the same system, delete one of the two files (case studies and figures name a system by its file name, such as {ordered[0].Id}); if not, give it its own name");
        }
    }

    private static SystemProfile? LoadOne(ContentRoot root, string rel, DiagnosticBag diags, ReferenceList refs)
    {
        var file = new FileContext(rel, diags);
        var id = Path.GetFileNameWithoutExtension(rel);
        if (CopyName.Reported(root, rel, file, id, "system",
                "if it is another system, rename it to that system's id, lower-case words joined by hyphens, e.g. west-yorkshire.yml"))
            return null;
        if (!MapReader.IsId(id))
        {
            diags.Error(file.Start, ErrorCodes.InvalidId, $"the file name '{id}' is the system's id and must be lower-case words joined by hyphens; rename it to '{MapReader.ToId(id)}.yml', or to the id the rest of the site already uses for the system");
            return null;
        }
        var text = TextFile.Read(root.Full(rel), rel, ContentLimits.MaxTextFileBytes, diags, ErrorCodes.FileUnreadable);
        if (text is null) return null;
        var node = YamlDocument.Parse(text, file, out var failed);
        if (failed) return null;
        var r = MapReader.Of(node, file, $"system '{id}'", Keys);
        if (r is null) return null;

        var name = r.RequiredText("name");
        // What people call the system, so a case study naming it is told its id.
        refs.Names.Add(ReferenceKind.System, id, name);
        refs.Names.Add(ReferenceKind.System, id, r.Text("welsh-name"));
        var type = Choice(r, "type", Types);
        var nation = Choice(r, "nation", Nations);
        var website = r.Text("website");
        if (website is not null && !UrlPolicy.IsWebAddress(website))
        {
            diags.Error(r.At("website"), ErrorCodes.UnsafeUrl, $"'website' must be an https:// address, found '{MapReader.Clip(website)}'");
            website = null;
        }
        var population = r.Number("population");
        if (population is < 0 || (population is { } p && p != Math.Floor(p)))
        {
            diags.Error(r.At("population"), ErrorCodes.InvalidNumber, "'population' must be a whole number of people, e.g. 2400000");
            population = null;
        }
        var maturity = ReadMaturity(r, refs);
        // Read before giving up on the system, so that their mistakes are reported in the same run.
        var (region, anchors, welshName, summary) = (r.Text("region"), r.TextList("anchors"), r.Text("welsh-name"), r.Text("summary"));
        if (name is null || type is null || nation is null) return null;
        return new SystemProfile(id, name.Trim(), type, nation, region, (long?)population, website, anchors, welshName, summary, maturity, r.Location);
    }

    private static string? Choice(MapReader r, string key, string[] allowed)
    {
        var v = r.Text(key, required: true);
        if (v is null) return null;
        if (allowed.Contains(v)) return v;
        var hint = allowed.FirstOrDefault(a => a.Equals(v.Trim(), StringComparison.OrdinalIgnoreCase));
        r.File.Error(r.At(key), ErrorCodes.InvalidChoice,
            $"'{key}' must be {string.Join(" or ", allowed)}, found '{MapReader.Clip(v)}'{(hint is null ? "" : $"; did you mean '{hint}'?")}");
        return null;
    }

    private static SortedDictionary<Period, IReadOnlyDictionary<string, MaturityLevel>> ReadMaturity(MapReader r, ReferenceList refs)
    {
        var result = new SortedDictionary<Period, IReadOnlyDictionary<string, MaturityLevel>>();
        var node = r.Node("maturity");
        if (node is null) return result;
        if (node is not YamlMappingNode byPeriod)
        {
            r.File.Error(r.At("maturity"), ErrorCodes.WrongShape, "'maturity' must map periods to areas, e.g. maturity: { 2023-24: { climate-change: emerging } }");
            return result;
        }
        foreach (var (k, v) in byPeriod.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            // A period written wrongly is reported, and its areas and levels are still checked in the same run.
            var valid = Period.TryParse(key, out var period);
            if (!valid) r.File.Error(r.File.At(k.Start), ErrorCodes.InvalidPeriod, MapReader.PeriodHint(key, "maturity"));
            if (v is not YamlMappingNode areas)
            {
                r.File.Error(r.File.At(v.Start), ErrorCodes.WrongShape, $"maturity for {key} must map area ids to levels, e.g. climate-change: emerging");
                continue;
            }
            var levels = new SortedDictionary<string, MaturityLevel>(StringComparer.Ordinal);
            foreach (var (ak, av) in areas.Children)
            {
                var area = (ak as YamlScalarNode)?.Value ?? "";
                refs.Add(ReferenceKind.MaturityArea, area, r.File.At(ak.Start));
                var written = (av as YamlScalarNode)?.Value;
                MaturityLevel? level = written switch
                {
                    "emerging" => MaturityLevel.Emerging,
                    "established" => MaturityLevel.Established,
                    "expanding" => MaturityLevel.Expanding,
                    _ => null,
                };
                var meant = written is null ? null : Suggest.Closest(written.Trim().ToLowerInvariant(), ["emerging", "established", "expanding"]) ?? (written.Trim().ToLowerInvariant() is "emerging" or "established" or "expanding" ? written.Trim().ToLowerInvariant() : null);
                if (level is null)
                    r.File.Error(r.File.At(av.Start), ErrorCodes.UnknownMaturityArea,
                        $"maturity level must be emerging, established or expanding, found {MapReader.Describe(av)}{(meant is null ? "" : meant == written!.Trim().ToLowerInvariant() ? $"; write {meant}, in small letters" : $"; did you mean {meant}?")}");
                else levels[area] = level.Value;
            }
            if (!valid) continue;
            result[period!.Value] = levels;
        }
        return result;
    }
}
