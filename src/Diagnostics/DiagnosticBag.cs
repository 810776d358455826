using System.Collections.Concurrent;

namespace StatiqReport.Diagnostics;

/// <summary>
/// The one diagnostics collector of a build. Thread-safe: loaders run in parallel.
/// Output is sorted by path, line and column so the report is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Error(SourceLocation at, ErrorCode code, string message) =>
        _items.Add(new Diagnostic(at, Severity.Error, code, message));

    public void Warning(SourceLocation at, ErrorCode code, string message) =>
        _items.Add(new Diagnostic(at, Severity.Warning, code, message));

    /// <summary>Adds a diagnostic collected elsewhere (a file loaded on its own).</summary>
    public void Add(Diagnostic d) => _items.Add(d);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether an error with this code has been reported.</summary>
    public bool Has(ErrorCode code) => _items.Any(d => d.Severity == Severity.Error && d.Code == code);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
