using YamlDotNet.RepresentationModel;

namespace StatiqReport.Starter;

/// <summary>A system the program knows (the 49 of the bundled sample), so `new site` can fill in its details.</summary>
public sealed record KnownSystem(string Id, string Name, string Type, string Nation, string? Region, string? WelshName);

/// <summary>The 42 integrated care systems and 7 local health boards, from the sample's data/systems (embedded).</summary>
public static class KnownSystems
{
    private const string Prefix = "systems/";

    private static readonly Lazy<IReadOnlyList<KnownSystem>> Loaded = new(Load);

    public static IReadOnlyList<KnownSystem> All => Loaded.Value;

    public static KnownSystem? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>A known system whose id or name the text resembles ("Humber and North Yorkshire" → humber-and-north-yorkshire).</summary>
    public static KnownSystem? Resembling(string text)
    {
        var id = Content.MapReader.ToId(text);
        return All.FirstOrDefault(s => s.Id == id)
            ?? All.FirstOrDefault(s => Content.MapReader.ToId(s.Name) == id)
            ?? All.FirstOrDefault(s => id.StartsWith(s.Id + "-", StringComparison.Ordinal) || Content.MapReader.ToId(s.Name).StartsWith(id + "-", StringComparison.Ordinal));
    }

    private static List<KnownSystem> Load()
    {
        var result = new List<KnownSystem>();
        foreach (var name in typeof(KnownSystems).Assembly.GetManifestResourceNames().Select(n => n.Replace('\\', '/')).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(StarterSite.Resource(name)));
            var map = (YamlMappingNode)yaml.Documents[0].RootNode;
            string? Text(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
            var id = Path.GetFileNameWithoutExtension(name[Prefix.Length..]);
            result.Add(new KnownSystem(id, Text("name")!, Text("type")!, Text("nation")!, Text("region"), Text("welsh-name")));
        }
        return result.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }
}
