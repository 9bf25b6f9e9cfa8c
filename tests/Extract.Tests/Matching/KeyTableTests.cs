using CsCheck;
using Extract.Matching;

namespace Extract.Tests.Matching;

/// <summary>
/// The vocabulary table maps each key to its index and every other string to -1; a bit filter rejects
/// most strings that are no key before the table is probed, so the law is checked from small packs to
/// vocabularies larger than the filter's first size.
/// </summary>
public sealed class KeyTableTests
{
    private static readonly Gen<string> Word = Gen.Char["ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأى"].Array[1, 8].Select(c => new string(c));

    [Fact]
    public void Every_key_has_its_index_and_every_other_word_has_none()
    {
        Gen.Select(Word.Array[0, 200], Word.Array[0, 200]).Sample((keys, others) =>
        {
            var table = new KeyTable(keys);
            for (int i = 0; i < keys.Length; i++) Assert.Equal(Array.IndexOf(keys, keys[i]), table.IdOf(keys[i]));
            foreach (var other in others.Where(o => !keys.Contains(o))) Assert.Equal(-1, table.IdOf(other));
        }, iter: 500);
    }

    [Fact]
    public void A_vocabulary_of_fifty_thousand_words_finds_each_and_nothing_else()
    {
        var keys = Enumerable.Range(0, 50_000).Select(i => $"ك{i}").ToArray();
        var table = new KeyTable(keys);
        for (int i = 0; i < keys.Length; i++) Assert.Equal(i, table.IdOf(keys[i]));
        for (int i = 50_000; i < 150_000; i++) Assert.Equal(-1, table.IdOf($"ك{i}"));
        Assert.Equal(-1, table.IdOf(""));
    }
}
