using StatiqReport.Diagnostics;
using YamlDotNet.Core;

namespace StatiqReport.Content;

/// <summary>A content file being read: its path relative to the root, a line offset for front matter, and the diagnostics.</summary>
public sealed record FileContext(string RelPath, DiagnosticBag Diagnostics, int LineOffset = 0)
{
    public SourceLocation At(Mark mark) =>
        mark.Line <= 0 ? new SourceLocation(RelPath, 1 + LineOffset, 1) : new SourceLocation(RelPath, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation Start => new(RelPath, 1 + LineOffset, 1);

    /// <summary>
    /// Lines inside a '|' or '>' text block that look like a key of the mapping around it ("  did: |" under
    /// "faced: |"), found while parsing: when that key is then missing, the line is where the mistake is.
    /// </summary>
    internal List<SwallowedKey> SwallowedKeys { get; } = [];

    public void Error(SourceLocation at, ErrorCode code, string message) => Diagnostics.Error(at, code, message);
}

/// <summary>A key written inside the text block of <paramref name="Owner"/>, indented so that it is read as text.</summary>
internal sealed record SwallowedKey(string Key, SourceLocation At, string Owner, int OwnerLine, int OwnerColumn);
