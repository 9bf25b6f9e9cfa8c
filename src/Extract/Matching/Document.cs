using System.ComponentModel;
using Extract.Analysis;

namespace Extract.Matching;

/// <summary>
/// A text analyzed once for matching: its tokens, sentences and the clitic segmentation lattice of
/// every token, with normalized forms and matching keys. Every offset refers to <see cref="Text"/>,
/// the original text as the caller gave it.
/// </summary>
public sealed class Document
{
    internal Token[] TokenArray = [];
    internal int TokenCount = 0;
    internal Sentence[] SentenceArray = [];
    internal int SentenceCount = 0;
    internal Segmentation[] SegmentationArray = [];
    internal int SegmentationCount = 0;
    internal Segment[] SegmentArray = [];
    internal int SegmentCount = 0;
    internal char[] NormBuffer = [];
    internal char[] KeyBuffer = [];
    internal int NormCount = 0;
    internal int KeyCount = 0;
    // Per token, the ordinal of its word in the analyzing thread's segmentation cache (-1: none), valid
    // for that cache's generation WordGeneration (0: no word, -1: the cache was emptied during analysis).
    // Two tokens with one ordinal are the same word; the match lattice reuses what it found for it.
    internal int[] WordArray = [];
    internal long WordGeneration = 0;

    /// <summary>Creates an empty document; <see cref="TextAnalyzer"/> fills it.</summary>
    internal Document(string id, string text)
    {
        Id = id;
        Text = text;
    }

    /// <summary>The document's identifier (a path, a JSONL id, or empty).</summary>
    public string Id { get; internal set; }

    /// <summary>The original text; every span indexes into it.</summary>
    public string Text { get; internal set; }

    /// <summary>The tokens, in text order.</summary>
    public ReadOnlySpan<Token> Tokens => TokenArray.AsSpan(0, TokenCount);

    /// <summary>The sentences, in text order.</summary>
    public ReadOnlySpan<Sentence> Sentences => SentenceArray.AsSpan(0, SentenceCount);

    /// <summary>All candidate segmentations of all tokens; see <see cref="SegmentationsOf"/>.</summary>
    public ReadOnlySpan<Segmentation> Segmentations => SegmentationArray.AsSpan(0, SegmentationCount);

    /// <summary>All segments of all segmentations; see <see cref="SegmentsOf"/>.</summary>
    public ReadOnlySpan<Segment> Segments => SegmentArray.AsSpan(0, SegmentCount);

    /// <summary>Normalized forms of the tokens, concatenated; see <see cref="NormOf"/>.</summary>
    public ReadOnlySpan<char> Norm => NormBuffer.AsSpan(0, NormCount);

    /// <summary>Matching keys of tokens and segments, concatenated; see <see cref="KeyOf(in Token)"/>.</summary>
    public ReadOnlySpan<char> Key => KeyBuffer.AsSpan(0, KeyCount);

    /// <summary>The normalized form of a token (diacritics, tatweel and controls removed; digits ASCII).</summary>
    public ReadOnlySpan<char> NormOf(in Token token) => NormBuffer.AsSpan(token.NormStart, token.NormLength);

    /// <summary>The matching key of a whole token (normalized, then أ إ آ ٱ→ا, ى→ي, ة→ه).</summary>
    public ReadOnlySpan<char> KeyOf(in Token token) => KeyBuffer.AsSpan(token.NormStart, token.NormLength);

    /// <summary>The matching key of one segment.</summary>
    public ReadOnlySpan<char> KeyOf(in Segment segment) => KeyBuffer.AsSpan(segment.KeyStart, segment.KeyLength);

    /// <summary>The candidate segmentations of a token, best first.</summary>
    public ReadOnlySpan<Segmentation> SegmentationsOf(in Token token) =>
        SegmentationArray.AsSpan(token.FirstSegmentation, token.SegmentationCount);

    /// <summary>The segments of one segmentation, in text order.</summary>
    public ReadOnlySpan<Segment> SegmentsOf(in Segmentation segmentation) =>
        SegmentArray.AsSpan(segmentation.FirstSegment, segmentation.SegmentCount);

    /// <summary>The index of the token after the last one of the sentence holding token <paramref name="token"/>.</summary>
    public int SentenceEnd(int token)
    {
        var tokens = Tokens;
        int sentence = tokens[token].Sentence;
        if ((uint)sentence < (uint)SentenceCount)
        {
            var known = SentenceArray[sentence];
            if (known.FirstToken <= token && token < known.FirstToken + known.TokenCount) return Math.Min(tokens.Length, known.FirstToken + known.TokenCount);
        }
        while (token < tokens.Length && tokens[token].Sentence == sentence) token++;
        return token;
    }

    /// <summary>Analyzes <paramref name="text"/> with the default Arabic analyzer.</summary>
    public static Document Analyze(string text, string id = "") => TextAnalyzer.Default.Analyze(text, id);

    /// <summary>Texts longer than this get a document of their own from <see cref="AnalyzeForThread"/>, so that a thread does not keep large arrays.</summary>
    public const int MaxThreadDocumentChars = 1 << 20;

    [ThreadStatic] private static Document? forThread;

    /// <summary>
    /// Analyzes <paramref name="text"/> with the default analyzer into the calling thread's document,
    /// whose arrays are reused from one call to the next: for a caller that matches the document and
    /// keeps only the relations (a pack's <c>Match(string)</c>), so that a stream of texts does not
    /// allocate a document each. Valid until the thread's next call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Document AnalyzeForThread(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxThreadDocumentChars) return Analyze(text);
        return forThread = TextAnalyzer.Default.Analyze(text, "", forThread);
    }
}
