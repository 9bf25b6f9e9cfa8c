namespace Extract.Matching.Compiled;

/// <summary>A fixed set of vocabulary ids (a bit set): the word classes and literal sets of generated matchers.</summary>
public sealed class IdSet
{
    private readonly ulong[] words;

    /// <summary>A set over ids <c>0 .. size-1</c> holding <paramref name="ids"/> (ids out of range are ignored).</summary>
    public IdSet(int size, ReadOnlySpan<int> ids)
    {
        words = new ulong[(Math.Max(0, size) + 63) >> 6];
        foreach (int id in ids)
            if ((uint)id < (uint)size) words[id >> 6] |= 1UL << (id & 63);
    }

    /// <summary>True when <paramref name="id"/> is in the set (false for -1, "not in the vocabulary").</summary>
    public bool Contains(int id) => id >= 0 && (id >> 6) < words.Length && (words[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>The ids in the set, in increasing order.</summary>
    internal IEnumerable<int> Members()
    {
        for (int w = 0; w < words.Length; w++)
            for (ulong bits = words[w]; bits != 0; bits &= bits - 1)
                yield return (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
    }
}
