namespace StatiqReport.Output;

/// <summary>
/// Writes the whole site into a staging folder beside the output, then swaps it in. A build that
/// fails before the swap leaves the previous output exactly as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(string output, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancel)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException("output has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            // Folders first (serially, in order), then files in parallel.
            foreach (var dir in files.Keys.Select(f => Path.GetDirectoryName(f.Replace('/', Path.DirectorySeparatorChar))).Where(d => !string.IsNullOrEmpty(d)).Distinct().Order(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(staging, dir!));
            Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancel }, f =>
                File.WriteAllBytes(Path.Combine(staging, f.Key.Replace('/', Path.DirectorySeparatorChar)), f.Value));
            File.WriteAllText(Path.Combine(staging, OutputGuard.Marker), "This folder is made by StatiqReport; a build replaces it whole.\n");
            cancel.ThrowIfCancellationRequested();
            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) TryDelete(staging);
        }
    }

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
