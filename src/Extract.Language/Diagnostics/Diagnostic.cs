using Extract.Language.Model;

namespace Extract.Language.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity : byte
{
    /// <summary>The pack cannot be built.</summary>
    Error,
    /// <summary>The pack builds, but something is probably not what the linguist meant.</summary>
    Warning,
}

/// <summary>
/// One problem found in a rule or list file: a stable id (EXT0xxx), a severity, a sentence a linguist
/// understands (with the fix when there is one) and where it is. Value-equatable.
/// </summary>
/// <param name="Id">The stable id, such as <c>EXT0101</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">The message.</param>
/// <param name="Location">File, line, column and length.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>MSBuild's canonical form: <c>path(line,col): error EXT0101: message</c>.</summary>
    public override string ToString() =>
        $"{Location.File}({Location.Line},{Location.Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
}
