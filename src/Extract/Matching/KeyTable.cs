namespace Extract.Matching;

/// <summary>
/// An immutable table from matching keys to small integer ids (a pack's vocabulary), looked up by
/// <see cref="ReadOnlySpan{T}"/> without allocating. Ids are the indexes of the keys given to the
/// constructor. Used by the interpreter and by generated matchers alike.
/// </summary>
public sealed class KeyTable
{
    private readonly char[] chars;
    private readonly int[] starts;   // starts[id]..starts[id + 1] is the key of id in chars
    private readonly Bucket[] buckets;  // open addressing; a bucket holds its key's hash, so that a probe rarely compares keys
    private readonly int mask;
    private readonly ulong[] filter;  // a bit per value of FilterBit: most words of a text are no key, and one bit test rejects them
    private readonly int filterShift;

    /// <summary>Builds a table where key <c>keys[i]</c> has id <c>i</c>. Later duplicates are ignored.</summary>
    public KeyTable(IReadOnlyList<string> keys)
    {
        Count = keys.Count;
        starts = new int[keys.Count + 1];
        int total = 0;
        for (int i = 0; i < keys.Count; i++)
        {
            starts[i] = total;
            total += keys[i].Length;
        }
        starts[keys.Count] = total;
        chars = new char[total];
        for (int i = 0; i < keys.Count; i++) keys[i].CopyTo(0, chars, starts[i], keys[i].Length);

        // At most half full: the filter turns most words that are no key away before a probe.
        int size = 4;
        while (size < keys.Count * 2) size <<= 1;
        buckets = new Bucket[size];
        mask = size - 1;
        // At least 16 bits per key (at most 1 in 16 words that are no key pass), 8 KB at least.
        int filterBits = 1 << 16;
        while (filterBits < keys.Count * 16) filterBits <<= 1;
        filter = new ulong[filterBits / 64];
        filterShift = 32 - System.Numerics.BitOperations.Log2((uint)filterBits);
        for (int id = 0; id < keys.Count; id++)
        {
            var key = KeyOf(id);
            int hash = Hash(key);
            int bit = FilterBit(hash);
            filter[bit >> 6] |= 1UL << bit;
            int bucket = hash & mask;
            bool duplicate = false;
            while (buckets[bucket].Entry != 0)
            {
                if (buckets[bucket].Hash == hash && KeyOf(buckets[bucket].Entry - 1).SequenceEqual(key)) { duplicate = true; break; }
                bucket = (bucket + 1) & mask;
            }
            if (duplicate) continue;
            buckets[bucket] = new Bucket(hash, id + 1);
        }
    }

    /// <summary>The number of ids (the vocabulary size).</summary>
    public int Count { get; }

    /// <summary>The key of <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> KeyOf(int id) => chars.AsSpan(starts[id], starts[id + 1] - starts[id]);

    /// <summary>The id of <paramref name="key"/>, or -1 when the key is not in the table.</summary>
    public int IdOf(ReadOnlySpan<char> key)
    {
        int hash = Hash(key);
        int bit = FilterBit(hash);
        if ((filter[bit >> 6] & (1UL << bit)) == 0) return -1;
        int bucket = hash & mask;
        while (true)
        {
            var (bucketHash, entry) = buckets[bucket];
            if (entry == 0) return -1;
            if (bucketHash == hash && KeyOf(entry - 1).SequenceEqual(key)) return entry - 1;
            bucket = (bucket + 1) & mask;
        }
    }

    /// <summary>True when <paramref name="key"/> is in the table; <paramref name="id"/> is then its id.</summary>
    public bool TryGetId(ReadOnlySpan<char> key, out int id)
    {
        id = IdOf(key);
        return id >= 0;
    }

    // A key's hash and its id + 1 (0: empty), side by side so that a probe reads one cache line.
    private readonly record struct Bucket(int Hash, int Entry);

    // Bits of the hash independent of the bucket's low bits.
    private int FilterBit(int hash) => (int)(((uint)hash * 0x9E3779B1u) >> filterShift);

    // FNV-1a over UTF-16 code units, then a final mix so that the low bits spread.
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key) hash = (hash ^ c) * 16777619;
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6d;
        hash ^= hash >> 12;
        return (int)(hash & 0x7fffffff);
    }
}
