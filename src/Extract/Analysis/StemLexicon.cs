using System.IO.Compression;
using System.Text;

namespace Extract.Analysis;

/// <summary>
/// Word frequencies by matching key, used to rank clitic segmentations: a candidate whose stem is a
/// frequent word beats one whose stem is rare or unknown. The built-in lexicon holds the 60,000 most
/// frequent standalone words of the ANT news corpus (see Resources/README.md); lookups take a span
/// and allocate nothing.
/// </summary>
public sealed class StemLexicon
{
    private readonly string[] _keys;
    private readonly float[] _scores;
    private readonly int[] _hashes;
    private readonly int[] _buckets;
    private readonly int[] _next;

    /// <summary>The lexicon shipped with the runtime.</summary>
    public static StemLexicon Default { get; } = LoadDefault();

    /// <summary>An empty lexicon: every stem is unknown.</summary>
    public static StemLexicon Empty { get; } = new([]);

    /// <summary>Creates a lexicon from (key, count) pairs; keys must already be matching keys.</summary>
    public StemLexicon(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var pairs = counts.Where(p => p.Value > 0).GroupBy(p => p.Key).Select(g => (g.Key, Count: g.Sum(p => p.Value))).ToArray();
        _keys = new string[pairs.Length];
        _scores = new float[pairs.Length];
        _next = new int[pairs.Length];
        _hashes = new int[pairs.Length];
        int size = 16;
        while (size < pairs.Length * 2) size <<= 1;
        _buckets = new int[size];
        Array.Fill(_buckets, -1);
        for (int i = 0; i < pairs.Length; i++)
        {
            _keys[i] = pairs[i].Key;
            _scores[i] = MathF.Log(1 + pairs[i].Count);
            _hashes[i] = Hash(pairs[i].Key);
            int bucket = _hashes[i] & (size - 1);
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
        }
    }

    /// <summary>The number of words in the lexicon.</summary>
    public int Count => _keys.Length;

    /// <summary>The log frequency of <paramref name="key"/> (log(1 + count)), or 0 when unknown.</summary>
    public float Score(ReadOnlySpan<char> key)
    {
        int hash = Hash(key);
        for (int i = _buckets[hash & (_buckets.Length - 1)]; i >= 0; i = _next[i])
            if (_hashes[i] == hash && key.SequenceEqual(_keys[i])) return _scores[i];
        return 0;
    }

    /// <summary>True when <paramref name="key"/> is in the lexicon.</summary>
    public bool Contains(ReadOnlySpan<char> key) => Score(key) > 0;

    /// <summary>The hash of a word's characters (FNV-1a, folded); also keys the segmentation cache.</summary>
    internal static int Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key) hash = (hash ^ c) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }

    private static StemLexicon LoadDefault()
    {
        using var stream = typeof(StemLexicon).Assembly.GetManifestResourceStream("Extract.Analysis.Resources.lexicon.tsv.gz");
        if (stream is null) return Empty;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var counts = new List<KeyValuePair<string, int>>(60_000);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), out int count))
                counts.Add(new(line[..tab], count));
        }
        return new StemLexicon(counts);
    }
}
