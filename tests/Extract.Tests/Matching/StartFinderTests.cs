using CsCheck;
using Extract.Matching;
using Extract.Matching.Compiled;

namespace Extract.Tests.Matching;

/// <summary>
/// A rule whose matches span at most <c>MaxTokens</c> tokens can start at token s only if every one of
/// its slots (trigger, requirements) occurs in s .. s + MaxTokens - 1, in the sentence of s. The finder leaps over the
/// occurrence lists; it must answer exactly what checking every token one by one answers, whatever
/// the order of the questions.
/// </summary>
public sealed class StartFinderTests
{
    // Start s is possible when every slot has a word in s .. s + maxTokens - 1, inside the sentence of s.
    private static int BruteForceNext(int[][] occurrences, int maxTokens, Document document, int token)
    {
        int tokenCount = document.Tokens.Length;
        for (int s = token; s < tokenCount; s++)
        {
            int end = Math.Min(s + maxTokens, document.SentenceEnd(s));
            if (occurrences.All(list => list.Any(o => o >= s && o < end))) return s;
        }
        return tokenCount;
    }

    // A document of one-letter words, a line break (a sentence boundary) before each token of breaks.
    private static Document Words(int tokens, params int[] breaks) =>
        Document.Analyze(string.Concat(Enumerable.Range(0, tokens).Select(i => (i == 0 ? "" : breaks.Contains(i) ? "\n" : " ") + "ب")));

    // A finder over slots 0, 1, … whose words occur at the given tokens.
    private static StartFinder Finder(int maxTokens, Document document, params int[][] occurrences)
    {
        var hits = new TriggerHits(occurrences.Length);
        for (int slot = 0; slot < occurrences.Length; slot++)
            foreach (int token in occurrences[slot]) hits.Add(slot, token);
        return StartFinder.For(hits, Enumerable.Range(0, occurrences.Length).ToArray(), maxTokens, document);
    }

    private static readonly Gen<(int Tokens, int[] Breaks, int MaxTokens, int[][] Slots, int[] Queries)> Cases =
        from tokens in Gen.Int[1, 120]
        from breaks in Gen.Int[1, tokens].Array[0, 6]
        from maxTokens in Gen.Int[1, 12]
        from slots in Gen.Int[0, tokens - 1].Array[0, 8].Select(a => a.Distinct().Order().ToArray()).Array[1, 3]
        from sorted in Gen.Bool
        from queries in Gen.Int[0, tokens].Array[1, 30]
        select (tokens, breaks, maxTokens, slots, sorted ? queries.Order().ToArray() : queries);

    [Fact]
    public void The_next_start_is_the_first_token_near_a_word_of_every_slot_in_its_sentence()
    {
        Cases.Sample(c =>
        {
            var document = Words(c.Tokens, c.Breaks);
            Assert.Equal(c.Tokens, document.Tokens.Length);
            var finder = Finder(c.MaxTokens, document, c.Slots);
            foreach (int query in c.Queries)
                Assert.Equal(BruteForceNext(c.Slots, c.MaxTokens, document, query), finder.Next(query));
        }, iter: 3_000);
    }

    [Fact]
    public void A_rule_whose_words_are_far_apart_starts_nowhere()
    {
        var finder = Finder(maxTokens: 10, Words(50), [3], [40]);
        Assert.Equal(50, finder.Next(0));
    }

    [Fact]
    public void A_start_lies_up_to_max_tokens_minus_one_before_the_farthest_word()
    {
        var finder = Finder(maxTokens: 10, Words(50), [20], [25]);
        Assert.Equal(16, finder.Next(0));   // 16 .. 25 holds both words; 15 .. 24 misses the second
        Assert.Equal(20, finder.Next(20));
        Assert.Equal(50, finder.Next(21));  // past the trigger's only occurrence
    }

    [Fact]
    public void A_start_never_looks_for_words_past_its_sentence()
    {
        var finder = Finder(maxTokens: 10, Words(50, breaks: 22), [20], [25]);   // the words are close, but a sentence ends between them
        Assert.Equal(50, finder.Next(0));
        finder = Finder(maxTokens: 10, Words(50, breaks: 18), [20], [25]);
        Assert.Equal(18, finder.Next(0));   // both words lie in the sentence that starts at 18
    }
}
