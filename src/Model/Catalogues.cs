namespace StatiqReport.Model;

/// <summary>One of the six principles (seed 002).</summary>
public sealed record Principle(string Id, int Number, string Title, string Summary, string? Description)
{
    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}

/// <summary>One of the seven domains of Step 1, with its Step 2 questions.</summary>
public sealed record Domain(string Id, string Title, string Summary, IReadOnlyList<string> Questions)
{
    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}

/// <summary>Which direction of change is an improvement.</summary>
public enum Better { Up, Down }

/// <summary>A metric definition from metrics.yml.</summary>
public sealed record MetricDefinition(string Id, string DomainId, string Title, string Unit, Better Better, string Definition, string? Source)
{
    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }
}

/// <summary>The three maturity levels, in order.</summary>
public enum MaturityLevel { Emerging, Established, Expanding }

/// <summary>An area of focus of the maturity framework with the description of each level.</summary>
public sealed record MaturityArea(string Id, string Title, string Emerging, string Established, string Expanding)
{
    /// <summary>On a Welsh page, "en" when this item's text is shown untranslated (a marked fallback).</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>The Welsh text is an unofficial translation (the page says so).</summary>
    public bool Unofficial { get; init; }

    public string Describe(MaturityLevel level) => level switch
    {
        MaturityLevel.Emerging => Emerging,
        MaturityLevel.Established => Established,
        _ => Expanding,
    };
}

/// <summary>Site settings from data/site.yml, with defaults when absent.</summary>
public sealed record SiteSettings(string Title, string? Description, string Publisher, string? Email, string Language, string? Url)
{
    /// <summary>How the site publishes in Welsh (site.yml <c>welsh:</c>).</summary>
    public WelshSettings Welsh { get; init; } = WelshSettings.Default;

    /// <summary>The GitHub repository the site is kept in (owner/name), where the forms at /admin/ save online.</summary>
    public string? Repository { get; init; }

    public static SiteSettings Default { get; } = new(
        "NHS anchor impact", null, "StatiqReport", null, "en-GB", null);
}

/// <summary>
/// Welsh publishing (site.yml <c>welsh:</c>). <see cref="Publish"/> null means "when any Welsh translation
/// exists". <see cref="RequiredMode"/>: "started" (every Welsh board with at least one Welsh file), "wales"
/// (every system with nation: Wales), "all", "none", or "list" (<see cref="RequiredIds"/>).
/// <see cref="SharedRequired"/> null means optional.
/// </summary>
public sealed record WelshSettings(bool? Publish, string RequiredMode, IReadOnlyList<string> RequiredIds, bool? SharedRequired, bool Unofficial)
{
    public static WelshSettings Default { get; } = new(null, "started", [], null, false);

    /// <param name="started">Whether the system has at least one Welsh file.</param>
    public bool IsRequired(SystemProfile s, bool started) => RequiredMode switch
    {
        "all" => true,
        "none" => false,
        "list" => RequiredIds.Contains(s.Id),
        "wales" => s.Nation == "Wales",
        _ => s.Nation == "Wales" && started,
    };
}
