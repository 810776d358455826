using StatiqReport.Formatting;
using StatiqReport.Model;
using StatiqReport.Rendering;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>A page's share card and the sentence that says what it shows (og:image:alt).</summary>
public sealed record PageCard(ShareCard Card, string Alt);

/// <summary>
/// The share card (og:image) of each annual report and case study, in the page's language: what it
/// shows, the work that draws it beside the page (<c>share.png</c>, reused while what it shows is
/// unchanged), and the head tags' view of it. Link previews ignore a relative og:image, so the tags are
/// written only when the site's public address is known (<c>url</c> in site.yml or a full --base-url);
/// the picture is drawn either way, so it can be linked.
/// </summary>
public sealed class ShareCards(PageContext ctx)
{
    private Localisation.Strings S => ctx.S;
    private SiteModel Site => ctx.Site;

    /// <summary>A report's card: its title, and the first three of its highlights with a value for the period, people and pounds first as the glance orders them.</summary>
    public PageCard Report(AnnualReport r)
    {
        var figures = r.Highlights.Select(Site.Metric).OrderBy(ReportPages.HeadlineOrder)
            .Select(m => (Metric: m, Value: Site.Series(r.SystemId, m.Id).FirstOrDefault(v => v.Period == r.Period)))
            .Where(x => x.Value?.Value is not null)
            .Take(ShareCard.MaxFigures)
            .Select(x => new ShareCardFigure(NumberFormatter.Format(x.Value!.Value!.Value, x.Metric.Unit), x.Metric.Title, x.Value.Illustrative))
            .ToList();
        var card = new ShareCard(Site.System(r.SystemId).Name, S.F("report.caption", ("period", r.Period.Display)), r.Title, figures, S["illustrative.tag"], r.Illustrative)
            { Summary = r.Summary };
        return new PageCard(card, Alt(card, figures.Select(f => Mark(S.F("share.alt-metric", ("label", f.Label), ("value", f.Value)), f.Illustrative))));
    }

    /// <summary>A case study's card: its title and its first three figures (invented when the case study is).</summary>
    public PageCard CaseStudy(CaseStudy c)
    {
        var figures = c.Figures.Take(ShareCard.MaxFigures)
            .Select(f => new ShareCardFigure(NumberFormatter.Format(f.Value, f.Unit), f.Label, c.Illustrative))
            .ToList();
        var card = new ShareCard(Site.System(c.SystemId).Name, S["case-study.caption"], c.Title, figures, S["illustrative.tag"], c.Illustrative)
            { Summary = c.SummaryText };
        return new PageCard(card, Alt(card, figures.Select(f => Mark(S.F("share.alt-figure", ("value", f.Value), ("label", f.Label)), f.Illustrative))));
    }

    /// <summary>
    /// The head tags' view of a page's card: its absolute address when the site's address is known; without it,
    /// its address from the site's root (the Open Graph protocol asks for an absolute one, but most link
    /// previews resolve it against the page, and a partner can still find the picture), so every report and
    /// case study names its card.
    /// </summary>
    public ShareImage Image(string pageRoute, PageCard card) =>
        new(ctx.Urls.Absolute(ctx.Localise(Routes.ShareCard(pageRoute))), ShareCardLayout.Width, ShareCardLayout.Height, "image/png", card.Alt);

    /// <summary>Drawing a page's card: a file beside the page, reused from the previous build while what it shows is unchanged.</summary>
    public Work Work(string pageRoute, PageCard card)
    {
        var route = ctx.Localise(Routes.ShareCard(pageRoute));
        return new Work(() => new FileJob(route, ShareCardPainter.Png(ShareCardLayout.Of(card.Card))), Routes.FileOf(route),
            ctx.Fingerprints?.ShareCard(card.Card.Describe()), IsPage: false, IsDrawing: true);
    }

    private string Alt(ShareCard card, IEnumerable<string> figures)
    {
        var kind = Mark(card.Kind, card.Illustrative);
        var list = string.Join("; ", figures);
        return list.Length == 0
            ? S.F("share.alt", ("system", card.System), ("kind", kind), ("title", card.Title))
            : S.F("share.alt-figures", ("system", card.System), ("kind", kind), ("title", card.Title), ("figures", list));
    }

    private string Mark(string text, bool illustrative) => illustrative ? S.F("share.illustrative", ("text", text)) : text;
}
