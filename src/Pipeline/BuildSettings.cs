namespace StatiqReport.Pipeline;

/// <summary>What a build was asked to do.</summary>
/// <param name="Root">The site root (content folders data/, input/, theme/).</param>
/// <param name="Output">Where the site is written; null for validate (nothing written).</param>
/// <param name="BaseUrl">The path (or full address) the site is served under.</param>
/// <param name="Pdf">Also print each annual report to a tagged PDF beside its page (needs Chromium).</param>
/// <param name="NoCache">Reuse nothing from earlier builds (charts are drawn afresh and not kept).</param>
/// <param name="AllowPlaceholders">Build although starter text is left (a first look): the pages show it highlighted.</param>
/// <param name="Admin">Also write the forms for editing online (/admin/: the page, Sveltia CMS, config.yml); needs site.yml's repository.</param>
public sealed record BuildSettings(string Root, string? Output, string? BaseUrl, bool Pdf = false, bool NoCache = false,
    bool AllowPlaceholders = false, bool Admin = false);
