using StatiqReport.Content;
using StatiqReport.Diagnostics;
using StatiqReport.Model;

namespace StatiqReport.Starter;

/// <summary>
/// What `new case-study` and `new report` read from the site they add to, so the file they write points
/// only at things that exist: the system's name, its case studies and the metrics it has figures for.
/// Read with the ordinary loaders; their errors are left for validate to report, and what could not be
/// read is simply not pointed at.
/// </summary>
public static class SiteContents
{
    /// <summary>The system's name from data/systems/&lt;id&gt;.yml, or null when the file cannot be read.</summary>
    public static string? SystemName(string root, string systemId) =>
        SystemLoader.Load(new ContentRoot(root), new DiagnosticBag(), new ReferenceList())
            .FirstOrDefault(s => s.Id == systemId)?.Name;

    /// <summary>What a new report of the system for the period can point at.</summary>
    public static ReportStart ForReport(string root, string systemId, Period period)
    {
        var content = new ContentRoot(root);
        var refs = new ReferenceList();
        var catalogue = CatalogueLoader.Metrics(content, new DiagnosticBag(), refs);
        var withFigures = MetricCsvLoader.Load(content, new DiagnosticBag(), refs)
            .Where(v => v.SystemId == systemId && v.Value is not null)
            .Select(v => v.MetricId).ToHashSet(StringComparer.Ordinal);
        var metrics = catalogue.Where(m => withFigures.Contains(m.Id)).Select(m => new StarterMetric(m.Id, m.DomainId)).ToList();
        var caseStudies = CaseStudyLoader.Load(content, new DiagnosticBag(), refs)
            .Where(c => c.SystemId == systemId)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new StarterCaseStudy(c.Id, c.Domains)).ToList();
        return new ReportStart(systemId, period, metrics, caseStudies, catalogue.Count > 0 ? catalogue[0].Id : null);
    }
}
