using CsCheck;
using Extract.Matching.Compiled;

namespace Extract.Tests.Matching;

/// <summary>
/// A rule whose matches span at most <c>MaxTokens</c> tokens can start at token s only if every one of
/// its slots (trigger, requirements) occurs in s .. s + MaxTokens - 1. The finder leaps over the
/// occurrence lists; it must answer exactly what checking every token one by one answers, whatever
/// the order of the questions.
/// </summary>
public sealed class StartFinderTests
{
    private static int BruteForceNext(int[][] occurrences, int maxTokens, int tokenCount, int token)
    {
        for (int s = token; s < tokenCount; s++)
            if (occurrences.All(list => list.Any(o => o >= s && o - s < maxTokens))) return s;
        return tokenCount;
    }

    // A finder over slots 0, 1, … whose words occur at the given tokens.
    private static StartFinder Finder(int maxTokens, int tokenCount, params int[][] occurrences)
    {
        var hits = new TriggerHits(occurrences.Length);
        for (int slot = 0; slot < occurrences.Length; slot++)
            foreach (int token in occurrences[slot]) hits.Add(slot, token);
        return StartFinder.For(hits, Enumerable.Range(0, occurrences.Length).ToArray(), maxTokens, tokenCount);
    }

    private static readonly Gen<(int Tokens, int MaxTokens, int[][] Slots, int[] Queries)> Cases =
        from tokens in Gen.Int[1, 120]
        from maxTokens in Gen.Int[1, 12]
        from slots in Gen.Int[0, tokens - 1].Array[0, 8].Select(a => a.Distinct().Order().ToArray()).Array[1, 3]
        from sorted in Gen.Bool
        from queries in Gen.Int[0, tokens].Array[1, 30]
        select (tokens, maxTokens, slots, sorted ? queries.Order().ToArray() : queries);

    [Fact]
    public void The_next_start_is_the_first_token_near_a_word_of_every_slot()
    {
        Cases.Sample(c =>
        {
            var finder = Finder(c.MaxTokens, c.Tokens, c.Slots);
            foreach (int query in c.Queries)
                Assert.Equal(BruteForceNext(c.Slots, c.MaxTokens, c.Tokens, query), finder.Next(query));
        }, iter: 3_000);
    }

    [Fact]
    public void A_rule_whose_words_are_far_apart_starts_nowhere()
    {
        var finder = Finder(maxTokens: 10, tokenCount: 50, [3], [40]);
        Assert.Equal(50, finder.Next(0));
    }

    [Fact]
    public void A_start_lies_up_to_max_tokens_minus_one_before_the_farthest_word()
    {
        var finder = Finder(maxTokens: 10, tokenCount: 50, [20], [25]);
        Assert.Equal(16, finder.Next(0));   // 16 .. 25 holds both words; 15 .. 24 misses the second
        Assert.Equal(20, finder.Next(20));
        Assert.Equal(50, finder.Next(21));  // past the trigger's only occurrence
    }
}
