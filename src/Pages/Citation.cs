using StatiqReport.Model;
using StatiqReport.Routing;

namespace StatiqReport.Pages;

/// <summary>Plain-text citations for the "cite this" block.</summary>
public static class Citation
{
    public static string ForCaseStudy(PageContext ctx, CaseStudy c, SystemProfile system)
    {
        var year = c.Published?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d.";
        return $"{system.Name} ({year}). {c.Title}. {ctx.Site.Settings.Publisher}. {ctx.Urls.Absolute(Routes.CaseStudy(c.Id))}";
    }

    public static string ForReport(PageContext ctx, AnnualReport r, SystemProfile system) =>
        $"{system.Name} ({r.Period.Display}). {r.Title}. Annual anchor impact report. {ctx.Urls.Absolute(Routes.Report(r.SystemId, r.Period))}";
}
