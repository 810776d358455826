using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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
/// Streams files into a staging folder beside the output as they are rendered, so a build never holds
/// the whole site in memory; <see cref="Commit"/> swaps the staging folder in, and disposing without
/// committing deletes it: a failed build leaves the previous output exactly as it was. A file whose
/// bytes are the same as in the previous output (by SHA-256 and size, from the manifest the previous
/// build left) is hard-linked from it rather than written again.
/// </summary>
public sealed class StagingSink : IFolderSink
{
    /// <summary>The manifest of a build's files, written into the output: "sha256 size path" lines.</summary>
    public const string ManifestName = ".statiqreport-manifest";

    private readonly string _target;
    private readonly string _staging;
    private readonly Dictionary<string, (string Hash, long Size)> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Hash, long Size)> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private bool _committed;
    private int _linked;

    private readonly IDisposable _lock;

    /// <summary>Takes the output's lock, tidies what a killed build left, and makes the staging folder.</summary>
    /// <exception cref="OutputBusyException">Another build is writing the same output.</exception>
    public StagingSink(string output)
    {
        _target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("output has no parent folder"); // not interface text
        Directory.CreateDirectory(parent);
        _lock = OutputFolder.Lock(_target);
        try
        {
            OutputFolder.Recover(_target);
            _staging = OutputFolder.NewStaging(_target);
            Directory.CreateDirectory(_staging);
            File.WriteAllText(Path.Combine(_staging, OutputFolder.StagingMarker), "A build of StatiqReport in progress; the next build deletes this folder if that build was stopped.\n");
            ReadPrevious(_target, _previous, _previousPages);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>The index of reusable pages a build leaves in its output: each page's fingerprint, route and link-check scan.</summary>
    public const string PagesName = ".statiqreport-pages";

    /// <summary>A page as the previous build made it: reusable when its fingerprint is the same.</summary>
    public sealed record PageEntry(string Key, string Route, DateOnly? Updated, LinkChecker.PageScan Scan);

    private readonly Dictionary<string, PageEntry> _previousPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageEntry> _pages = new(StringComparer.Ordinal);
    private int _reusedPages;

    /// <summary>Pages reused whole from the previous build (not made or rendered again).</summary>
    public int ReusedPages => _reusedPages;

    /// <summary>
    /// Reuses a page from the previous output when its fingerprint is unchanged and the file is still as
    /// the previous build wrote it; returns what the build needs to know of it, or null to make it again.
    /// </summary>
    public PageEntry? TryReuse(string file, string key)
    {
        if (!_previousPages.TryGetValue(file, out var entry) || entry.Key != key || !_previous.TryGetValue(file, out var before)) return null;
        var path = Full(_staging, file);
        EnsureFolder(path);
        if (!TryLink(Full(_target, file), path, before.Size)) return null;
        Interlocked.Increment(ref _linked);
        Interlocked.Increment(ref _reusedPages);
        _written[file] = before;
        _pages[file] = entry;
        return entry;
    }

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
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or FormatException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentException)
        {
            pages.Clear(); // an unreadable index only means nothing is reused
        }
        return true;
    }

    /// <summary>Files reused from the previous output by a hard link.</summary>
    public int Linked => _linked;

    public int Count => _written.Count;

    public bool Contains(string file) => _written.ContainsKey(file);

    public byte[]? Read(string file) => _written.ContainsKey(file) ? File.ReadAllBytes(Full(_staging, file)) : null;

    public void Add(string file, byte[] bytes)
    {
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        var path = Full(_staging, file);
        EnsureFolder(path);
        if (!(_previous.TryGetValue(file, out var before) && before == (hash, bytes.LongLength) && TryLink(Full(_target, file), path, bytes.LongLength)))
            File.WriteAllBytes(path, bytes);
        else Interlocked.Increment(ref _linked);
        _written[file] = (hash, bytes.LongLength);
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

    /// <summary>Creates a file's folder once; every thread writing into it waits until it exists.</summary>
    private void EnsureFolder(string path) =>
        _ = _folders.GetOrAdd(Path.GetDirectoryName(path)!, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;

    /// <summary>
    /// A hard link to the previous build's file when it still has the recorded size; false to write instead.
    /// .NET 10 has no managed hard-link call (only symbolic links), so this is libc's link() on Linux and
    /// macOS (where "libc" resolves to libSystem). Windows, and any machine or volume where linking fails
    /// (FAT or exFAT drives, some network shares), writes the file again: slower, same result.
    /// </summary>
    private static bool TryLink(string from, string to, long size)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        if (Volatile.Read(ref _noLink)) return false;
        try
        {
            var info = new FileInfo(from);
            if (!info.Exists || info.Length != size || info.LinkTarget is not null) return false;
            return link(from, to) == 0;
        }
        catch (IOException) { return false; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _noLink, true); // no libc link() here: stop asking, write every file
            return false;
        }
    }

    private static bool _noLink;

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);

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
/// The reusable-pages index, as JSON: one table of strings (links and ids repeat on every page), then per
/// page its file, fingerprint, route, date and link-check scan as indexes into the table. Deterministic.
/// </summary>
internal static class PageIndex
{
    public static void Write(string path, IReadOnlyDictionary<string, StagingSink.PageEntry> pages)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Id(string s)
        {
            if (!table.TryGetValue(s, out var i)) { i = strings.Count; table[s] = i; strings.Add(s); }
            return i;
        }
        var ordered = pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var rows = ordered.Select(p => (p.Key, p.Value,
            Links: p.Value.Scan.Links.SelectMany(l => new[] { Id(l.Raw), l.Line }).ToArray(),
            Ids: p.Value.Scan.Ids.Order(StringComparer.Ordinal).Select(Id).ToArray())).ToList();
        using var stream = File.Create(path);
        using var w = new System.Text.Json.Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteStartArray("strings");
        foreach (var s in strings) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartArray("pages");
        foreach (var (file, e, links, ids) in rows)
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("key", e.Key);
            w.WriteString("route", e.Route);
            if (e.Updated is { } d) w.WriteString("updated", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("links");
            foreach (var n in links) w.WriteNumberValue(n);
            w.WriteEndArray();
            w.WriteStartArray("ids");
            foreach (var n in ids) w.WriteNumberValue(n);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Read(string path, Dictionary<string, StagingSink.PageEntry> into)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        if (root.GetProperty("version").GetInt32() != 1) return;
        var strings = root.GetProperty("strings").EnumerateArray().Select(s => s.GetString()!).ToArray();
        foreach (var p in root.GetProperty("pages").EnumerateArray())
        {
            var file = p.GetProperty("file").GetString()!;
            var links = new List<(string, int)>();
            using (var e = p.GetProperty("links").EnumerateArray())
                while (e.MoveNext())
                {
                    var raw = strings[e.Current.GetInt32()];
                    if (!e.MoveNext()) break;
                    links.Add((raw, e.Current.GetInt32()));
                }
            var ids = p.GetProperty("ids").EnumerateArray().Select(i => strings[i.GetInt32()]).ToHashSet(StringComparer.Ordinal);
            DateOnly? updated = p.TryGetProperty("updated", out var u) ? DateOnly.ParseExact(u.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
            into[file] = new StagingSink.PageEntry(p.GetProperty("key").GetString()!, p.GetProperty("route").GetString()!, updated, new LinkChecker.PageScan(file, links, ids));
        }
    }
}

/// <summary>
/// The preview's output: a rebuild changes the output folder in place, writing only the files whose bytes
/// changed and deleting the ones the site no longer has, after the whole build has succeeded (a failed
/// rebuild changes nothing). Unchanged pages cost nothing at all, so an edit is served within a second
/// even on a national site. <c>build</c> keeps the staging folder and its all-at-once swap.
/// </summary>
public sealed class InPlaceSink : IFolderSink
{
    private readonly string _target;
    private readonly Dictionary<string, (string Hash, long Size)> _previous = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StagingSink.PageEntry> _previousPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Hash, long Size)> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StagingSink.PageEntry> _pages = new(StringComparer.Ordinal);
    private int _unchanged, _reusedPages;
    private IDisposable? _lock;

