using StatiqReport.Diagnostics;
using YamlDotNet.Core;

namespace StatiqReport.Content;

/// <summary>A content file being read: its path relative to the root, a line offset for front matter, and the diagnostics.</summary>
public sealed record FileContext(string RelPath, DiagnosticBag Diagnostics, int LineOffset = 0)
{
    public SourceLocation At(Mark mark) =>
        mark.Line <= 0 ? new SourceLocation(RelPath, 1 + LineOffset, 1) : new SourceLocation(RelPath, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation Start => new(RelPath, 1 + LineOffset, 1);

    public void Error(SourceLocation at, ErrorCode code, string message) => Diagnostics.Error(at, code, message);
}
