using Extract.Matching;

namespace Extract.Analysis;

/// <summary>What kind of run of text a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of Arabic letters (with any marks inside it).</summary>
    Arabic,
    /// <summary>A run of Latin letters.</summary>
    Latin,
    /// <summary>A number: 85.5, 1,000, ٨٥٫٥.</summary>
    Number,
    /// <summary>One punctuation mark: ، ؛ ؟ « » and ASCII punctuation.</summary>
    Punctuation,
    /// <summary>A URL, kept whole.</summary>
    Url,
    /// <summary>A hashtag or mention, kept whole.</summary>
    Hashtag,
    /// <summary>Anything else that is not white space: emoji, symbols, other scripts.</summary>
    Symbol,
}

/// <summary>
/// One token of an analyzed document. <see cref="Start"/> and <see cref="End"/> are offsets in the
/// original text; <see cref="NormStart"/> and <see cref="NormLength"/> locate the token's normalized
/// form in <see cref="Document.Norm"/> and its matching key at the same place in <see cref="Document.Key"/>.
/// </summary>
/// <param name="Start">First code unit in the original text.</param>
/// <param name="End">One past the last code unit in the original text.</param>
/// <param name="Kind">What kind of token this is.</param>
/// <param name="Sentence">Index of the sentence holding the token.</param>
/// <param name="NormStart">Start of the normalized form in <see cref="Document.Norm"/> (and of the key in <see cref="Document.Key"/>).</param>
/// <param name="NormLength">Length of the normalized form and of the key.</param>
/// <param name="FirstSegmentation">Index of the token's first candidate segmentation in <see cref="Document.Segmentations"/>.</param>
/// <param name="SegmentationCount">Number of candidate segmentations, best first; at least one for every token.</param>
public readonly record struct Token(
    int Start,
    int End,
    TokenKind Kind,
    int Sentence,
    int NormStart,
    int NormLength,
    int FirstSegmentation,
    int SegmentationCount)
{
    /// <summary>The token's span in the original text.</summary>
    public Span Span => new(Start, End);
}
