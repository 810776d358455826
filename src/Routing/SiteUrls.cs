namespace StatiqReport.Routing;

/// <summary>Turns site-relative routes into links under the base path, and absolute addresses for feeds and canonical links.</summary>
public sealed class SiteUrls
{
    /// <summary>The base path, always starting and ending with '/': "/" or "/anchors/".</summary>
    public string BasePath { get; }

    /// <summary>The public origin (https://example.org) or null when the site's address is not known.</summary>
    public string? Origin { get; }

    public SiteUrls(string? baseUrl, string? siteUrl)
    {
        // --base-url may be a path (/anchors/) or a full address (https://x.github.io/anchors/).
        string? origin = null;
        var path = baseUrl ?? "/";
        if (Uri.TryCreate(path, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            origin = abs.GetLeftPart(UriPartial.Authority);
            path = abs.AbsolutePath;
        }
        else if (siteUrl is not null && Uri.TryCreate(siteUrl, UriKind.Absolute, out var site))
        {
            origin = site.GetLeftPart(UriPartial.Authority);
            if (baseUrl is null) path = site.AbsolutePath;
        }
        BasePath = "/" + path.Trim('/') + (path.Trim('/').Length > 0 ? "/" : "");
        Origin = origin;
    }

    /// <summary>A link for an href or src: the route under the base path ("/anchors/systems/x/").</summary>
    public string Href(string route) => BasePath + route.TrimStart('/');

    /// <summary>An absolute address when the origin is known, otherwise the base-path link.</summary>
    public string Absolute(string route) => (Origin ?? "") + Href(route);

    /// <summary>
    /// The public address of a route, or null when the site's address is not known: canonical links,
    /// hreflang, og:url and the sitemap must be absolute, and a relative one is worse than none
    /// (search engines read it against wherever the page was found).
    /// </summary>
    public string? Public(string route) => Origin is null ? null : Origin + Href(route);
}
