namespace StatiqReport.Model;

/// <summary>One of the six principles (seed 002).</summary>
public sealed record Principle(string Id, int Number, string Title, string Summary, string? Description);

/// <summary>One of the seven domains of Step 1, with its Step 2 questions.</summary>
public sealed record Domain(string Id, string Title, string Summary, IReadOnlyList<string> Questions);

/// <summary>Which direction of change is an improvement.</summary>
public enum Better { Up, Down }

/// <summary>A metric definition from metrics.yml.</summary>
public sealed record MetricDefinition(string Id, string DomainId, string Title, string Unit, Better Better, string Definition, string? Source);

/// <summary>The three maturity levels, in order.</summary>
public enum MaturityLevel { Emerging, Established, Expanding }

/// <summary>An area of focus of the maturity framework with the description of each level.</summary>
public sealed record MaturityArea(string Id, string Title, string Emerging, string Established, string Expanding)
{
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
    public static SiteSettings Default { get; } = new(
        "NHS anchor impact", null, "StatiqReport", null, "en-GB", null);
}
