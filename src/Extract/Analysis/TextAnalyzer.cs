using Extract.Matching;
using Extract.Text;

namespace Extract.Analysis;

/// <summary>
/// Normalizes, tokenizes, splits sentences and segments clitics: text in, <see cref="Document"/> out.
/// Thread-safe: one analyzer may serve many threads. Each call allocates the document's arrays
/// (or reuses those of a document passed back in), never a string per token.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly ArabicSegmenter _segmenter;

    /// <summary>Creates an analyzer that ranks segmentations with <paramref name="segmenter"/>.</summary>
    public TextAnalyzer(ArabicSegmenter segmenter) => _segmenter = segmenter;

    /// <summary>The analyzer with the built-in Arabic stem lexicon.</summary>
    public static TextAnalyzer Default { get; } = new(ArabicSegmenter.Default);

    /// <summary>Analyzes <paramref name="text"/> into a new document.</summary>
    public Document Analyze(string text, string id = "") => Analyze(text, id, reuse: null);

    /// <summary>
    /// Analyzes <paramref name="text"/>, refilling <paramref name="reuse"/> when given so that a
    /// stream of documents reuses the same arrays.
    /// </summary>
    public Document Analyze(string text, string id, Document? reuse)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = reuse ?? new Document(id, text);
        document.Id = id ?? "";
        document.Text = text;
        var builder = new DocumentBuilder(document, _segmenter);
        Tokenizer.Tokenize(text, ref builder);
        builder.Finish();
        return document;
    }

    private const char FirstBasicLetter = '\u0621';

    // The key of each letter from ء (U+0621) to ي (U+064A): أ إ آ → ا, ى → ي, ة → ه, the others themselves.
    private static readonly char[] BasicLetterKeys = Enumerable.Range(FirstBasicLetter, '\u064A' - FirstBasicLetter + 1)
        .Select(c => ArabicChars.ToKey((char)c)).ToArray();

    // A thread's working buffers, reused from one document to the next.
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? forThread;

        public static Scratch ForThread => forThread ??= new Scratch();

        public readonly CandidateList Candidates = new();
        public int[] Packed = [];
        public char[] Norm = new char[64];
        public int[] Starts = new int[64];
        public int[] Ends = new int[64];
    }

    private struct DocumentBuilder : ITokenSink
    {
        private readonly Document _doc;
        private readonly ArabicSegmenter _segmenter;
        private readonly Scratch _scratch = Scratch.ForThread;
        private readonly SegmentationCache _cache;
        private int _sentence;
        private int _sentenceFirstToken;
        private bool _sentenceClosed;
        private bool _asWritten;      // the current word's normalized form is its text, so the scratch offset map is not filled
        private int _wordStart;
        private int _word;            // the current word's ordinal in the segmentation cache, or -1

        public DocumentBuilder(Document document, ArabicSegmenter segmenter)
        {
            _doc = document;
            _segmenter = segmenter;
            _cache = segmenter.ThreadCache;
            document.TokenCount = document.SentenceCount = document.SegmentationCount = document.SegmentCount = 0;
            document.NormCount = document.KeyCount = 0;
            document.WordGeneration = 0;
            if (document.TokenArray.Length == 0)
            {
                int estimate = Math.Max(16, document.Text.Length / 5);
                document.TokenArray = new Token[estimate];
                document.SegmentationArray = new Segmentation[estimate * 2];
                document.SegmentArray = new Segment[estimate * 3];
                document.NormBuffer = new char[Math.Max(64, document.Text.Length)];
                document.KeyBuffer = new char[document.NormBuffer.Length];
                document.SentenceArray = new Sentence[16];
                document.WordArray = new int[estimate];
            }
        }

        public void Add(RawToken raw)
        {
            var doc = _doc;
            if (doc.TokenCount > 0)
            {
                int previousEnd = doc.TokenArray[doc.TokenCount - 1].End;
                bool lineBreak = LineBreakBetween(doc.Text, previousEnd, raw.Start);
                if (lineBreak || (_sentenceClosed && !(raw.Start == previousEnd && ClosesQuote(doc.Text, raw))))
                    CloseSentence();
            }
            int normStart = doc.NormCount;
            var word = doc.Text.AsSpan(raw.Start, raw.End - raw.Start);
            _wordStart = raw.Start;
            int normLength = 0;
            _asWritten = raw.Kind == TokenKind.Arabic && CopyIfAsWritten(word, normStart);
            if (_asWritten) normLength = word.Length;
            else
            {
                ArabicNormalizer.Append(doc.Text, raw.Start, raw.End, ref _scratch.Norm, ref _scratch.Starts, ref _scratch.Ends, ref normLength);
                ArrayBuffer.Grow(ref doc.NormBuffer, normStart + normLength);
                ArrayBuffer.Grow(ref doc.KeyBuffer, normStart + normLength);
                for (int i = 0; i < normLength; i++)
                {
                    doc.NormBuffer[normStart + i] = _scratch.Norm[i];
                    doc.KeyBuffer[normStart + i] = ArabicChars.ToKey(_scratch.Norm[i]);
                }
            }
            doc.NormCount = doc.KeyCount = normStart + normLength;
            int firstSegmentation = doc.SegmentationCount;
            _word = -1;
            if (raw.Kind == TokenKind.Arabic && normLength > 0) AddSegmentations(raw, normStart, normLength);
            else AddWhole(raw, normStart, normLength);
            ArrayBuffer.Grow(ref doc.TokenArray, doc.TokenCount + 1);
            ArrayBuffer.Grow(ref doc.WordArray, doc.TokenCount + 1);
            doc.WordArray[doc.TokenCount] = _word;
            doc.TokenArray[doc.TokenCount++] = new Token(raw.Start, raw.End, raw.Kind, _sentence, normStart, normLength,
                firstSegmentation, doc.SegmentationCount - firstSegmentation);
            if (EndsSentence(doc.Text, raw)) _sentenceClosed = true;
        }

        public void Finish()
        {
            if (_doc.TokenCount > _sentenceFirstToken) CloseSentence();
        }

        private void AddWhole(RawToken raw, int normStart, int normLength)
        {
            var doc = _doc;
            ArrayBuffer.Grow(ref doc.SegmentArray, doc.SegmentCount + 1);
            ArrayBuffer.Grow(ref doc.SegmentationArray, doc.SegmentationCount + 1);
            doc.SegmentationArray[doc.SegmentationCount++] = new Segmentation(doc.SegmentCount, 1, 0);
            doc.SegmentArray[doc.SegmentCount++] = new Segment(raw.Start, raw.End, SegmentRole.Stem, normStart, normLength);
        }

        private void AddSegmentations(RawToken raw, int normStart, int normLength)
        {
            var doc = _doc;
            if (normLength > PackedCandidates.MaxWordLength)
            {
                AddWhole(raw, normStart, normLength);   // only the unsplit reading (ArabicSegmenter)
                return;
            }
            var candidates = _segmenter.SegmentPacked(_cache, doc.KeyBuffer.AsSpan(normStart, normLength), doc.NormBuffer.AsSpan(normStart, normLength),
                _scratch.Candidates, ref _scratch.Packed, out int word, out long generation);
            // A word's ordinal names its lattice only when its segmentations depend on its letters alone: written as
            // it is normalized (no ligature whose inner boundaries are dropped), in the document's one generation.
            if (word >= 0 && _asWritten)
            {
                if (doc.WordGeneration == 0) doc.WordGeneration = generation;
                else if (doc.WordGeneration != generation) doc.WordGeneration = -1;
                _word = word;
            }
            for (int at = 0; at < candidates.Length; at = PackedCandidates.Next(candidates, at))
            {
                var pieces = PackedCandidates.PiecesAt(candidates, at);
                if (!SpansAreProper(raw, pieces, normLength)) continue;
                ArrayBuffer.Grow(ref doc.SegmentArray, doc.SegmentCount + pieces.Length);
                ArrayBuffer.Grow(ref doc.SegmentationArray, doc.SegmentationCount + 1);
                doc.SegmentationArray[doc.SegmentationCount++] = new Segmentation(doc.SegmentCount, pieces.Length,
                    (int)MathF.Round(PackedCandidates.ScoreAt(candidates, at) * 100));
                foreach (int packed in pieces)
                {
                    var piece = PackedCandidates.Unpack(packed);
                    int start = piece.From == 0 ? raw.Start : OriginalStart(piece.From);
                    int end = piece.To == normLength ? raw.End : OriginalStart(piece.To);
                    int keyStart = normStart + piece.From, keyLength = piece.To - piece.From;
                    if (piece.Key == SegmentKey.Article) (keyStart, keyLength) = (AppendKey("ال"), 2);
                    else if (piece.Key == SegmentKey.TaMarbuta) keyStart = AppendRestoredKey(normStart + piece.From, keyLength);
                    doc.SegmentArray[doc.SegmentCount++] = new Segment(start, end, piece.Role, keyStart, keyLength);
                }
            }
        }

        // Most words are basic Arabic letters only: normalization leaves them as they are, character for
        // character, and their keys come from a table. False (buffers partly written) for any other word.
        private readonly bool CopyIfAsWritten(ReadOnlySpan<char> word, int normStart)
        {
            var doc = _doc;
            ArrayBuffer.Grow(ref doc.NormBuffer, normStart + word.Length);
            ArrayBuffer.Grow(ref doc.KeyBuffer, normStart + word.Length);
            var norm = doc.NormBuffer.AsSpan(normStart, word.Length);
            var key = doc.KeyBuffer.AsSpan(normStart, word.Length);
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                uint letter = (uint)(c - FirstBasicLetter);
                if (letter >= (uint)BasicLetterKeys.Length || c == '\u0640') return false;
                norm[i] = c;
                key[i] = BasicLetterKeys[letter];
            }
            return true;
        }

        // Where normalized character k of the current word starts in the original text.
        private readonly int OriginalStart(int k) => _asWritten ? _wordStart + k : _scratch.Starts[k];

        // A boundary inside one original character (a ligature such as ﻻ) cannot be a segment boundary.
        private readonly bool SpansAreProper(RawToken raw, ReadOnlySpan<int> pieces, int normLength)
        {
            int previous = raw.Start;
            for (int i = 1; i < pieces.Length; i++)
            {
                int boundary = OriginalStart(PackedCandidates.From(pieces[i]));
                if (boundary <= previous || boundary >= raw.End) return false;
                previous = boundary;
            }
            return PackedCandidates.To(pieces[^1]) == normLength;
        }

        // A copy of the key at [from, from + length) with its last letter read as ة (key ه).
        private readonly int AppendRestoredKey(int from, int length)
        {
            var doc = _doc;
            int at = doc.NormCount;
            ArrayBuffer.Grow(ref doc.NormBuffer, at + length);
            ArrayBuffer.Grow(ref doc.KeyBuffer, at + length);
            Array.Copy(doc.KeyBuffer, from, doc.KeyBuffer, at, length);
            Array.Copy(doc.KeyBuffer, from, doc.NormBuffer, at, length);
            doc.KeyBuffer[at + length - 1] = 'ه';
            doc.NormBuffer[at + length - 1] = 'ة';
            doc.NormCount = doc.KeyCount = at + length;
            return at;
        }

        private readonly int AppendKey(string key)
        {
            var doc = _doc;
            int at = doc.NormCount;
            ArrayBuffer.Grow(ref doc.NormBuffer, at + key.Length);
            ArrayBuffer.Grow(ref doc.KeyBuffer, at + key.Length);
            key.AsSpan().CopyTo(doc.NormBuffer.AsSpan(at));
            key.AsSpan().CopyTo(doc.KeyBuffer.AsSpan(at));
            doc.NormCount = doc.KeyCount = at + key.Length;
            return at;
        }

        private void CloseSentence()
        {
            var doc = _doc;
            int first = _sentenceFirstToken, last = doc.TokenCount - 1;
            if (last >= first)
            {
                ArrayBuffer.Grow(ref doc.SentenceArray, doc.SentenceCount + 1);
                doc.SentenceArray[doc.SentenceCount++] = new Sentence(doc.TokenArray[first].Start, doc.TokenArray[last].End, first, last - first + 1);
                _sentence++;
            }
            _sentenceFirstToken = doc.TokenCount;
            _sentenceClosed = false;
        }

        private static bool EndsSentence(string text, RawToken raw)
        {
            if (raw.Kind != TokenKind.Punctuation) return false;
            for (int i = raw.Start; i < raw.End; i++)
                if (text[i] is '.' or '؟' or '?' or '!' or '…' or '۔') return true;
            return false;
        }

        private static bool ClosesQuote(string text, RawToken raw) =>
            raw.Kind == TokenKind.Punctuation && raw.End - raw.Start == 1 && text[raw.Start] is '»' or '"' or ')' or ']' or '”' or '\'';

        private static bool LineBreakBetween(string text, int from, int to)
        {
            for (int i = from; i < to; i++)
                if (text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085') return true;
            return false;
        }
    }
}
