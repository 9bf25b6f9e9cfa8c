namespace Extract.Analysis;

/// <summary>
/// A reusable list of candidate segmentations (each a run of <see cref="SegmentPiece"/> with a score),
/// filled by <see cref="ArabicSegmenter"/> without allocating once its buffers have grown.
/// </summary>
public sealed class CandidateList
{
    private SegmentPiece[] _pieces = new SegmentPiece[64];
    private int _pieceCount;
    private (int First, int Count, float Score)[] _candidates = new (int, int, float)[16];
    private int _count;
    private int _open;

    /// <summary>The number of candidates.</summary>
    public int Count => _count;

    /// <summary>The pieces of candidate <paramref name="index"/>.</summary>
    public ReadOnlySpan<SegmentPiece> this[int index] => _pieces.AsSpan(_candidates[index].First, _candidates[index].Count);

    /// <summary>The score of candidate <paramref name="index"/> (higher is better).</summary>
    public float ScoreOf(int index) => _candidates[index].Score;

    internal void Clear()
    {
        _pieceCount = 0;
        _count = 0;
    }

    internal void Begin() => _open = _pieceCount;

    internal void Add(SegmentPiece piece)
    {
        if (_pieceCount == _pieces.Length) Array.Resize(ref _pieces, _pieces.Length * 2);
        _pieces[_pieceCount++] = piece;
    }

    internal void End(float score)
    {
        if (_count == _candidates.Length) Array.Resize(ref _candidates, _candidates.Length * 2);
        _candidates[_count++] = (_open, _pieceCount - _open, score);
    }

    // Stable: among equal scores the earlier (fewer or outer clitics first) stays first.
    internal void SortBestFirst()
    {
        for (int i = 1; i < _count; i++)
        {
            var current = _candidates[i];
            int j = i - 1;
            while (j >= 0 && _candidates[j].Score < current.Score)
            {
                _candidates[j + 1] = _candidates[j];
                j--;
            }
            _candidates[j + 1] = current;
        }
    }
}
