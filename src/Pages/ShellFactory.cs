using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Builds the shared shell (head, navigation, footer) of a page.</summary>
public sealed class ShellFactory(PageContext ctx)
{
    private static readonly (string Route, string Text)[] Navigation =
    [
        (Routes.Home, "Home"), (Routes.Systems, "Systems"), (Routes.Principles, "Principles"), (Routes.CaseStudies, "Case studies"),
        (Routes.Reports, "Reports"), (Routes.Metrics, "Data"), (Routes.Search, "Search"),
    ];

    /// <param name="section">The navigation item this page belongs to (its route), for aria-current.</param>
    public Shell Create(string route, string title, string? description, string section, IReadOnlyList<Link>? breadcrumbs = null,
        string ogType = "website", string? jsonLd = null, IReadOnlyList<string>? scripts = null)
    {
        var site = ctx.Site.Settings;
        var nav = Navigation.Select(n => new NavItem(ctx.Href(n.Route), n.Text, n.Route == section)).ToList();
        var footer = new List<Link>();
        foreach (var p in ctx.Site.Pages.OrderBy(p => p.Title, StringComparer.Ordinal))
            footer.Add(new Link(ctx.Href(Routes.Page(p.Slug)), p.Title));
        footer.Add(new Link(ctx.Href(Routes.MetricsCsv), "Download all figures (CSV)"));
        footer.Add(new Link(ctx.Href(Routes.CaseStudiesJson), "Download case studies (JSON)"));
        footer.Add(new Link(ctx.Href(Routes.Feed), "Atom feed"));
        var pageTitle = route == Routes.Home ? site.Title : $"{title} – {site.Title}";
        return new Shell(site.Title, pageTitle, description, site.Language, ctx.Urls.Absolute(route), ctx.Href(Routes.Home),
            ctx.Href(Routes.Asset("css/site.css")), scripts ?? [], nav, breadcrumbs ?? [], footer, site.Publisher, site.Email,
            ctx.Href(Routes.Feed), ogType, jsonLd, null, ctx.Href(Routes.Asset("fonts/OpenSans-Regular.ttf")));
    }

    public Link Crumb(string route, string text) => new(ctx.Href(route), text);
}
