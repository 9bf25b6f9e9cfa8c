using System.Text.Json;
using Extract.Analysis;
using Extract.Matching;

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

    [Fact]
    public void A_document_analysed_again_from_the_cache_is_the_same_document()
    {
        var analyzer = new TextAnalyzer(new ArabicSegmenter(StemLexicon.Default));
        var texts = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "gold", "ant-articles.jsonl"))
            .Where(line => line.Length > 0).Take(10)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToArray();
        var first = texts.Select(t => Describe(analyzer.Analyze(t))).ToArray();    // words segmented, then stored
        var again = texts.Select(t => Describe(analyzer.Analyze(t))).ToArray();    // words read from the cache
        Assert.Equal(first, again);
    }

    [Fact]
    public void Words_longer_than_the_cache_holds_are_segmented_all_the_same()
    {
        var stem = new string('ب', 60) + "ت";
        var document = TextAnalyzer.Default.Analyze("و" + stem + "ها");
        var readings = document.SegmentationsOf(document.Tokens[0]).ToArray()
            .Select(s => string.Join("+", document.SegmentsOf(s).ToArray().Select(g => $"{g.End - g.Start}:{g.Role}"))).ToArray();
        Assert.Contains($"1:Proclitic+{stem.Length}:Stem+2:Enclitic", readings);
    }

    [Fact]
    public void A_run_of_more_than_255_letters_is_one_unsplit_token()
    {
        var text = "و" + new string('ب', 300) + "ها";
        var document = TextAnalyzer.Default.Analyze(text);
        var token = Assert.Single(document.Tokens.ToArray());
        var segmentation = Assert.Single(document.SegmentationsOf(token).ToArray());
        var segment = Assert.Single(document.SegmentsOf(segmentation).ToArray());
        Assert.Equal((0, text.Length, SegmentRole.Stem), (segment.Start, segment.End, segment.Role));

        var sink = new CandidateList();
        ArabicSegmenter.Default.Segment(text, sink);
        Assert.Equal(1, sink.Count);
    }

    private static string Describe(Document document) => string.Join("\n", document.Tokens.ToArray().Select(token =>
        string.Join(" | ", document.SegmentationsOf(token).ToArray().Select(s => $"{s.Score}: " + string.Join("+",
            document.SegmentsOf(s).ToArray().Select(g => $"{g.Start}-{g.End}:{g.Role}:{document.KeyOf(g).ToString()}"))))));
}
