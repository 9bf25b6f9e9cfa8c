namespace Extract.Language.Model;

/// <summary>Where something was written: a file, a 1-based line and column, and a length in characters.</summary>
/// <param name="File">The rule file's path as given to the compiler.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct SourceLocation(string File, int Line, int Column, int Length)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
