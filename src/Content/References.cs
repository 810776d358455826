using System.Collections.Concurrent;
using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>What kind of thing an id refers to.</summary>
public enum ReferenceKind { Principle, Domain, System, Metric, CaseStudy, MaturityArea }

/// <summary>
/// An id used in content that must name something that exists, with where it was written. The text is
/// kept as written, even when it is not an id in form: the validation stage, which knows the names of
/// things, then says which id was meant.
/// </summary>
/// <param name="Cell">For a workbook, the sheet and cell ("Sheet1!C4"), which begins the message.</param>
public sealed record Reference(ReferenceKind Kind, string Id, SourceLocation At, string? Cell = null);

/// <summary>Collects references while loading; the validation stage checks them once everything is loaded.</summary>
public sealed class ReferenceList
{
    private readonly ConcurrentBag<Reference> _items = [];

    /// <summary>Site-relative links written in Markdown, checked once the site's pages are known.</summary>
    public Markdown.InternalLinks Links { get; } = new();

    /// <summary>What people call the things ids name (system names, catalogue titles), for hints.</summary>
    public NameIndex Names { get; } = new();

    /// <summary>
    /// The ids each catalogue names, also for entries that failed to load (and, for the fixed catalogues, the
    /// contract's ids): a mistake in a catalogue is reported there, once, not as an unknown id at every use.
    /// </summary>
    public ConcurrentDictionary<ReferenceKind, IReadOnlySet<string>> Catalogued { get; } = new();
    public void Add(ReferenceKind kind, string id, SourceLocation at, string? cell = null) => _items.Add(new Reference(kind, id, at, cell));
    public IEnumerable<Reference> All => _items;
}
