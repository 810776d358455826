using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>The validation stage: every id used in content names something that exists.</summary>
public static class ReferenceValidator
{
    /// <param name="known">
    /// The ids of each kind. For systems and case studies these are the file names found, so a file
    /// that failed to load is reported once, in that file, not again at every use.
    /// A kind missing from the map (its catalogue failed to load) is not checked, for the same reason.
    /// </param>
    public static void Check(ReferenceList refs, IReadOnlyDictionary<ReferenceKind, IReadOnlySet<string>> known, DiagnosticBag diags)
    {
        foreach (var r in refs.All)
        {
            if (!known.TryGetValue(r.Kind, out var ids) || ids.Contains(r.Id)) continue;
            var (code, what, where) = r.Kind switch
            {
                ReferenceKind.Principle => (ErrorCodes.UnknownPrinciple, "principle", "data/principles.yml"),
                ReferenceKind.Domain => (ErrorCodes.UnknownDomain, "domain", "data/domains.yml"),
                ReferenceKind.System => (ErrorCodes.UnknownSystem, "system", "data/systems/"),
                ReferenceKind.Metric => (ErrorCodes.UnknownMetric, "metric", "data/metrics.yml"),
                ReferenceKind.CaseStudy => (ErrorCodes.UnknownCaseStudy, "case study", "data/case-studies/"),
                _ => (ErrorCodes.UnknownMaturityArea, "maturity area", "data/maturity.yml"),
            };
            diags.Error(r.At, code, $"unknown {what} '{MapReader.Clip(r.Id)}'{Suggest.Hint(r.Id, ids)}; known: {Suggest.Known(ids)} (see {where})");
        }
    }
}
