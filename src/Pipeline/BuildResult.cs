using StatiqReport.Diagnostics;

namespace StatiqReport.Pipeline;

/// <summary>The outcome of a build: diagnostics, what was produced, and where the time went.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The path the site's links are made under ("/" or "/anchors/"), once the content has loaded; null before.</summary>
    public string? BasePath { get; init; }

    /// <summary>Pictures drawn by this build (share cards); a build whose cards show what they showed before reuses them and draws none.</summary>
    public int Drawn { get; init; }

    /// <summary>The site's public address is known (url in site.yml or a full --base-url), so pages name their canonical address.</summary>
    public bool PublicAddressKnown { get; init; }
}
