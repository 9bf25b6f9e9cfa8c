using Extract.Language.Interpretation;
using Extract.Language.Model;

namespace Extract.Language.Tests.Interpretation;

/// <summary>
/// The interpreter's id sets. Regression: every word test held a bit set as large as the vocabulary,
/// so a 10 MB rule file of 158,000 rules peaked at 8.6 GB.
/// </summary>
public class BitSetTests
{
    [Fact]
    public void A_few_ids_cost_a_few_bytes_whatever_the_vocabulary_size()
    {
        var ids = new[] { 3, 70_000, 999_999, 3 }.ToEquatableArray();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var set = new BitSet(1_000_000, ids);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(allocated, 0, 1024);
        Assert.True(set.Contains(3) && set.Contains(70_000) && set.Contains(999_999));
        Assert.False(set.Contains(4) || set.Contains(-1) || set.Contains(1_000_000));
    }

    [Fact]
    public void Many_ids_are_a_bit_set_and_ids_outside_the_vocabulary_are_never_members()
    {
        var set = new BitSet(100, Enumerable.Range(0, 50).Select(i => i * 2).Append(500).ToEquatableArray());

        Assert.True(set.Contains(0) && set.Contains(98));
        Assert.False(set.Contains(1) || set.Contains(500) || set.Contains(-2));
        Assert.False(new BitSet(10, new[] { 12 }.ToEquatableArray()).Contains(12));
    }
}
