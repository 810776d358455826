using System.Reflection;

namespace StatiqReport.Cli;

/// <summary>The program's own version, and where its released builds are downloaded from.</summary>
public static class ProgramVersion
{
    /// <summary>The version people see, e.g. 1.0.0 (without the build metadata after '+').</summary>
    public static string Short
    {
        get
        {
            var info = typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? typeof(ProgramVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            var plus = info.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? info : info[..plus];
        }
    }

    /// <summary>
    /// The address the release zips are downloaded from (…/v&lt;version&gt;/statiqreport-&lt;version&gt;-&lt;platform&gt;.zip),
    /// set at build time (MSBuild property ReleaseDownloads) so a copy of the project hosted elsewhere names its own releases.
    /// </summary>
    public static string ReleaseDownloads =>
        typeof(ProgramVersion).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ReleaseDownloads")?.Value ?? "https://github.com/statiqreport/statiqreport/releases/download";
}
