namespace StatiqReport.Preview;

/// <summary>
/// The temporary folder one run of `preview` builds into: <c>&lt;TEMP&gt;/statiqreport-preview/&lt;id&gt;/site</c>.
/// Its marker file is held open without sharing while the preview runs (Windows refuses a second open;
/// .NET takes an exclusive flock() on Linux and macOS), so a new preview can tell a folder whose preview
/// was killed from one still serving, and deletes only the first. A stopped preview deletes its own.
/// </summary>
public sealed class PreviewFolder : IDisposable
{
    /// <summary>The file that marks a preview's folder, held open while the preview runs.</summary>
    public const string Marker = ".statiqreport-preview";

    private readonly string _folder;
    private FileStream? _held;

    /// <summary>Where this run's site is built and served from.</summary>
    public string Site => Path.Combine(_folder, "site");

    private PreviewFolder(string folder, FileStream held) => (_folder, _held) = (folder, held);

    /// <summary>The parent of every preview's folder.</summary>
    public static string Parent => Path.Combine(Path.GetTempPath(), "statiqreport-preview");

    /// <summary>Deletes the folders of previews that are no longer running, then makes this run's.</summary>
    public static PreviewFolder Create()
    {
        Directory.CreateDirectory(Parent);
        SweepStale();
        var folder = Path.Combine(Parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var held = new FileStream(Path.Combine(folder, Marker), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        held.Write("A StatiqReport preview is running from this folder; it is deleted when the preview stops.\n"u8);
        held.Flush();
        return new PreviewFolder(folder, held);
    }

    /// <summary>Deletes every marked preview folder whose marker nobody holds: its preview was killed.</summary>
    private static void SweepStale()
    {
        foreach (var dir in Directory.EnumerateDirectories(Parent))
        {
            var marker = Path.Combine(dir, Marker);
            if (!File.Exists(marker)) continue;
            try
            {
                using (new FileStream(marker, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
            }
            catch (IOException) { continue; } // a preview is running from it
            catch (UnauthorizedAccessException) { continue; } // another user's
            Output.OutputFolder.DeleteMarked(dir);
        }
    }

    /// <summary>Lets go of the marker and deletes the folder.</summary>
    public void Dispose()
    {
        if (_held is null) return;
        _held.Dispose();
        _held = null;
        Output.OutputFolder.DeleteMarked(_folder);
    }
}
