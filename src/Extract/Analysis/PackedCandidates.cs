namespace Extract.Analysis;

/// <summary>
/// Candidate segmentations packed into ints, the form in which the segmentation cache keeps them and
/// the analyzer reads them: per candidate, its score's bits and its piece count, then one int per piece
/// (from, to, role and key kind, a byte each).
/// </summary>
internal static class PackedCandidates
{
    /// <summary>The longest word whose pieces fit: a piece's bounds take a byte each.</summary>
    public const int MaxWordLength = 255;

    /// <summary>The number of ints <paramref name="list"/> packs into.</summary>
    public static int Size(CandidateList list)
    {
        int size = 0;
        for (int c = 0; c < list.Count; c++) size += 2 + list[c].Length;
        return size;
    }

    /// <summary>Packs <paramref name="list"/> into <paramref name="into"/>, which holds <see cref="Size"/> ints at least.</summary>
    public static void Write(CandidateList list, Span<int> into)
    {
        int next = 0;
        for (int c = 0; c < list.Count; c++)
        {
            var pieces = list[c];
            into[next] = BitConverter.SingleToInt32Bits(list.ScoreOf(c));
            into[next + 1] = pieces.Length;
            next += 2;
            foreach (var piece in pieces) into[next++] = Pack(piece);
        }
    }

    /// <summary>Unpacks <paramref name="packed"/> into <paramref name="sink"/>, replacing its candidates.</summary>
    public static void Read(ReadOnlySpan<int> packed, CandidateList sink)
    {
        sink.Clear();
        for (int at = 0; at < packed.Length;)
        {
            float score = ScoreAt(packed, at);
            var pieces = PiecesAt(packed, at);
            sink.Begin();
            foreach (int piece in pieces) sink.Add(Unpack(piece));
            sink.End(score);
            at = Next(packed, at);
        }
    }

    /// <summary>The score of the candidate at <paramref name="at"/>.</summary>
    public static float ScoreAt(ReadOnlySpan<int> packed, int at) => BitConverter.Int32BitsToSingle(packed[at]);

    /// <summary>The packed pieces of the candidate at <paramref name="at"/>.</summary>
    public static ReadOnlySpan<int> PiecesAt(ReadOnlySpan<int> packed, int at) => packed.Slice(at + 2, packed[at + 1]);

    /// <summary>Where the candidate after the one at <paramref name="at"/> starts.</summary>
    public static int Next(ReadOnlySpan<int> packed, int at) => at + 2 + packed[at + 1];

    /// <summary>One piece in an int.</summary>
    public static int Pack(SegmentPiece piece) =>
        piece.From | piece.To << 8 | (int)piece.Role << 16 | (int)piece.Key << 24;

    /// <summary>The first normalized character of a packed piece.</summary>
    public static int From(int piece) => piece & 0xFF;

    /// <summary>One past the last normalized character of a packed piece.</summary>
    public static int To(int piece) => piece >> 8 & 0xFF;

    /// <summary>The piece an int holds.</summary>
    public static SegmentPiece Unpack(int piece) =>
        new(From(piece), To(piece), (SegmentRole)(piece >> 16 & 0xFF), (SegmentKey)(piece >> 24 & 0xFF));
}
