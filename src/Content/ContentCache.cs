using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Content;

/// <summary>
/// Case studies as an earlier build parsed them, so a build does not parse an unchanged file again.
/// Parsing is a pure function of the file's bytes, its path and the program, so the key is a hash of
/// exactly those; only files that loaded without a diagnostic are kept. One pack file per site root in
/// the cache folder beside the charts; a build writes back only the entries it used, so the pack does
/// not grow. <c>--no-cache</c> neither reads nor writes it.
/// </summary>
public sealed class ContentCache
{
    /// <summary>A parsed case study with the references and Markdown links it reported.</summary>
    public sealed record Entry(CaseStudy CaseStudy, IReadOnlyList<Reference> References, IReadOnlyList<(string Url, SourceLocation At)> Links);

    private const int Version = 1;
    private static readonly string Program = typeof(ContentCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    private readonly string _file;
    private readonly Dictionary<string, byte[]> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _used = new(StringComparer.Ordinal);

    public ContentCache(string folder, ContentRoot root)
    {
        _file = Path.Combine(folder, "content", Program[..16] + "-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(root.FullPath)))[..16] + ".bin");
        try
        {
            if (!File.Exists(_file)) return;
            using var r = new BinaryReader(File.OpenRead(_file), Encoding.UTF8);
            if (r.ReadInt32() != Version) return;
            var count = r.ReadInt32();
            for (var i = 0; i < count; i++) _previous[r.ReadString()] = r.ReadBytes(r.ReadInt32());
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            _previous.Clear(); // an unreadable cache only means parsing again
        }
    }

    /// <summary>The key of a file: its path, its bytes and the program.</summary>
    public static string Key(string rel, byte[] bytes)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        h.AppendData(Encoding.UTF8.GetBytes(Program + "\n" + rel + "\n"));
        h.AppendData(bytes);
        return Convert.ToHexString(h.GetHashAndReset());
    }

    public Entry? Get(string key)
    {
        if (!_previous.TryGetValue(key, out var bytes)) return null;
        try
        {
            var entry = Read(bytes);
            _used[key] = bytes;
            return entry;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Put(string key, Entry entry) => _used[key] = Write(entry);

    /// <summary>Writes the entries this build used, atomically; a cache that cannot be written is no error.</summary>
    public void Save()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temp = _file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var w = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                w.Write(Version);
                w.Write(_used.Count);
                foreach (var (key, bytes) in _used.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    w.Write(key);
                    w.Write(bytes.Length);
                    w.Write(bytes);
                }
            }
            File.Move(temp, _file, overwrite: true);
            // Packs of roots (or program versions) not built for a month are removed.
            foreach (var old in Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, "*.bin"))
                if (File.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddDays(-30)) File.Delete(old);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static byte[] Write(Entry e)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        var c = e.CaseStudy;
        w.Write(c.Id); w.Write(c.Title); w.Write(c.SystemId); Strings(w, c.Principles); w.Write(c.Summary);
        w.Write(c.Faced); w.Write(c.Did); w.Write(c.Results); Strings(w, c.Domains);
        w.Write(c.Period?.StartYear ?? int.MinValue); w.Write(c.Published?.DayNumber ?? int.MinValue);
        Strings(w, c.Organisations);
        w.Write(c.Figures.Count); foreach (var f in c.Figures) { w.Write(f.Value); w.Write(f.Unit); w.Write(f.Label); }
        w.Write(c.Stages.Count); foreach (var s in c.Stages) { w.Write(s.Label); w.Write(s.Value); }
        w.Write(c.Quotes.Count); foreach (var q in c.Quotes) { w.Write(q.Text); w.Write(q.By); }
        w.Write(c.Sources.Count); foreach (var s in c.Sources) { w.Write(s.Title); Maybe(w, s.Url); Maybe(w, s.Publisher); Maybe(w, s.Date); }
        w.Write(c.Image is not null); if (c.Image is { } img) { w.Write(img.Src); w.Write(img.Alt); }
        w.Write(c.Illustrative); Location(w, c.Location); w.Write(c.SummaryText);
        w.Write(e.References.Count); foreach (var r in e.References) { w.Write((int)r.Kind); w.Write(r.Id); Location(w, r.At); }
        w.Write(e.Links.Count); foreach (var (url, at) in e.Links) { w.Write(url); Location(w, at); }
        w.Flush();
        return stream.ToArray();
    }

    private static Entry Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var id = r.ReadString(); var title = r.ReadString(); var system = r.ReadString(); var principles = Strings(r); var summary = r.ReadString();
        var faced = r.ReadString(); var did = r.ReadString(); var results = r.ReadString(); var domains = Strings(r);
        var year = r.ReadInt32(); var day = r.ReadInt32();
        var organisations = Strings(r);
        var figures = List(r, () => new Figure(r.ReadDouble(), r.ReadString(), r.ReadString()));
        var stages = List(r, () => new Stage(r.ReadString(), r.ReadDouble()));
        var quotes = List(r, () => new Quote(r.ReadString(), r.ReadString()));
        var sources = List(r, () => new SourceRef(r.ReadString(), Maybe(r), Maybe(r), Maybe(r)));
        var image = r.ReadBoolean() ? new ImageRef(r.ReadString(), r.ReadString()) : null;
        var illustrative = r.ReadBoolean(); var location = Location(r); var summaryText = r.ReadString();
        var references = List(r, () => new Reference((ReferenceKind)r.ReadInt32(), r.ReadString(), Location(r)));
        var links = List(r, () => (r.ReadString(), Location(r)));
        var c = new CaseStudy(id, title, system, principles, summary, faced, did, results, domains,
            year == int.MinValue ? null : new Period(year), day == int.MinValue ? null : DateOnly.FromDayNumber(day), organisations,
            figures, stages, quotes, sources, image, illustrative, location) { SummaryText = summaryText };
        return new Entry(c, references, links);
    }

    private static void Strings(BinaryWriter w, IReadOnlyList<string> items) { w.Write(items.Count); foreach (var s in items) w.Write(s); }
    private static List<string> Strings(BinaryReader r) => List(r, r.ReadString);
    private static void Maybe(BinaryWriter w, string? s) { w.Write(s is not null); if (s is not null) w.Write(s); }
    private static string? Maybe(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
    private static void Location(BinaryWriter w, SourceLocation at) { w.Write(at.Path); w.Write(at.Line); w.Write(at.Column); }
    private static SourceLocation Location(BinaryReader r) => new(r.ReadString(), r.ReadInt32(), r.ReadInt32());

    private static List<T> List<T>(BinaryReader r, Func<T> read)
    {
        var n = r.ReadInt32();
        if (n is < 0 or > 1_000_000) throw new FormatException("bad count");
        var list = new List<T>(n);
        for (var i = 0; i < n; i++) list.Add(read());
        return list;
    }
}
