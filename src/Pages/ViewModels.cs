namespace StatiqReport.Pages;

// View models: everything a template shows, already computed and formatted. Templates only lay it out.

/// <summary>A link with its text.</summary>
public sealed record Link(string Href, string Text)
{
    /// <summary>The language of the text when it differs from the page's (a Welsh page's untranslated name).</summary>
    public string? Lang { get; init; }
}

/// <summary>One item of the main navigation.</summary>
public sealed record NavItem(string Href, string Text, bool Current);

/// <summary>What every page shares: head metadata, navigation and footer.</summary>
/// <param name="Fonts">The WOFF2 fonts every page uses above the fold, preloaded so text is drawn once.</param>
public sealed record Shell(
    string SiteTitle, string PageTitle, string? Description, string Language, string? Canonical, string HomeHref,
    string CssHref, IReadOnlyList<string> Scripts, IReadOnlyList<NavItem> Nav, IReadOnlyList<Link> Breadcrumbs,
    IReadOnlyList<Link> FooterLinks, string Publisher, string? Email, string FeedHref, string OgType, string? JsonLd,
    ShareImage? OgImage, IReadOnlyList<string> Fonts)
{
    /// <summary>A large picture in link previews when the page has a share card at an absolute address, else the plain summary.</summary>
    public string TwitterCard => OgImage is null ? "summary" : "summary_large_image";

    /// <summary>The page in each language (hreflang alternates), when the site is bilingual and its public address is known.</summary>
    public IReadOnlyList<Alternate> Alternates { get; init; } = [];

    /// <summary>The link to this page in the other language, named in that language.</summary>
    public Alternate? Switch { get; init; }

    /// <summary>The site's icon: SVG for browsers that draw it, a 32 px PNG for the rest, 180 px for phones' home screens.</summary>
    public required (string Svg, string Png, string Touch) Icons { get; init; }

    /// <summary>A note that the Welsh text of this site is an unofficial translation, or null.</summary>
    public string? TranslationNote { get; init; }
}

/// <summary>A page's share card for link previews (og:image): its absolute address, size, type and text alternative.</summary>
public sealed record ShareImage(string Url, int Width, int Height, string Type, string Alt);

/// <summary>The same page in a language: its code (hreflang), address and the language's own name.</summary>
public sealed record Alternate(string Language, string Href, string Name);

/// <summary>A case study as a card in a list.</summary>
public sealed record CaseStudyCard(string Href, string Title, string Summary, Link System, IReadOnlyList<Link> Principles, string? Period, bool Illustrative)
{
    /// <summary>"en" when the title and summary are shown untranslated on a Welsh page.</summary>
    public string? Lang { get; init; }
}

/// <summary>A row of a value table: one period (or one system) and its value.</summary>
public sealed record ValueRow(string Label, string? LabelHref, string Value, bool NotReported, bool Illustrative, string? Note, string? Source, bool Highlight = false);

/// <summary>A metric's values for one system, with the sentence that sums them up.</summary>
public sealed record SeriesView(
    string Id, string Title, Link Metric, string Unit, string Summary, IReadOnlyList<ValueRow> Rows, IReadOnlyList<string> Sources,
    bool AnyIllustrative, string? ChartSvg, string? CsvHref, string? Definition);

/// <summary>A headline figure tile.</summary>
public sealed record FigureTile(string Value, string Label, string? Change = null, string? ChangeClass = null, bool Illustrative = false, string? Note = null);

/// <summary>A cited source.</summary>
public sealed record SourceView(string Title, string? Href, string? Publisher, string? Date);
