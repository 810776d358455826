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
public sealed class StagingSink : IOutputSink, IDisposable
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

    public StagingSink(string output)
    {
        _target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("output has no parent folder"); // not interface text
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
        var manifest = Path.Combine(_target, ManifestName);
        if (File.Exists(Path.Combine(_target, OutputGuard.Marker)) && File.Exists(manifest))
            foreach (var line in File.ReadLines(manifest))
            {
                var parts = line.Split(' ', 3);
                if (parts.Length == 3 && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var size)) _previous[parts[2]] = (parts[0], size);
            }
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
        var folder = Path.GetDirectoryName(path)!;
        // Every thread writing into a folder waits until the one that creates it has done so.
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;
        if (!(_previous.TryGetValue(file, out var before) && before == (hash, bytes.LongLength) && TryLink(Full(_target, file), path, bytes.LongLength)))
            File.WriteAllBytes(path, bytes);
        else Interlocked.Increment(ref _linked);
        _written[file] = (hash, bytes.LongLength);
    }

    /// <summary>Writes the manifest and the marker, and swaps the staging folder in for the output.</summary>
    public void Commit()
    {
        File.WriteAllLines(Path.Combine(_staging, ManifestName),
            _written.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value.Hash} {f.Value.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)} {f.Key}"));
        File.WriteAllText(Path.Combine(_staging, OutputGuard.Marker), "This folder is made by StatiqReport; a build replaces it whole.\n");
        Swap(_staging, _target);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) TryDelete(_staging);
    }

    private static string Full(string folder, string file) => Path.Combine(folder, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A hard link to the previous build's file when it still has the recorded size; false to write instead.</summary>
    private static bool TryLink(string from, string to, long size)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try
        {
            var info = new FileInfo(from);
            if (!info.Exists || info.Length != size || info.LinkTarget is not null) return false;
            return link(from, to) == 0;
        }
        catch (IOException) { return false; }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var old = target + $".old-{Guid.NewGuid():N}";
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target); // put the previous output back
            throw;
        }
        TryDelete(old);
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
