using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace StatiqReport.Output;

/// <summary>
/// Updates an output folder a previous build made, in place: work proportional to the edit, not to the site.
/// While the build runs, only the files whose bytes changed are written, into a staging folder beside the
/// output, and the output is not touched, so a failed or stopped build changes nothing. Once every check
/// has passed, <see cref="Commit"/> writes a journal (the files to put and to delete, with their hashes),
/// flushes it to disk and renames it into the staging folder: that rename is the moment the build counts as
/// done. Then the changed files are moved over the old ones, the removed ones deleted, and the manifest put
/// last. A build killed after the rename is finished by the next one (<see cref="Journal.Recover"/>); one
/// killed before it left only a staging folder, which the next build deletes.
/// </summary>
public sealed class JournalSink : IFolderSink
{
    private readonly string _target;
    private readonly string _staging;
    private readonly IDisposable _lock;
    private readonly Dictionary<string, (string Hash, long Size)> _previous;
    private readonly Dictionary<string, StagingSink.PageEntry> _previousPages;
    private readonly ConcurrentDictionary<string, (string Hash, long Size)> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _staged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StagingSink.PageEntry> _pages = new(StringComparer.Ordinal);
    private int _unchanged, _reusedPages;
    private bool _committed;

    private readonly bool _sweep;
    private readonly FolderWriter _writer;

    internal JournalSink(string target, IDisposable outputLock, Dictionary<string, (string Hash, long Size)> previous, Dictionary<string, StagingSink.PageEntry> previousPages, bool sweep)
    {
        _sweep = sweep;
        _target = target;
        _lock = outputLock;
        _previous = previous;
        _previousPages = previousPages;
        _staging = OutputFolder.CreateStaging(target);
        _writer = new FolderWriter(_staging);
    }

    /// <summary>Files this build left as they were (same bytes as the previous build's).</summary>
    public int Linked => _unchanged;

    public int ReusedPages => _reusedPages;

    /// <summary>Files this build wrote because they are new or their bytes changed.</summary>
    public int Changed => _staged.Count;

    /// <summary>Files of the previous output this build removed (known once committed).</summary>
    public int Removed { get; private set; }

    public int Count => _written.Count;

    public bool Contains(string file) => _written.ContainsKey(file);

    public byte[]? Read(string file) =>
        _staged.ContainsKey(file) ? File.ReadAllBytes(StagingSink.Full(_staging, file))
        : _written.ContainsKey(file) ? File.ReadAllBytes(StagingSink.Full(_target, file)) : null;

    public StagingSink.PageEntry? TryReuse(string file, string key)
    {
        if (!_previousPages.TryGetValue(file, out var entry) || entry.Key != key || !_previous.TryGetValue(file, out var before)) return null;
        var info = new FileInfo(StagingSink.Full(_target, file));
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
        var now = (Convert.ToHexString(SHA256.HashData(bytes)), bytes.LongLength);
        _written[file] = now;
        if (_previous.TryGetValue(file, out var before) && before == now && new FileInfo(StagingSink.Full(_target, file)) is { Exists: true } f && f.Length == now.LongLength)
        {
            Interlocked.Increment(ref _unchanged);
            _staged.TryRemove(file, out _); // a file added twice (never in practice) ends as the last bytes given
            return;
        }
        _writer.Write(file, bytes);
        _staged[file] = true;
        KillSwitch.Step("stage");
    }

