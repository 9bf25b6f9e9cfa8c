using CsCheck;
using Extract.Matching;

namespace Extract.Language.Tests.Model;

public class KeyTableTests
{
    [Fact]
    public void Finds_every_key_by_span_and_nothing_else()
    {
        var table = new KeyTable(["سيطر", "علي", "الجيش", "x"]);
        Assert.Equal(0, table.IdOf("سيطر".AsSpan()));
        Assert.Equal(2, table.IdOf("في الجيش اليوم".AsSpan(3, 5)));
        Assert.Equal(-1, table.IdOf("جيش".AsSpan()));
        Assert.Equal(-1, table.IdOf(ReadOnlySpan<char>.Empty));
        Assert.Equal("علي", table.KeyOf(1).ToString());
    }

    [Fact]
    public void A_duplicate_key_keeps_its_first_id()
    {
        var table = new KeyTable(["a", "b", "a"]);
        Assert.Equal(0, table.IdOf("a"));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Agrees_with_a_dictionary() =>
        Gen.String[Gen.Char['ا', 'ي'], 0, 6].Array[0, 200].Sample(keys =>
        {
            var table = new KeyTable(keys);
            var first = new Dictionary<string, int>();
            for (int i = 0; i < keys.Length; i++) first.TryAdd(keys[i], i);
            return keys.All(key => table.IdOf(key) == first[key]) && table.IdOf("zz") == -1;
        });
}
