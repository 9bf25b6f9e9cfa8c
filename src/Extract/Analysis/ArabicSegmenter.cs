namespace Extract.Analysis;

/// <summary>How a segment's key differs from its characters.</summary>
public enum SegmentKey : byte
{
    /// <summary>The key is the segment's characters.</summary>
    AsWritten,
    /// <summary>The second lam of لل: the article, key ال.</summary>
    Article,
    /// <summary>A stem written with ت before a pronoun, read with ة (key ه): سيطرتها → سيطره + ها.</summary>
    TaMarbuta,
}

/// <summary>One segment of a candidate, over the token's normalized characters.</summary>
/// <param name="From">First normalized character (relative to the token).</param>
/// <param name="To">One past the last normalized character.</param>
/// <param name="Role">Proclitic, stem or enclitic.</param>
/// <param name="Key">How the segment's key differs from its characters.</param>
public readonly record struct SegmentPiece(int From, int To, SegmentRole Role, SegmentKey Key = SegmentKey.AsWritten);

/// <summary>
/// Enumerates the lexically valid clitic segmentations of an Arabic word (DESIGN §4) and ranks them.
/// Proclitics: و or ف, then ب ل ك (or س before an imperfect prefix ي ت ن ا), then the article ال
/// (ل + ال is written لل); a stem of at least two letters; then one enclitic pronoun: ه ها هما هم هن
/// ك كما كم كن ي ني نا. The article and an enclitic exclude each other; a preposition ب ل ك standing
/// alone before an enclitic (لها، به) is the stem. A stem written with ت before an enclitic also gets
/// the reading with ة (سيطرتها → سيطرة + ها). The unsplit word is always a candidate;
/// a run of more than 255 letters (no Arabic word is that long) is only that.
/// </summary>
public sealed class ArabicSegmenter
{
    private static readonly string[] Enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"];

    // Function words that begin with a proclitic letter but are never proclitic + stem (كان is not
    // ك + أن, لكن is not ل + كن); a conjunction before them still splits (و + كان). Matching keys.
    private static readonly StemLexicon FunctionWords = new(new[]
    {
        "كان", "كانت", "كانوا", "كانا", "كنت", "كنا", "لكن", "لكنه", "كما", "كي", "كيف", "كل", "كلا", "كلما", "كذلك",
        "لما", "لماذا", "لم", "لن", "لا", "لدي", "لعل", "ليس", "ليست", "لقد", "لو", "لولا", "لي", "لذلك", "لدى",
        "بل", "بين", "بعد", "بعض", "بينما", "بدون", "بسبب", "فقط", "فوق", "في", "فيما", "كافه", "سوف", "سوي",
    }.Select(word => KeyValuePair.Create(word, 1)));

    private readonly StemLexicon _lexicon;
    private readonly SegmenterWeights _weights;
    private readonly ThreadLocal<SegmentationCache> _cache = new(() => new SegmentationCache());

    /// <summary>Creates a segmenter that ranks with <paramref name="lexicon"/> and <paramref name="weights"/>.</summary>
    public ArabicSegmenter(StemLexicon lexicon, SegmenterWeights? weights = null)
    {
        _lexicon = lexicon;
        _weights = weights ?? SegmenterWeights.Default;
    }

    /// <summary>The segmenter with the built-in lexicon.</summary>
    public static ArabicSegmenter Default { get; } = new(StemLexicon.Default);

    /// <summary>
    /// Writes every candidate segmentation of the word with matching key <paramref name="key"/> to
    /// <paramref name="sink"/>, best first. Candidates are sequences of <see cref="SegmentPiece"/>.
    /// </summary>
    public void Segment(ReadOnlySpan<char> key, CandidateList sink) => Segment(key, key, sink);

    /// <summary>
    /// As <see cref="Segment(ReadOnlySpan{char}, CandidateList)"/>, with the word's normalized form
    /// <paramref name="norm"/> (aligned with <paramref name="key"/>) so that ة and ى, which the key folds
    /// into ه and ي, are never taken for the enclitics ه and ي.
    /// </summary>
    public void Segment(ReadOnlySpan<char> key, ReadOnlySpan<char> norm, CandidateList sink)
    {
        if (norm.Length > SegmentationCache.MaxWordLength)
        {
            Enumerate(key, norm, sink);
            return;
        }
        PackedCandidates.Read(Cached(ThreadCache, key, norm, sink, out _, out _), sink);
    }

