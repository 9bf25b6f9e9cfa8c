using Extract.Analysis;

namespace Extract.Tests.Analysis;

/// <summary>
/// Frequent words are segmented once per thread and then read from a cache: the cache must never
/// change an answer, whether a word is seen first, again, after the cache was emptied, or on another thread.
/// </summary>
public sealed class SegmentationCacheTests
{
    private static readonly string[] Words = ["والجيش", "عليها", "للمدينة", "بسيطرتها", "سيكون", "وزير", "مستشفى", "فسيطرت", "وبأيديهم"];

    private static string Candidates(ArabicSegmenter segmenter, string word)
    {
        var sink = new CandidateList();
        segmenter.Segment(word, sink);
        return string.Join(" | ", Enumerable.Range(0, sink.Count).Select(c =>
            string.Join("+", sink[c].ToArray().Select(p => $"{word[p.From..p.To]}:{p.Role}:{p.Key}")) + $" {sink.ScoreOf(c):F3}"));
    }

    [Fact]
    public void A_word_seen_again_has_the_same_candidates_as_the_first_time()
    {
        var segmenter = new ArabicSegmenter(StemLexicon.Default);
        var first = Words.Select(w => Candidates(segmenter, w)).ToArray();
        var again = Words.Select(w => Candidates(segmenter, w)).ToArray();
        Assert.Equal(first, again);
    }

    [Fact]
    public void Answers_survive_the_cache_being_emptied_when_full()
    {
        var segmenter = new ArabicSegmenter(StemLexicon.Default);
        var first = Words.Select(w => Candidates(segmenter, w)).ToArray();
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var sink = new CandidateList();
        for (int i = 0; i < 300_000; i++)   // more distinct words than the cache holds (2^18)
        {
            var word = new string([letters[i % 28], letters[i / 28 % 28], letters[i / 784 % 28], letters[i / 21952 % 28], 'ه']);
            segmenter.Segment(word, sink);
        }
        Assert.Equal(first, Words.Select(w => Candidates(segmenter, w)).ToArray());
    }

    [Fact]
    public void Each_thread_gets_the_same_answers()
    {
        var segmenter = new ArabicSegmenter(StemLexicon.Default);
        var expected = Words.Select(w => Candidates(segmenter, w)).ToArray();
        var results = new string[8][];
        Parallel.For(0, 8, t => results[t] = Enumerable.Range(0, 50).SelectMany(_ => Words).Select(w => Candidates(segmenter, w)).Take(Words.Length).ToArray());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