    private InPlaceSink(string target) => _target = target;

    /// <summary>An in-place sink, holding the output's lock, when the output holds a previous build to update; null to build it whole (staging).</summary>
    /// <exception cref="OutputBusyException">Another build is writing the same output.</exception>
    public static InPlaceSink? Open(string output)
    {
        var sink = new InPlaceSink(Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)));
        if (!Directory.Exists(sink._target)) return null;
        sink._lock = OutputFolder.Lock(sink._target);
        if (StagingSink.ReadPrevious(sink._target, sink._previous, sink._previousPages)) return sink;
        sink.Dispose();
        return null;
    }

    public int Linked => _unchanged;
    public int ReusedPages => _reusedPages;
    public int Count => _written.Count;
    public bool Contains(string file) => _written.ContainsKey(file);

    public byte[]? Read(string file) =>
        _pending.TryGetValue(file, out var b) ? b : _written.ContainsKey(file) ? File.ReadAllBytes(Full(file)) : null;

    public StagingSink.PageEntry? TryReuse(string file, string key)
    {
        if (!_previousPages.TryGetValue(file, out var entry) || entry.Key != key || !_previous.TryGetValue(file, out var before)) return null;
        var info = new FileInfo(Full(file));
        if (!info.Exists || info.Length != before.Size) return null;
        _written[file] = before;
        _pages[file] = entry;
        Interlocked.Increment(ref _unchanged);
        Interlocked.Increment(ref _reusedPages);
        return entry;
    }

    public void Remember(string file, StagingSink.PageEntry entry) => _pages[file] = entry;

    public void Add(string file, byte[] bytes)
    {
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        _written[file] = (hash, bytes.LongLength);
        if (_previous.TryGetValue(file, out var before) && before == (hash, bytes.LongLength) && new FileInfo(Full(file)) is { Exists: true } f && f.Length == bytes.LongLength)
            Interlocked.Increment(ref _unchanged);
        else _pending[file] = bytes;
    }

    public void Commit()
    {
        foreach (var (file, bytes) in _pending.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Full(file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".statiqreport-tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        foreach (var gone in _previous.Keys.Where(f => !_written.ContainsKey(f)))
        {
            try { File.Delete(Full(gone)); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        StagingSink.WriteManifest(_target, _written);
        PageIndex.Write(Path.Combine(_target, StagingSink.PagesName), _pages);
    }

    public void Dispose() => _lock?.Dispose();

    private string Full(string file) => StagingSink.Full(_target, file);
}