    /// <summary>The calling thread's cache of this segmenter, for <see cref="SegmentPacked"/> (a caller analysing a document fetches it once).</summary>
    internal SegmentationCache ThreadCache => _cache.Value!;

    /// <summary>
    /// The candidates of a word of at most <see cref="PackedCandidates.MaxWordLength"/> characters,
    /// packed: read in place from <paramref name="cache"/> (the calling thread's <see cref="ThreadCache"/>)
    /// when the word is there. <paramref name="scratch"/>
    /// and <paramref name="packedScratch"/> hold a word's candidates when they are computed; the span is
    /// valid until the next call on this thread. <paramref name="word"/>: the word's ordinal in the cache's
    /// <paramref name="generation"/> (-1 when the word is too long to be cached).
    /// </summary>
    internal ReadOnlySpan<int> SegmentPacked(SegmentationCache cache, ReadOnlySpan<char> key, ReadOnlySpan<char> norm, CandidateList scratch,
        ref int[] packedScratch, out int word, out long generation)
    {
        if (norm.Length <= SegmentationCache.MaxWordLength) return Cached(cache, key, norm, scratch, out word, out generation);
        word = -1;
        generation = 0;
        Enumerate(key, norm, scratch);
        int size = PackedCandidates.Size(scratch);
        ArrayBuffer.Grow(ref packedScratch, size);
        PackedCandidates.Write(scratch, packedScratch);
        return packedScratch.AsSpan(0, size);
    }

    // A cacheable word's candidates from the thread's cache, enumerated into scratch and stored there first when missing.
    private ReadOnlySpan<int> Cached(SegmentationCache cache, ReadOnlySpan<char> key, ReadOnlySpan<char> norm, CandidateList scratch,
        out int word, out long generation)
    {
        if (!cache.TryGet(norm, out var packed, out word))
        {
            Enumerate(key, norm, scratch);
            packed = cache.Store(norm, scratch, out word);
        }
        generation = cache.Generation;
        return packed;
    }

    private void Enumerate(ReadOnlySpan<char> key, ReadOnlySpan<char> norm, CandidateList sink)
    {
        sink.Clear();
        sink.Begin();
        sink.Add(new SegmentPiece(0, key.Length, SegmentRole.Stem));
        sink.End(Score(key, article: false, default));
        if (key.Length < 2 || key.Length > PackedCandidates.MaxWordLength) return;   // no Arabic word is that long
        int encliticMask = 0;   // which enclitics the word ends with (on the normalized form: ة is not ه)
        if (norm[^1] is 'ا' or 'م' or 'ن' or 'ي' or 'ه' or 'ك')
            for (int e = 0; e < Enclitics.Length; e++)
                if (norm.EndsWith(Enclitics[e])) encliticMask |= 1 << e;

        for (int conj = 0; conj <= 1; conj++)
        {
            if (conj == 1 && key[0] is not ('و' or 'ف')) break;
            int p = conj;
            bool functionWord = IsFunctionWord(key[p..]);
            // second proclitic: none, a preposition, or the future prefix
            for (int second = 0; second <= 2; second++)
            {
                int q = p;
                char prep = '\0';
                if (second > 0 && functionWord) break;
                if (second == 1)
                {
                    if (p >= key.Length || key[p] is not ('ب' or 'ل' or 'ك')) continue;
                    prep = key[p];
                    q = p + 1;
                }
                else if (second == 2)
                {
                    if (p + 1 >= key.Length || key[p] != 'س' || key[p + 1] is not ('ي' or 'ت' or 'ن' or 'ا')) continue;
                    q = p + 1;
                }
                // article: none, ال, or the second lam of لل
                for (int article = 0; article <= 1; article++)
                {
                    int r = q;
                    bool synthetic = false;
                    if (article == 1)
                    {
                        if (second == 2 || functionWord) continue;
                        if (prep == 'ل' && q < key.Length && key[q] == 'ل') { r = q + 1; synthetic = true; }
                        else if (prep != 'ل' && q + 1 < key.Length && key[q] == 'ا' && key[q + 1] == 'ل') r = q + 2;
                        else continue;
                    }
                    AddStemAndEnclitics(key, encliticMask, sink, conj, second, q, article == 1, synthetic, r);
                }
            }
        }
        sink.SortBestFirst();
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> key) =>
        key.Length <= 5 && FunctionWords.Contains(key);

