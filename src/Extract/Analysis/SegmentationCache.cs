namespace Extract.Analysis;

/// <summary>
/// The candidates already computed for recent words, so that a frequent word (news repeats the same
/// few thousand words) is segmented once per thread rather than once per occurrence. A word's
/// candidates depend only on its normalized characters, which are the cache key. Bounded: when
/// <see cref="MaxEntries"/> words are stored the cache starts afresh. Not thread-safe: one per thread.
/// </summary>
internal sealed class SegmentationCache
{
    /// <summary>Words longer than this are segmented every time (they are rare and cost more to hash).</summary>
    public const int MaxWordLength = 24;

    /// <summary>The number of words kept before the cache is emptied.</summary>
    public const int MaxEntries = 1 << 16;

    private readonly int[] _slots = new int[MaxEntries * 4];   // entry index + 1, 0 when free; load factor ≤ 1/4
    private readonly Entry[] _entries = new Entry[MaxEntries];
    private char[] _chars = new char[MaxEntries];
    private Candidate[] _candidates = new Candidate[MaxEntries / 2];
    private SegmentPiece[] _pieces = new SegmentPiece[MaxEntries];
    private int _entryCount, _charCount, _candidateCount, _pieceCount;

    /// <summary>Fills <paramref name="sink"/> with the stored candidates of <paramref name="word"/>; false when not stored.</summary>
    public bool TryCopy(ReadOnlySpan<char> word, CandidateList sink)
    {
        int hash = StemLexicon.Hash(word);
        for (int slot = hash & (_slots.Length - 1); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            ref readonly var entry = ref _entries[_slots[slot] - 1];
            if (entry.Hash != hash || !word.SequenceEqual(_chars.AsSpan(entry.CharStart, entry.CharCount))) continue;
            sink.Clear();
            for (int c = entry.FirstCandidate; c < entry.FirstCandidate + entry.CandidateCount; c++)
            {
                var candidate = _candidates[c];
                sink.Begin();
                for (int p = candidate.FirstPiece; p < candidate.FirstPiece + candidate.PieceCount; p++) sink.Add(_pieces[p]);
                sink.End(candidate.Score);
            }
            return true;
        }
        return false;
    }

    /// <summary>Stores the candidates in <paramref name="sink"/> as those of <paramref name="word"/>.</summary>
    public void Store(ReadOnlySpan<char> word, CandidateList sink)
    {
        if (_entryCount == MaxEntries) Reset();
        int hash = StemLexicon.Hash(word);
        var entry = new Entry(hash, _charCount, word.Length, _candidateCount, sink.Count);
        ArrayBuffer.Grow(ref _chars, _charCount + word.Length);
        word.CopyTo(_chars.AsSpan(_charCount));
        _charCount += word.Length;
        for (int c = 0; c < sink.Count; c++)
        {
            var pieces = sink[c];
            ArrayBuffer.Grow(ref _candidates, _candidateCount + 1);
            ArrayBuffer.Grow(ref _pieces, _pieceCount + pieces.Length);
            _candidates[_candidateCount++] = new Candidate(_pieceCount, pieces.Length, sink.ScoreOf(c));
            pieces.CopyTo(_pieces.AsSpan(_pieceCount));
            _pieceCount += pieces.Length;
        }
        _entries[_entryCount++] = entry;
        int slot = hash & (_slots.Length - 1);
        while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
        _slots[slot] = _entryCount;
    }

    private void Reset()
    {
        Array.Clear(_slots);
        _entryCount = _charCount = _candidateCount = _pieceCount = 0;
    }

    private readonly record struct Entry(int Hash, int CharStart, int CharCount, int FirstCandidate, int CandidateCount);

    private readonly record struct Candidate(int FirstPiece, int PieceCount, float Score);
}
