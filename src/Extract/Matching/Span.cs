namespace Extract.Matching;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the original text of a document.
/// </summary>
public readonly record struct Span(int Start, int End)
{
    /// <summary>The number of code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>The text the span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, End - Start);

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies within this span.</summary>
    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End}]";
}
