using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Plain-text citations for the "cite this" block.</summary>
public static class Citation
{
    public static string ForCaseStudy(PageContext ctx, CaseStudy c, SystemProfile system)
    {
        var year = c.Published?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ctx.S["cite.no-date"];
        return ctx.S.F("cite.case-study", ("system", system.Name), ("year", year), ("title", c.Title), ("publisher", ctx.Site.Settings.Publisher), ("url", ctx.Urls.Absolute(Routes.CaseStudy(c.Id))));
    }

    public static string ForReport(PageContext ctx, AnnualReport r, SystemProfile system) =>
        ctx.S.F("cite.report", ("system", system.Name), ("period", r.Period.Display), ("title", r.Title), ("url", ctx.Urls.Absolute(Routes.Report(r.SystemId, r.Period))));
}
