namespace StatiqReport.Output;

/// <summary>
/// The folders a build makes beside its output, and how the next build tidies what a killed one left.
/// A build writes into <c>.&lt;name&gt;.staging-&lt;id&gt;</c> (marked by <see cref="StagingMarker"/>), and
/// swaps it in by renaming the previous output to <c>.&lt;name&gt;.old-&lt;id&gt;</c> and the staging folder to
/// the output. A build killed part-way (power cut, Ctrl+C twice, kill -9) leaves one of those behind; the
/// next build of the same output, holding the output's lock so no other build is running, deletes them,
/// and puts the previous output back if the build died between the two renames. A build that updates its
/// output in place (<see cref="JournalSink"/>) stages only its changed files; if it died after writing its
/// journal, the next build carries the journal out instead of deleting the folder. Only folders with our
/// name pattern and one of our markers are touched: a folder a person made is never deleted.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file that marks a staging folder; it is made first and deleted last.</summary>
    public const string StagingMarker = ".statiqreport-staging";

    private const string Staging = ".staging-";
    private const string Old = ".old-";

    /// <summary>A new staging folder's path beside the output.</summary>
    public static string NewStaging(string target) => Beside(target, Staging);

    /// <summary>Makes a new staging folder beside the output, marked so the next build can tidy it if this one is killed.</summary>
    public static string CreateStaging(string target)
    {
        var staging = NewStaging(target);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, StagingMarker), "A build of StatiqReport in progress; the next build finishes or deletes this folder if that build was stopped.\n");
        return staging;
    }

    /// <summary>A path to move the previous output to while the new one is swapped in.</summary>
    public static string NewOld(string target) => Beside(target, Old);

    private static string Beside(string target, string kind) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}{kind}{Guid.NewGuid():N}");

    /// <summary>
    /// Takes the output's lock for the length of a build, so two builds (or a build and a preview) never
    /// write the same output at once. The lock is a file beside the output, held open without sharing:
    /// Windows refuses a second open, and .NET takes an exclusive flock() on Linux and macOS. It is removed
    /// when the build ends; one left by a killed build is not held by anyone and is simply taken again.
    /// </summary>
    /// <exception cref="OutputBusyException">Another build holds it.</exception>
    public static IDisposable Lock(string target)
    {
        var path = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.statiqreport-lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new OutputBusyException($"another build or preview is writing to '{target}' right now; wait for it to finish (or stop it with Ctrl+C) and build again", e);
        }
    }

    /// <summary>
    /// Tidies what an earlier killed build of this output left: the previous output is put back if the
    /// output is missing, then stale staging and old-output folders are deleted. Call it holding the lock.
    /// </summary>
    public static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(target);
        var ours = Directory.EnumerateDirectories(parent, $".{name}.*")
            .Select(d => (Path: d, Kind: KindOf(Path.GetFileName(d), name)))
            .Where(d => d.Kind is not null && IsMarked(d.Path))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(target) && ours.FirstOrDefault(d => d.Kind == Old && File.Exists(Path.Combine(d.Path, OutputGuard.Marker))) is { Path: { } previous })
        {
            Directory.Move(previous, target); // died between the two renames: the previous output comes back
            ours.RemoveAll(d => d.Path == previous);
        }
        // A staging folder with a journal is a build that was done and killed while it moved its files in: finish it.
        foreach (var (dir, kind) in ours)
            if (kind == Staging) Journal.Recover(dir, target);
            else DeleteMarked(dir);
    }

    /// <summary>".staging-" or ".old-" when the folder name is one a build of this output makes, else null.</summary>
    private static string? KindOf(string folder, string name)
    {
        foreach (var kind in new[] { Staging, Old })
        {
            var prefix = $".{name}{kind}";
            if (folder.StartsWith(prefix, StringComparison.Ordinal) && folder.Length == prefix.Length + 32 && folder[prefix.Length..].All(Uri.IsHexDigit))
                return kind;
        }
        return null;
    }

    private static bool IsMarked(string dir) =>
        File.Exists(Path.Combine(dir, StagingMarker)) || File.Exists(Path.Combine(dir, OutputGuard.Marker));

    /// <summary>
    /// Deletes a folder of ours with its markers last, so a delete cut short is still recognised and
    /// finished by the next build. A file another program holds open (Windows) is left for next time.
    /// </summary>
    public static void DeleteMarked(string dir)
    {
        try
        {
            // The journal goes before the staging marker: a folder with a journal but no marker would never be finished.
            var markers = new[] { Journal.Name, StagingMarker, OutputGuard.Marker, Preview.PreviewFolder.Marker };
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (markers.Contains(entry.Name)) continue;
                if (entry is DirectoryInfo sub && sub.LinkTarget is null) sub.Delete(recursive: true);
                else entry.Delete();
            }
            foreach (var marker in markers) File.Delete(Path.Combine(dir, marker));
            Directory.Delete(dir);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Another build or preview is writing the same output folder.</summary>
public sealed class OutputBusyException(string message, Exception inner) : IOException(message, inner);

/// <summary>Writes files into a folder from many threads, creating each sub-folder once (every thread writing into it waits until it exists).</summary>
internal sealed class FolderWriter(string folder)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<bool>> _made = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>Writes a site file (forward-slash path) into the folder.</summary>
    public void Write(string file, byte[] bytes)
    {
        var path = StagingSink.Full(folder, file);
        _ = _made.GetOrAdd(Path.GetDirectoryName(path)!, d => new Lazy<bool>(() => Directory.CreateDirectory(d).Exists)).Value;
        File.WriteAllBytes(path, bytes);
    }
}
