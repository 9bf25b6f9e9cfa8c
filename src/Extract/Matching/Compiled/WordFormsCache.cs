namespace Extract.Matching.Compiled;

/// <summary>
/// One thread's memory of the words it has put into match lattices: for a word's surface text, its part
/// of the lattice (whole-key id, stem forms, enclitic splits relative to the token's start, word-class
/// flags) as computed for one pack's vocabulary. A word met again (most words of a news stream are)
/// costs a copy instead of a vocabulary lookup per form. Direct-mapped: a new word replaces the one in
/// its slot. Everything cached depends only on the word's text: the analyzer segments words out of
/// context.
/// </summary>
internal sealed class WordFormsCache
{
    private const int Slots = 1 << 13;

    /// <summary>Longer words are not cached.</summary>
    public const int MaxWordLength = 32;

    private readonly Entry?[] entries = new Entry?[Slots];
    private object? vocabulary;
    private object? stops;

    [ThreadStatic] private static WordFormsCache? current;

    /// <summary>The calling thread's cache, emptied when it was filled for another pack's tables.</summary>
    public static WordFormsCache For(KeyTable vocabulary, IdSet stops)
    {
        var cache = current ??= new WordFormsCache();
        if (!ReferenceEquals(cache.vocabulary, vocabulary) || !ReferenceEquals(cache.stops, stops))
        {
            Array.Clear(cache.entries);
            cache.vocabulary = vocabulary;
            cache.stops = stops;
        }
        return cache;
    }

    /// <summary>The entry of <paramref name="word"/>, or null when it is not cached.</summary>
    public Entry? Find(ReadOnlySpan<char> word, int hash)
    {
        var entry = entries[hash & (Slots - 1)];
        return entry is not null && entry.Hash == hash && entry.Word.AsSpan(0, entry.WordLength).SequenceEqual(word) ? entry : null;
    }

    /// <summary>The slot's entry for <paramref name="word"/>, to be filled (a previous word's entry is reused).</summary>
    public Entry Store(ReadOnlySpan<char> word, int hash)
    {
        ref var slot = ref entries[hash & (Slots - 1)];
        slot ??= new Entry();
        slot.Hash = hash;
        word.CopyTo(slot.Word);
        slot.WordLength = word.Length;
        return slot;
    }

    /// <summary>FNV-1a over the word's UTF-16 code units.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        return (int)(hash ^ (hash >> 13));
    }

    /// <summary>A word's part of a lattice; split numbers are local to the word.</summary>
    public sealed class Entry
    {
        public readonly char[] Word = new char[MaxWordLength];
        public int WordLength;
        public int Hash;
        public int KeyId;
        public int[] FormIds = new int[4];
        public int[] FormSplits = new int[4];
        public int FormCount;
        public int[] SplitOffsets = new int[2];   // from the token's start
        public int[] SplitEnclitics = new int[2];
        public int SplitCount;
        public int FirstSplit;
        public bool Content;
        public bool Pronoun;
        public bool Relative;
    }
}