    private void AddStemAndEnclitics(ReadOnlySpan<char> key, int encliticMask, CandidateList sink, int conj, int second, int q, bool article, bool synthetic, int r)
    {
        for (int e = -1; e < Enclitics.Length; e++)
        {
            string enclitic = e < 0 ? "" : Enclitics[e];
            if (e >= 0 && (article || (encliticMask & (1 << e)) == 0)) continue;
            int stemEnd = key.Length - enclitic.Length;
            int stemLength = stemEnd - r;
            bool prepositionAsStem = stemLength == 1 && e >= 0 && second == 0 && !article && key[r] is 'ب' or 'ل' or 'ك';
            if (stemLength < 2 && !prepositionAsStem) continue;
            var stem = key[r..stemEnd];
            // A word with the article takes no pronoun (الرقمي is not الرقم + ي); إلى (key الي) does.
            if (e >= 0 && stemLength >= 4 && stem.StartsWith("ال")) continue;
            var clitics = new Clitics(conj, second == 1 ? 1 : 0, second == 2 ? 1 : 0, article ? 1 : 0, e >= 0 ? 1 : 0, prepositionAsStem);
            if (clitics.IsNone) continue;   // the unsplit word, already added
            Emit(key, sink, conj, second, q, article, synthetic, r, stemEnd, SegmentKey.AsWritten, clitics, stem);
            if (e >= 0 && stemLength >= 3 && stemLength <= 64 && stem[^1] == 'ت')
                EmitTaMarbuta(key, sink, conj, second, q, article, synthetic, r, stemEnd, clitics, stem);
        }
    }

    // The reading of a stem's final ت as ة (key ه) before a pronoun.
    private void EmitTaMarbuta(ReadOnlySpan<char> key, CandidateList sink, int conj, int second, int q, bool article, bool synthetic,
        int r, int stemEnd, Clitics clitics, ReadOnlySpan<char> stem)
    {
        Span<char> restored = stackalloc char[stem.Length];
        stem.CopyTo(restored);
        restored[^1] = 'ه';
        Emit(key, sink, conj, second, q, article, synthetic, r, stemEnd, SegmentKey.TaMarbuta, clitics, restored);
    }

    private void Emit(ReadOnlySpan<char> key, CandidateList sink, int conj, int second, int q, bool article, bool synthetic,
        int r, int stemEnd, SegmentKey stemKey, Clitics clitics, ReadOnlySpan<char> stem)
    {
        sink.Begin();
        if (conj == 1) sink.Add(new SegmentPiece(0, 1, SegmentRole.Proclitic));
        if (second > 0) sink.Add(new SegmentPiece(conj, q, SegmentRole.Proclitic));
        if (article) sink.Add(new SegmentPiece(q, r, SegmentRole.Proclitic, synthetic ? SegmentKey.Article : SegmentKey.AsWritten));
        sink.Add(new SegmentPiece(r, stemEnd, SegmentRole.Stem, stemKey));
        if (stemEnd < key.Length) sink.Add(new SegmentPiece(stemEnd, key.Length, SegmentRole.Enclitic));
        sink.End(Score(stem, article, clitics));
    }

    // The stem is looked up with its article joined back (the article belongs to the word).
    private float Score(ReadOnlySpan<char> stem, bool article, Clitics clitics)
    {
        if (clitics.PrepositionAsStem) return _weights.PrepositionWithPronoun;
        float score;
        if (article && stem.Length <= 62)
        {
            Span<char> word = stackalloc char[stem.Length + 2];
            word[0] = 'ا';
            word[1] = 'ل';
            stem.CopyTo(word[2..]);
            score = _lexicon.Score(word);
        }
        else score = _lexicon.Score(stem);
        return score - clitics.Penalty(_weights);
    }

    /// <summary>Which clitics a candidate splits off.</summary>
    private readonly record struct Clitics(int Conjunction, int Preposition, int Future, int Article, int Enclitic, bool PrepositionAsStem)
    {
        public bool IsNone => Conjunction + Preposition + Future + Article + Enclitic == 0;

        public float Penalty(SegmenterWeights w) =>
            Conjunction * w.Conjunction + Preposition * w.Preposition + Future * w.Future + Article * w.Article + Enclitic * w.Enclitic;
    }
}
