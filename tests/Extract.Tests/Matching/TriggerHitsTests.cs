using CsCheck;
using Extract.Matching.Compiled;

namespace Extract.Tests.Matching;

/// <summary>
/// The trigger pass logs, token by token, which slots (a rule's trigger or a required word set) each
/// word belongs to. Whatever the interleaving, a slot's list must hold its tokens once each, in order,
/// and a cleared log must forget the previous document entirely.
/// </summary>
public sealed class TriggerHitsTests
{
    private static readonly Gen<int[][]> Documents =
        Gen.Int[0, 5].Array[0, 4].Array[0, 60];   // per token, the slots its forms belong to (repeats allowed)

    [Fact]
    public void Each_slot_lists_the_tokens_where_it_occurs_once_each_in_order()
    {
        Gen.Select(Documents, Documents).Sample((previous, document) =>
        {
            var hits = new TriggerHits(6);
            foreach (var forms in new[] { previous, document })
            {
                hits.Clear();   // the previous document is forgotten
                for (int token = 0; token < forms.Length; token++)
                    foreach (int slot in forms[token]) hits.Add(slot, token);
                _ = hits.Of(0);
            }
            for (int slot = 0; slot < 6; slot++)
            {
                var expected = Enumerable.Range(0, document.Length).Where(token => document[token].Contains(slot)).ToArray();
                Assert.Equal(expected, hits.Of(slot).ToArray());
                Assert.Equal(expected.Length, hits.Count(slot));
                Assert.Equal(expected, hits.Of(slot).ToArray());   // asked again: the same list
            }
            var triggered = Enumerable.Range(0, 3).Where(slot => document.Any(forms => forms.Contains(slot))).ToList();
            Assert.Equal(triggered, hits.Triggered(ruleCount: 3));
        }, iter: 2_000);
    }

    [Fact]
    public void A_word_met_twice_in_one_token_counts_once()
    {
        var hits = new TriggerHits(2);
        hits.Add(1, 4);
        hits.Add(1, 4);
        hits.Add(1, 9);
        Assert.Equal([4, 9], hits.Of(1).ToArray());
        Assert.Equal(0, hits.Count(0));
        Assert.True(hits.Of(0).IsEmpty);
    }
}