    public void Commit()
    {
        // What the new output no longer has: the previous build's files this one did not make. With --no-cache
        // (trust nothing from before), also anything else found in the folder, such as a file put there by hand;
        // walking every folder of a national site costs more than the rest of the update.
        var gone = new SortedSet<string>(_previous.Keys.Where(f => !_written.ContainsKey(f)), StringComparer.Ordinal);
        if (_sweep)
            foreach (var file in Journal.FilesIn(_target))
                if (!_written.ContainsKey(file) && !Journal.IsOurs(file)) gone.Add(file);
        Removed = gone.Count;
        // The manifest and page index are written into staging like any changed file, and put last.
        StagingSink.WriteManifest(_staging, _written);
        PageIndex.Write(Path.Combine(_staging, StagingSink.PagesName), _pages);
        var puts = _staged.Keys.Order(StringComparer.Ordinal)
            .Select(f => new Journal.Put(f, _written[f].Hash, _written[f].Size))
            .Concat(new[] { StagingSink.PagesName, StagingSink.ManifestName }.Select(f => Journal.Stamp(_staging, f)))
            .ToList();
        Journal.Write(_staging, puts, gone.ToList());
        _committed = true; // from here the build is done: if this process dies, the next build finishes the job
        Journal.Apply(_staging, _target, verify: false); // this process wrote the staged files just now
    }

    public void Dispose()
    {
        // Not committed: only staged files exist, the output is untouched; delete them.
        if (!_committed && Directory.Exists(_staging)) OutputFolder.DeleteMarked(_staging);
        _lock.Dispose();
    }
}

/// <summary>
/// The journal of an in-place update (<see cref="JournalSink"/>): written into the staging folder when a
/// build is done, read again by the next build if that one was killed while it moved the files.
/// </summary>
public static class Journal
{
    /// <summary>The journal's name in a staging folder; its presence means "done: apply me".</summary>
    public const string Name = ".statiqreport-journal";

    public sealed record Put(string File, string Hash, long Size);

    /// <summary>Our own bookkeeping files in an output folder (never published content, never deleted as strays).</summary>
    public static bool IsOurs(string file) =>
        file is OutputGuard.Marker or StagingSink.ManifestName or StagingSink.PagesName;

    /// <summary>Every file under a folder, as site paths with forward slashes (hidden files included).</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'));

