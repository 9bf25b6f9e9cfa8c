namespace Extract.Analysis;

/// <summary>
/// The candidates already computed for recent words, so that a frequent word (news repeats the same
/// few thousand words) is segmented once per thread rather than once per occurrence. A word's
/// candidates depend only on its normalized characters, which are the cache key. Bounded: when
/// <see cref="MaxEntries"/> words are stored the cache starts afresh. Not thread-safe: one per thread.
/// </summary>
/// <remarks>
/// A lookup touches a slot and one record. Each word is one record in a single array: its hash, its
/// sizes, its characters two to an int, then its candidates as <see cref="PackedCandidates"/>, which
/// the analyzer reads in place. Separate arrays for entries, characters, candidates and pieces cost a
/// cache miss each, and on a stream of news those misses were a third of the analysis time.
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

    private const int MaxRecordInts = 1 << 22;
    private const int HeaderInts = 3;                          // hash; character count | packed size << 8; ordinal

    private static long generations;

    private const int InitialSlots = 1 << 12;

    private int[] _slots = new int[InitialSlots];   // record offset + 1, 0 when free; load factor ≤ 1/2, grown as words come (a smaller table misses the CPU cache less)
    private int[] _records = new int[1 << 16];
    private int _recordLength, _entryCount;

    /// <summary>
    /// Identifies this cache's current content among all caches of the process: a word's ordinal
    /// (<see cref="TryGet"/>) names the same word as long as the generation is the same.
    /// </summary>
    public long Generation { get; private set; } = Interlocked.Increment(ref generations);

    /// <summary>
    /// The stored candidates of <paramref name="word"/>, packed, and its ordinal (0, 1, 2… in the order
    /// words were stored in this <see cref="Generation"/>); false when not stored.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out ReadOnlySpan<int> candidates, out int ordinal)
    {
        int hash = StemLexicon.Hash(word);
        var records = _records;
        for (int slot = hash & (_slots.Length - 1); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            int at = _slots[slot] - 1;
            if (records[at] != hash || !SameWord(records, at, word)) continue;
            candidates = records.AsSpan(at + HeaderInts + (word.Length + 1) / 2, records[at + 1] >> 8);
            ordinal = records[at + 2];
            return true;
        }
        candidates = default;
        ordinal = -1;
        return false;
    }

    /// <summary>
    /// Stores the candidates in <paramref name="sink"/> as those of <paramref name="word"/> (at most
    /// <see cref="MaxWordLength"/> characters) and returns them packed, valid until the next store, with
    /// the word's ordinal.
    /// </summary>
    public ReadOnlySpan<int> Store(ReadOnlySpan<char> word, CandidateList sink, out int ordinal)
    {
        if (word.Length > MaxWordLength) throw new ArgumentOutOfRangeException(nameof(word), "longer than the cache's longest word");
        int packedSize = PackedCandidates.Size(sink);
        int size = HeaderInts + (word.Length + 1) / 2 + packedSize;
        if (_entryCount == MaxEntries || _recordLength + size > MaxRecordInts) Reset();
        if ((_entryCount + 1) * 2 > _slots.Length) GrowSlots();
        ArrayBuffer.Grow(ref _records, _recordLength + size);

        int hash = StemLexicon.Hash(word);
        int at = _recordLength;
        var records = _records;
        records[at] = hash;
        records[at + 1] = word.Length | packedSize << 8;
        records[at + 2] = ordinal = _entryCount;
        int next = at + HeaderInts;
        for (int i = 0; i < word.Length; i += 2) records[next++] = CharPair(word, i);
        var candidates = records.AsSpan(next, packedSize);
        PackedCandidates.Write(sink, candidates);
        _recordLength = next + packedSize;
        _entryCount++;

        Index(_slots, hash, at);
        return candidates;
    }

    private static void Index(int[] slots, int hash, int at)
    {
        int slot = hash & (slots.Length - 1);
        while (slots[slot] != 0) slot = (slot + 1) & (slots.Length - 1);
        slots[slot] = at + 1;
    }

    // Twice the slots, every stored word indexed again (its record holds its hash).
    private void GrowSlots()
    {
        var slots = new int[_slots.Length * 2];
        foreach (int entry in _slots)
            if (entry != 0) Index(slots, _records[entry - 1], entry - 1);
        _slots = slots;
    }

    private static bool SameWord(int[] records, int at, ReadOnlySpan<char> word)
    {
        if ((records[at + 1] & 0xFF) != word.Length) return false;
        int next = at + HeaderInts;
        for (int i = 0; i < word.Length; i += 2)
            if (records[next++] != CharPair(word, i)) return false;
        return true;
    }

    // Characters i and i + 1 of a word in one int (the second 0 past the end).
    private static int CharPair(ReadOnlySpan<char> word, int i) => word[i] | (i + 1 < word.Length ? word[i + 1] << 16 : 0);

    private void Reset()
    {
        _slots = new int[InitialSlots];
        _entryCount = _recordLength = 0;
        Generation = Interlocked.Increment(ref generations);
    }
}
