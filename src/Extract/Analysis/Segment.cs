using Extract.Matching;

namespace Extract.Analysis;

/// <summary>The part a segment plays in its token.</summary>
public enum SegmentRole : byte
{
    /// <summary>A proclitic: و ف ب ل ك س or the article ال.</summary>
    Proclitic,
    /// <summary>The stem.</summary>
    Stem,
    /// <summary>An enclitic pronoun: ه ها هما هم هن ك كما كم كن ي ني نا.</summary>
    Enclitic,
}

/// <summary>
/// One segment of one candidate segmentation of a token. Its span is an exact sub-span of the
/// token in the original text; its matching key lies at <see cref="KeyStart"/> in <see cref="Document.Key"/>.
/// </summary>
/// <param name="Start">First code unit in the original text.</param>
/// <param name="End">One past the last code unit in the original text.</param>
/// <param name="Role">Proclitic, stem or enclitic.</param>
/// <param name="KeyStart">Start of the segment's matching key in <see cref="Document.Key"/>.</param>
/// <param name="KeyLength">Length of the segment's matching key.</param>
public readonly record struct Segment(int Start, int End, SegmentRole Role, int KeyStart, int KeyLength)
{
    /// <summary>The segment's span in the original text.</summary>
    public Span Span => new(Start, End);
}

/// <summary>
/// One candidate segmentation of a token: a run of segments in <see cref="Document.Segments"/>,
/// proclitics first, then the stem, then enclitics. Candidates of a token are ordered best first.
/// </summary>
/// <param name="FirstSegment">Index of the first segment in <see cref="Document.Segments"/>.</param>
/// <param name="SegmentCount">Number of segments (one for an unsplit token).</param>
/// <param name="Score">Ranking score; higher is better.</param>
public readonly record struct Segmentation(int FirstSegment, int SegmentCount, int Score);

/// <summary>A sentence: a run of tokens and the span of the original text they cover.</summary>
/// <param name="Start">First code unit of the sentence's first token.</param>
/// <param name="End">One past the last code unit of the sentence's last token.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's span in the original text.</summary>
    public Span Span => new(Start, End);
}
