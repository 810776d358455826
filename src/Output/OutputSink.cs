using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace StatiqReport.Output;

/// <summary>Where a build's files go as they are made: kept in memory, or streamed into a staging folder.</summary>
public interface IOutputSink
{
    /// <summary>Adds a file (path relative to the site root, forward slashes). Thread-safe.</summary>
    void Add(string file, byte[] bytes);

    bool Contains(string file);

    /// <summary>A file's bytes, or null when the site has no such file.</summary>
    byte[]? Read(string file);

    int Count { get; }
}

/// <summary>An output folder a build writes: it can reuse the previous build's unchanged pages, and commits at the end.</summary>
public interface IFolderSink : IOutputSink, IDisposable
{
    /// <summary>The previous build's page when its fingerprint is unchanged (and the file is still there); null to make it again.</summary>
    StagingSink.PageEntry? TryReuse(string file, string key);

    /// <summary>Records a reusable page this build made, for the next build.</summary>
    void Remember(string file, StagingSink.PageEntry entry);

    /// <summary>Makes this build's files the output; nothing is changed before this.</summary>
    void Commit();

    /// <summary>Files whose bytes were unchanged and were not written again.</summary>
    int Linked { get; }

    /// <summary>Pages reused whole from the previous build.</summary>
    int ReusedPages { get; }
}

/// <summary>Files kept in memory (validate, tests, and builds without an output folder).</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    public void Add(string file, byte[] bytes) => _files[file] = bytes;
    public bool Contains(string file) => _files.ContainsKey(file);
    public byte[]? Read(string file) => _files.TryGetValue(file, out var b) ? b : null;
    public int Count => _files.Count;
    public IReadOnlyDictionary<string, byte[]> Files => _files;
}

/// <summary>
/// The first build of an output (or of one an older version made, without a manifest): streams every file
/// into a staging folder beside the output as it is rendered, so a build never holds the whole site in
/// memory; <see cref="Commit"/> swaps the staging folder in, and disposing without committing deletes it:
/// a failed build leaves the previous output exactly as it was. Later builds of the same output update it
/// in place (<see cref="JournalSink"/>); <see cref="Open"/> chooses.
/// </summary>
public sealed class StagingSink : IFolderSink
{
    /// <summary>The manifest of a build's files, written into the output: "sha256 size path" lines.</summary>
    public const string ManifestName = ".statiqreport-manifest";

    /// <summary>The index of reusable pages a build leaves in its output: each page's fingerprint, route and link-check scan.</summary>
    public const string PagesName = ".statiqreport-pages";

    /// <summary>A page as the previous build made it: reusable when its fingerprint is the same.</summary>
    public sealed record PageEntry(string Key, string Route, DateOnly? Updated, LinkChecker.PageScan Scan);

    private readonly string _target;
    private readonly string _staging;
    private readonly IDisposable _lock;
    private readonly ConcurrentDictionary<string, (string Hash, long Size)> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageEntry> _pages = new(StringComparer.Ordinal);
    private readonly FolderWriter _writer;
    private bool _committed;

    /// <summary>
    /// Opens an output for a build: takes its lock, finishes or tidies what a killed build left, then
    /// updates the previous build in place when there is one with a manifest, else stages the whole site.
    /// </summary>
    /// <exception cref="OutputBusyException">Another build is writing the same output.</exception>
    /// <param name="sweep">Also remove files in the output that the previous build did not make (--no-cache).</param>
    public static IFolderSink Open(string output, bool sweep = false)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException("output has no parent folder"); // not interface text
        Directory.CreateDirectory(parent);
        var outputLock = OutputFolder.Lock(target);
        try
        {
            OutputFolder.Recover(target);
            var previous = new Dictionary<string, (string Hash, long Size)>(StringComparer.Ordinal);
            var pages = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
            return ReadPrevious(target, previous, pages) ? new JournalSink(target, outputLock, previous, pages, sweep) : new StagingSink(target, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    private StagingSink(string target, IDisposable outputLock)
    {
        _target = target;
        _lock = outputLock;
        _staging = OutputFolder.CreateStaging(target);
        _writer = new FolderWriter(_staging);
    }

    /// <summary>A first build has no previous pages to reuse.</summary>
    public PageEntry? TryReuse(string file, string key) => null;

    public int ReusedPages => 0;

    /// <summary>No file is left as it was: the whole site is new.</summary>
    public int Linked => 0;

    /// <summary>Records a reusable page this build made, for the next build.</summary>
    public void Remember(string file, PageEntry entry) => _pages[file] = entry;

    /// <summary>Reads the previous build's manifest and reusable-pages index from an output folder StatiqReport made.</summary>
    public static bool ReadPrevious(string target, Dictionary<string, (string Hash, long Size)> files, Dictionary<string, PageEntry> pages)
    {
        var manifest = Path.Combine(target, ManifestName);
        if (!File.Exists(Path.Combine(target, OutputGuard.Marker)) || !File.Exists(manifest)) return false;
        foreach (var line in File.ReadLines(manifest))
        {
            var parts = line.Split(' ', 3);
            if (parts.Length == 3 && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var size)) files[parts[2]] = (parts[0], size);
        }
        try
        {
            if (File.Exists(Path.Combine(target, PagesName))) PageIndex.Read(Path.Combine(target, PagesName), pages);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentException)
        {
            pages.Clear(); // an unreadable index only means nothing is reused
        }
        return true;
    }

    public int Count => _written.Count;

    public bool Contains(string file) => _written.ContainsKey(file);

    public byte[]? Read(string file) => _written.ContainsKey(file) ? File.ReadAllBytes(Full(_staging, file)) : null;

    public void Add(string file, byte[] bytes)
    {
        _writer.Write(file, bytes);
        _written[file] = (Convert.ToHexString(SHA256.HashData(bytes)), bytes.LongLength);
    }

    /// <summary>Writes the manifest and the marker, and swaps the staging folder in for the output.</summary>
    public void Commit()
    {
        WriteManifest(_staging, _written);
        PageIndex.Write(Path.Combine(_staging, PagesName), _pages);
        File.WriteAllText(Path.Combine(_staging, OutputGuard.Marker), "This folder is made by StatiqReport; a build replaces it whole.\n");
        File.Delete(Path.Combine(_staging, OutputFolder.StagingMarker)); // the output marker now marks it
        Swap(_staging, _target);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) OutputFolder.DeleteMarked(_staging);
        _lock.Dispose();
    }

