namespace Extract.Analysis;

/// <summary>
/// The candidates already computed for recent words, so that a frequent word (news repeats the same
/// few thousand words) is segmented once per thread rather than once per occurrence. A word's
/// candidates depend only on its normalized characters, which are the cache key. Bounded: when
/// <see cref="MaxEntries"/> words are stored the cache starts afresh. Not thread-safe: one per thread.
/// </summary>
/// <remarks>
/// A lookup touches a slot and one record. Each word is one record in a single array: its hash, its
/// sizes, its characters two to an int, then per candidate its score and piece count, then its
/// pieces one to an int. Separate arrays for entries, characters, candidates and pieces cost a cache
/// miss each, and on a stream of news those misses were a third of the analysis time.
/// </remarks>
internal sealed class SegmentationCache
{
    /// <summary>Words longer than this are segmented every time (they are rare and cost more to hash).</summary>
    public const int MaxWordLength = 24;

    /// <summary>
    /// The number of words kept before the cache is emptied: 20,000 ANT articles hold 150,790 distinct
    /// words, so a stream of news rarely empties it (with 2^16 words, analysing 10,000 unseen articles took
    /// 11 % longer). Records take 16 MB per thread at most.
    /// </summary>
    public const int MaxEntries = 1 << 18;

    private const int MaxRecordInts = 1 << 22;           // 16 MB of records at most, whatever the words
    private const int HeaderInts = 2;                      // hash; character count | candidate count << 8

    private readonly int[] _slots = new int[MaxEntries * 2];   // record offset + 1, 0 when free; load factor ≤ 1/2
    private int[] _records = new int[1 << 16];
    private int _recordLength, _entryCount;

    /// <summary>Fills <paramref name="sink"/> with the stored candidates of <paramref name="word"/>; false when not stored.</summary>
    public bool TryCopy(ReadOnlySpan<char> word, CandidateList sink)
    {
        int hash = StemLexicon.Hash(word);
        var records = _records;
        for (int slot = hash & (_slots.Length - 1); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            int at = _slots[slot] - 1;
            if (records[at] != hash || !SameWord(records, at, word)) continue;
            int header = records[at + 1];
            int candidates = header >> 8;
            int next = at + HeaderInts + (word.Length + 1) / 2;
            sink.Clear();
            for (int c = 0; c < candidates; c++)
            {
                float score = BitConverter.Int32BitsToSingle(records[next]);
                int pieces = records[next + 1];
                next += 2;
                sink.Begin();
                for (int p = 0; p < pieces; p++) sink.Add(Unpack(records[next + p]));
                next += pieces;
                sink.End(score);
            }
            return true;
        }
        return false;
    }

    /// <summary>Stores the candidates in <paramref name="sink"/> as those of <paramref name="word"/>.</summary>
    public void Store(ReadOnlySpan<char> word, CandidateList sink)
    {
        if (word.Length > MaxWordLength) return;
        int size = HeaderInts + (word.Length + 1) / 2;
        for (int c = 0; c < sink.Count; c++) size += 2 + sink[c].Length;
        if (_entryCount == MaxEntries || _recordLength + size > MaxRecordInts) Reset();
        ArrayBuffer.Grow(ref _records, _recordLength + size);

        int hash = StemLexicon.Hash(word);
        int at = _recordLength;
        var records = _records;
        records[at] = hash;
        records[at + 1] = word.Length | sink.Count << 8;
        int next = at + HeaderInts;
        for (int i = 0; i < word.Length; i += 2)
            records[next++] = word[i] | (i + 1 < word.Length ? word[i + 1] << 16 : 0);
        for (int c = 0; c < sink.Count; c++)
        {
            var pieces = sink[c];
            records[next] = BitConverter.SingleToInt32Bits(sink.ScoreOf(c));
            records[next + 1] = pieces.Length;
            next += 2;
            foreach (var piece in pieces) records[next++] = Pack(piece);
        }
        _recordLength = next;
        _entryCount++;

        int slot = hash & (_slots.Length - 1);
        while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
        _slots[slot] = at + 1;
    }

    private static bool SameWord(int[] records, int at, ReadOnlySpan<char> word)
    {
        if ((records[at + 1] & 0xFF) != word.Length) return false;
        int next = at + HeaderInts;
        for (int i = 0; i < word.Length; i += 2)
        {
            int packed = word[i] | (i + 1 < word.Length ? word[i + 1] << 16 : 0);
            if (records[next++] != packed) return false;
        }
        return true;
    }

    // From and To are at most MaxWordLength: a byte each, then the role and the key kind.
    private static int Pack(SegmentPiece piece) =>
        piece.From | piece.To << 8 | (int)piece.Role << 16 | (int)piece.Key << 24;

    private static SegmentPiece Unpack(int packed) =>
        new(packed & 0xFF, packed >> 8 & 0xFF, (SegmentRole)(packed >> 16 & 0xFF), (SegmentKey)(packed >> 24 & 0xFF));

    private void Reset()
    {
        Array.Clear(_slots);
        _entryCount = _recordLength = 0;
    }
}
