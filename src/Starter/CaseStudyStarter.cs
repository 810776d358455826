using StatiqReport.Model;

namespace StatiqReport.Starter;

/// <summary>What a starter case study is written for.</summary>
/// <param name="Id">The case study's id (its file name).</param>
/// <param name="SystemId">The system it belongs to.</param>
/// <param name="Organisation">The first organisation involved: the system's name.</param>
/// <param name="Period">The financial year the work was done in.</param>
/// <param name="Today">For the commented example of the date it was published.</param>
/// <param name="InNewSite">Written by `new site`, whose report points at it: renaming it means changing the report too.</param>
public sealed record CaseStudyStart(string Id, string SystemId, string Organisation, Period Period, DateOnly Today, bool InNewSite = false);

/// <summary>
/// The starter case study of `new site` and `new case-study`: one template (Pieces/case-study.yml), so both
/// commands write the same guidance. Every optional key of the contract is there, commented out with a line
/// saying what it is for; its example text is starter text too, so uncommenting a key without writing
/// one's own words stops the build like any other starter text.
/// </summary>
public static class CaseStudyStarter
{
    public static string Text(CaseStudyStart s)
    {
        var rename = s.InNewSite
            ? "# Rename the file to a short id of your own in lower case with hyphens (e.g. local-jobs-for-local-people.yml),\n"
              + $"# and change the id in input/reports/{s.SystemId}/{s.Period.Id}.md to match.\n"
            : "";
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{{case-study}}"] = s.Id,
            ["{{rename-note}}"] = rename,
            ["{{id}}"] = s.SystemId,
            ["{{organisation}}"] = YamlText(s.Organisation),
            ["{{period}}"] = s.Period.Id,
            ["{{today}}"] = s.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["{{year}}"] = s.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return StarterSite.Fill(StarterSite.Resource("piece/case-study.yml"), tokens);
    }

    /// <summary>Text for inside double quotes: a name read from a system file may hold a quote or backslash.</summary>
    private static string YamlText(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
