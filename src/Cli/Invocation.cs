namespace StatiqReport.Cli;

/// <summary>
/// How the person runs this program, so the commands we print for them to type next work as printed:
/// the released program (by name when it is on PATH, else by its full path), or the developer route
/// through `dotnet run`.
/// </summary>
public static class Invocation
{
    public static string Command => Describe(Environment.ProcessPath, AppContext.BaseDirectory,
        Environment.GetEnvironmentVariable("PATH"), OperatingSystem.IsWindows());

    /// <summary>The command for a process path, program folder and PATH (split out so every platform's form is tested here).</summary>
    public static string Describe(string? processPath, string baseDirectory, string? path, bool windows)
    {
        // Split by hand rather than with Path: the Windows form is tested on Linux too, where '\\' is not a separator.
        var cut = processPath is null ? -1 : processPath.LastIndexOfAny(windows ? ['\\', '/'] : ['/']);
        var file = processPath is null ? "" : processPath[(cut + 1)..];
        var exe = file.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? file[..^4] : file;
        if (exe.Equals("dotnet", StringComparison.OrdinalIgnoreCase) || processPath is null)
        {
            // Developer route: the project file is a few folders above bin/<configuration>/<framework>/.
            var dir = new DirectoryInfo(baseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StatiqReport.csproj"))) dir = dir.Parent;
            return dir is null
                ? $"dotnet {Quote(Path.Combine(baseDirectory, "StatiqReport.dll"), windows)}"
                : $"dotnet run --project {Quote(Path.Combine(dir.FullName, "StatiqReport.csproj"), windows)} --";
        }
        var folder = cut < 0 ? "" : processPath![..cut];
        var separator = windows ? ';' : ':';
        var onPath = (path ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries)
            .Any(p => string.Equals(p.TrimEnd('/', '\\'), folder, windows ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        if (onPath) return exe;
        var quoted = Quote(processPath!, windows);
        // PowerShell runs a quoted path only after the call operator.
        return windows && quoted.StartsWith('"') ? "& " + quoted : quoted;
    }

    private static string Quote(string path, bool windows) =>
        path.Contains(' ', StringComparison.Ordinal) || (windows && path.Contains('&', StringComparison.Ordinal)) ? $"\"{path}\"" : path;
}
