namespace Extract.Matching.Compiled;

/// <summary>
/// What the match lattice found for each word, so that a word met again (news repeats the same few
/// thousand words) costs a copy instead of its vocabulary lookups. Words are named by their ordinal in
/// the analyzing thread's segmentation cache (<see cref="Document"/> keeps one per token), valid for
/// that cache's generation; the memo starts afresh when the generation or the pack's tables change.
/// An entry: the whole key's id, the flags, the form and split counts, then per form its id and its
/// split's ordinal in the word (-1: none), then per split its segmentation, its first enclitic segment
/// and the enclitic's id. Most words are plain: no split, and no form but their whole key's (when it
/// is in the vocabulary at all); a plain word is held in place in the index (<see cref="StateOf"/>),
/// so that replaying it reads one int. Bounded: past <see cref="MaxInts"/> no more words are added.
/// </summary>
internal sealed class LatticeMemo
{
    /// <summary>The most ints the entries take (8 MB; an entry takes 4 ints, 2 per form and 3 per split).</summary>
    public const int MaxInts = 1 << 21;

    /// <summary>Flag bits of an entry.</summary>
    public const int Stop = 1, Pronoun = 2, Relative = 4;

    private long generation;
    private KeyTable? vocabulary;
    private IdSet? stops, pronouns, relatives;
    private int[] start = [];   // per word ordinal: entry offset + 1; a plain word's key id and flags (negative); 0 when not memoized
    private int[] entries = new int[1024];
    private int length;

    /// <summary>Prepares the memo for a document and a pack's tables; false when the document's words cannot be memoized.</summary>
    public bool Use(Document document, KeyTable vocabulary, IdSet stops, IdSet pronouns, IdSet relatives)
    {
        if (document.WordGeneration <= 0) return false;
        if (document.WordGeneration != generation || !ReferenceEquals(vocabulary, this.vocabulary)
            || !ReferenceEquals(stops, this.stops) || !ReferenceEquals(pronouns, this.pronouns) || !ReferenceEquals(relatives, this.relatives))
        {
            generation = document.WordGeneration;
            (this.vocabulary, this.stops, this.pronouns, this.relatives) = (vocabulary, stops, pronouns, relatives);
            Array.Clear(start);
            length = 0;
        }
        return true;
    }

    /// <summary>What the memo holds for word <paramref name="word"/>: 0 nothing; positive, an entry (<see cref="Entry"/>); negative, a plain word (<see cref="IsPlain"/>).</summary>
    public int StateOf(int word) => (uint)word < (uint)start.Length ? start[word] : 0;

    /// <summary>True when <paramref name="state"/> is a plain word's: see <see cref="PlainKeyId"/> and <see cref="PlainFlags"/>.</summary>
    public static bool IsPlain(int state) => state < 0;

    /// <summary>A plain word's whole-key id (-1: not in the vocabulary), its only form.</summary>
    public static int PlainKeyId(int state) => (~state >> 3) - 1;

    /// <summary>A plain word's flags.</summary>
    public static int PlainFlags(int state) => ~state & 7;

    /// <summary>The entry a positive <paramref name="state"/> names.</summary>
    public ReadOnlySpan<int> Entry(int state) => entries.AsSpan(state - 1);

    /// <summary>Records that word <paramref name="word"/> is plain, with its whole-key id and flags.</summary>
    public void AddPlain(int word, int keyId, int flags)
    {
        Analysis.ArrayBuffer.Grow(ref start, word + 1);
        start[word] = ~((keyId + 1) << 3 | flags);
    }

    /// <summary>Reserves an entry of <paramref name="size"/> ints for word <paramref name="word"/>; empty when the memo is full.</summary>
    public Span<int> Add(int word, int size)
    {
        if (length + size > MaxInts) return default;
        Analysis.ArrayBuffer.Grow(ref start, word + 1);
        Analysis.ArrayBuffer.Grow(ref entries, length + size);
        start[word] = length + 1;
        var entry = entries.AsSpan(length, size);
        length += size;
        return entry;
    }
}
