namespace StatiqReport.Diagnostics;

/// <summary>Error or warning.</summary>
public enum Severity { Error, Warning }

/// <summary>A location in a content file: path relative to the root, 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);
    public override string ToString() => $"{Path}({Line},{Column})";
}

/// <summary>One finding about content, printed in the canonical compiler format.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, ErrorCode Code, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code.Id}: {Message}";
}