    /// <summary>A site file's path inside a folder.</summary>
    public static string Full(string folder, string file) => Path.Combine(folder, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes the manifest of a build's files into an output folder: "sha256 size path" lines, sorted.</summary>
    public static void WriteManifest(string folder, IReadOnlyDictionary<string, (string Hash, long Size)> files) =>
        File.WriteAllLines(Path.Combine(folder, ManifestName),
            files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value.Hash} {f.Value.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)} {f.Key}"));

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Move(staging, target);
            return;
        }
        var old = OutputFolder.NewOld(target);
        Move(target, old);
        try
        {
            Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target); // put the previous output back
            throw;
        }
        OutputFolder.DeleteMarked(old);
    }

    /// <summary>
    /// Renames a folder, trying again for a moment: on Windows a virus scanner or the search indexer
    /// briefly holds files that were just written, and a rename fails while it does.
    /// </summary>
    private static void Move(string from, string to)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Move(from, to);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 10 && Directory.Exists(from) && !Directory.Exists(to))
            {
                Thread.Sleep(100 * attempt);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"the folder '{from}' could not be renamed to '{to}': another program is using a file in it (a window or editor open inside it?); close it and build again", e);
            }
        }
    }
}

/// <summary>
/// The reusable-pages index: one table of strings (links and ids repeat on every page), then per page its
/// file, fingerprint, route, date and link-check scan as indexes into the table. Binary (BinaryWriter's
/// length-prefixed UTF-8 strings and 7-bit encoded numbers), as it is read and written whole by every
/// build: as JSON it took a tenth of a warm build of a national site. Deterministic.
/// </summary>
internal static class PageIndex
{
    private const string Magic = "statiqreport-pages 2";

    public static void Write(string path, IReadOnlyDictionary<string, StagingSink.PageEntry> pages)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Id(string s)
        {
            if (!table.TryGetValue(s, out var i)) { i = strings.Count; table[s] = i; strings.Add(s); }
            return i;
        }
        var rows = pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (File: Id(p.Key), Key: Id(p.Value.Key), Route: Id(p.Value.Route), p.Value.Updated,
            Links: p.Value.Scan.Links.Select(l => (Id(l.Raw), l.Line)).ToArray(),
            Ids: p.Value.Scan.Ids.Order(StringComparer.Ordinal).Select(Id).ToArray())).ToList();
        using var w = new BinaryWriter(new BufferedStream(File.Create(path), 1 << 16), new System.Text.UTF8Encoding(false));
        w.Write(Magic);
        w.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings) w.Write(s);
        w.Write7BitEncodedInt(rows.Count);
        foreach (var (file, key, route, updated, links, ids) in rows)
        {
            w.Write7BitEncodedInt(file);
            w.Write7BitEncodedInt(key);
            w.Write7BitEncodedInt(route);
            w.Write7BitEncodedInt(updated?.DayNumber + 1 ?? 0);
            w.Write7BitEncodedInt(links.Length);
            foreach (var (raw, line) in links) { w.Write7BitEncodedInt(raw); w.Write7BitEncodedInt(line); }
            w.Write7BitEncodedInt(ids.Length);
            foreach (var id in ids) w.Write7BitEncodedInt(id);
        }
    }

    /// <summary>Reads an index; one of another version (an older program's) is left unread: nothing is reused.</summary>
    public static void Read(string path, Dictionary<string, StagingSink.PageEntry> into)
    {
        using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), new System.Text.UTF8Encoding(false));
        if (r.BaseStream.Length < Magic.Length + 1 || r.ReadString() != Magic) return;
        var strings = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
        for (var n = r.Read7BitEncodedInt(); n > 0; n--)
        {
            var file = strings[r.Read7BitEncodedInt()];
            var key = strings[r.Read7BitEncodedInt()];
            var route = strings[r.Read7BitEncodedInt()];
            var day = r.Read7BitEncodedInt();
            var links = new (string, int)[r.Read7BitEncodedInt()];
            for (var i = 0; i < links.Length; i++) links[i] = (strings[r.Read7BitEncodedInt()], r.Read7BitEncodedInt());
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = r.Read7BitEncodedInt(); i > 0; i--) ids.Add(strings[r.Read7BitEncodedInt()]);
            into[file] = new StagingSink.PageEntry(key, route, day == 0 ? null : DateOnly.FromDayNumber(day - 1), new LinkChecker.PageScan(file, links, ids));
        }
    }
}
