using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>Reports items sharing an id (e.g. two case-study files of the same name in different folders) and sorts the rest by id.</summary>
public static class DuplicateIds
{
    public static IReadOnlyList<T> Check<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string what, DiagnosticBag diags)
    {
        var result = new List<T>();
        foreach (var group in items.GroupBy(id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(i => at(i).Path, StringComparer.Ordinal).ToList();
            result.Add(ordered[0]);
            foreach (var dup in ordered.Skip(1))
                diags.Error(at(dup), ErrorCodes.DuplicateId,
                    $"the {what} id '{group.Key}' is also used by {at(ordered[0]).Path}; ids are file names and must be unique: rename one of the files");
        }
        return result;
    }
}
