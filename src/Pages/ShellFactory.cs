using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Builds the shared shell (head, navigation, footer) of a page.</summary>
public sealed class ShellFactory(PageContext ctx)
{
    private static readonly (string Route, string Key)[] Navigation =
    [
        (Routes.Home, "nav.home"), (Routes.Systems, "nav.systems"), (Routes.Principles, "nav.principles"), (Routes.CaseStudies, "nav.case-studies"),
        (Routes.Reports, "nav.reports"), (Routes.Metrics, "nav.data"), (Routes.Search, "nav.search"),
    ];

    /// <param name="section">The navigation item this page belongs to (its route), for aria-current.</param>
    public Shell Create(string route, string title, string? description, string section, IReadOnlyList<Link>? breadcrumbs = null,
        string ogType = "website", string? jsonLd = null, IReadOnlyList<string>? scripts = null, ShareImage? ogImage = null)
    {
        var site = ctx.Site.Settings;
        // Search engines and link previews show a page's description; a page without its own says what the site is.
        description ??= ctx.S.F("layout.default-description", ("site", site.Title));
        // A one-system site is that system's own: its home page is the system's front page, so no Systems item.
        var nav = Navigation.Where(n => !(ctx.OneSystem && n.Route == Routes.Systems))
            .Select(n => new NavItem(ctx.Href(n.Route), ctx.S[n.Key], n.Route == section)).ToList();
        var footer = new List<Link>();
        foreach (var p in ctx.Site.Pages.OrderBy(p => p.Title, StringComparer.Ordinal))
            footer.Add(new Link(ctx.Href(Routes.Page(p.Slug)), p.Title));
        footer.Add(new Link(ctx.Href(Routes.MetricsCsv), ctx.S["download.all-figures"]));
        footer.Add(new Link(ctx.Href(Routes.CaseStudiesJson), ctx.S["download.case-studies"]));
        footer.Add(new Link(ctx.Href(Routes.Feed), ctx.S["download.feed"]));
        var pageTitle = route == Routes.Home ? site.Title : ctx.S.F("layout.page-title", ("page", title), ("site", site.Title));
        var shell = new Shell(site.Title, pageTitle, description, ctx.Language, ctx.Urls.Public(ctx.Localise(route)), ctx.Href(Routes.Home),
            ctx.Asset("css/site.css"), scripts ?? [], nav, breadcrumbs ?? [], footer, site.Publisher, site.Email,
            ctx.Href(Routes.Feed), ogType, jsonLd, ogImage, [ctx.Asset("fonts/OpenSans-Regular.woff2"), ctx.Asset("fonts/OpenSans-Bold.woff2")])
        {
            Icons = (ctx.Asset("images/favicon.svg"), ctx.Asset("images/favicon-32.png"), ctx.Asset("images/apple-touch-icon.png")),
        };
        if (!ctx.Bilingual) return shell;
        // Every page has its twin in the other language at the same address under /cy/.
        var english = new Alternate(site.Language.StartsWith("en", StringComparison.Ordinal) ? site.Language : "en-GB", ctx.Urls.Absolute(route), ctx.Site.Interface["en"]["language.name"]);
        var welsh = new Alternate("cy", ctx.Urls.Absolute("/cy" + route), ctx.Site.Interface["cy"]["language.name"]);
        var other = ctx.Language == "cy" ? english : welsh;
        return shell with
        {
            // hreflang must name absolute addresses; without the site's address the switch link still works.
            Alternates = ctx.Urls.Origin is null ? [] : [english, welsh],
            Switch = other with { Href = ctx.Urls.Href(other.Language == "cy" ? "/cy" + route : route) },
            TranslationNote = ctx.Language == "cy" && site.Welsh.Unofficial ? ctx.S["translation.site-unofficial"] : null,
        };
    }

    public Link Crumb(string route, string text) => new(ctx.Href(route), text);

    /// <summary>The home page as the first breadcrumb.</summary>
    public Link Home => Crumb(Routes.Home, ctx.S["nav.home"]);
}
