using System.Collections.Concurrent;
using StatiqReport.Diagnostics;

namespace StatiqReport.Content;

/// <summary>What kind of thing an id refers to.</summary>
public enum ReferenceKind { Principle, Domain, System, Metric, CaseStudy, MaturityArea }

/// <summary>An id used in content that must name something that exists, with where it was written.</summary>
public sealed record Reference(ReferenceKind Kind, string Id, SourceLocation At);

/// <summary>Collects references while loading; the validation stage checks them once everything is loaded.</summary>
public sealed class ReferenceList
{
    private readonly ConcurrentBag<Reference> _items = [];

    /// <summary>Site-relative links written in Markdown, checked once the site's pages are known.</summary>
    public Markdown.InternalLinks Links { get; } = new();
    public void Add(ReferenceKind kind, string id, SourceLocation at) => _items.Add(new Reference(kind, id, at));
    public IEnumerable<Reference> All => _items;
}