    internal static Put Stamp(string folder, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(folder, file));
        return new Put(file, Convert.ToHexString(SHA256.HashData(bytes)), bytes.LongLength);
    }

    /// <summary>Writes the journal to a temporary name, flushes it to the disk, and renames it: the commit point.</summary>
    internal static void Write(string staging, IReadOnlyList<Put> puts, IReadOnlyList<string> deletes)
    {
        var temp = Path.Combine(staging, Name + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var w = new System.Text.Json.Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteNumber("version", 1);
                w.WriteStartArray("delete");
                foreach (var d in deletes) w.WriteStringValue(d);
                w.WriteEndArray();
                w.WriteStartArray("put");
                foreach (var p in puts)
                {
                    w.WriteStartObject();
                    w.WriteString("file", p.File);
                    w.WriteString("sha256", p.Hash);
                    w.WriteNumber("size", p.Size);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            stream.Flush(flushToDisk: true);
        }
        KillSwitch.Step("journal");
        File.Move(temp, Path.Combine(staging, Name));
    }

    /// <summary>
    /// Carries out a staging folder's journal on the output: deletes, then puts in order (the manifest
    /// last), then deletes the staging folder. Safe to run again after being cut short: a put whose file
    /// has already moved is checked in place. A file that is neither in staging nor in the output with
    /// the journal's hash (a power cut lost it) means the output cannot be trusted file by file: its
    /// manifest is removed, so the next build writes the whole site afresh.
    /// </summary>
    /// <param name="verify">Check each staged file against the journal's hash before moving it (after a crash);
    /// false when the process that wrote them moves them.</param>
    public static void Apply(string staging, string target, bool verify = true)
    {
        var (puts, deletes) = Read(Path.Combine(staging, Name));
        foreach (var file in deletes)
        {
            var path = StagingSink.Full(target, file);
            Retry(() => { if (File.Exists(path)) File.Delete(path); });
            Prune(Path.GetDirectoryName(path)!, target);
            KillSwitch.Step("apply");
        }
        var damaged = false;
        foreach (var put in puts)
        {
            var from = StagingSink.Full(staging, put.File);
            var to = StagingSink.Full(target, put.File);
            if (File.Exists(from))
            {
                if (verify && !Matches(from, put)) { damaged = true; continue; }
                if (Directory.Exists(to)) Directory.Delete(to, recursive: true); // a folder where a file now goes
                MakeFolder(Path.GetDirectoryName(to)!, target);
                Retry(() => File.Move(from, to, overwrite: true));
                KillSwitch.Step("apply");
            }
            else if (!File.Exists(to) || !Matches(to, put)) damaged = true;
        }
        if (damaged)
            foreach (var own in new[] { StagingSink.ManifestName, StagingSink.PagesName })
                File.Delete(Path.Combine(target, own));
        KillSwitch.Step("tidy");
        OutputFolder.DeleteMarked(staging);
    }

    /// <summary>What a killed build left beside the output: a journal is carried out, a folder without one is deleted.</summary>
    internal static void Recover(string staging, string target)
    {
        if (File.Exists(Path.Combine(staging, Name)) && Directory.Exists(target)) Apply(staging, target);
        else OutputFolder.DeleteMarked(staging);
    }

    private static (List<Put> Puts, List<string> Deletes) Read(string path)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var deletes = root.GetProperty("delete").EnumerateArray().Select(d => d.GetString()!).ToList();
        var puts = root.GetProperty("put").EnumerateArray()
            .Select(p => new Put(p.GetProperty("file").GetString()!, p.GetProperty("sha256").GetString()!, p.GetProperty("size").GetInt64())).ToList();
        return (puts, deletes);
    }

    private static bool Matches(string path, Put put) =>
        new FileInfo(path).Length == put.Size && Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) == put.Hash;

    /// <summary>Creates a file's folder, deleting a file that stands where a folder of the new site goes.</summary>
    private static void MakeFolder(string folder, string target)
    {
        if (Directory.Exists(folder)) return;
        for (var up = folder; up.Length > target.Length; up = Path.GetDirectoryName(up)!)
            if (File.Exists(up)) File.Delete(up);
        Directory.CreateDirectory(folder);
    }

    /// <summary>Removes folders a delete left empty, up to (not including) the output itself.</summary>
    private static void Prune(string folder, string target)
    {
        for (var up = folder; up.Length > target.Length && Directory.Exists(up) && !Directory.EnumerateFileSystemEntries(up).Any(); up = Path.GetDirectoryName(up)!)
            Directory.Delete(up);
    }

    /// <summary>
    /// Tries a file operation again for a moment: on Windows a virus scanner, the search indexer or the
    /// preview's own web server briefly holds a file, and replacing or deleting it fails while it does.
    /// </summary>
    private static void Retry(Action act)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                act();
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 10)
            {
                Thread.Sleep(50 * attempt);
            }
        }
    }
}

/// <summary>
/// For the crash tests only (tests/Output/JournalKillTests.cs): with STATIQREPORT_TEST_KILL=point:n in the
/// environment, the process kills itself outright (SIGKILL on Linux and macOS, TerminateProcess on Windows,
/// as kill -9 or a power cut would stop it) at the n-th step of that point of writing the output: "stage"
/// (a changed file written to staging), "journal" (written, not yet renamed), "apply" (a file moved in or
/// deleted), "tidy" (all applied, staging not yet deleted). Unset, as for every user, it does nothing.
/// </summary>
internal static class KillSwitch
{
    private static readonly (string Point, int At)? Plan = Parse(Environment.GetEnvironmentVariable("STATIQREPORT_TEST_KILL"));
    private static int _steps;

    public static void Step(string point)
    {
        if (Plan is { } plan && plan.Point == point && Interlocked.Increment(ref _steps) == plan.At)
            System.Diagnostics.Process.GetCurrentProcess().Kill();
    }

    private static (string, int)? Parse(string? value) =>
        value?.Split(':') is [var point, var n] && int.TryParse(n, System.Globalization.CultureInfo.InvariantCulture, out var at) ? (point, at) : null;
}
