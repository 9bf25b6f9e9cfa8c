using System.Text.Json;
using Extract.Analysis;
using Extract.Matching;
using Extract.Matching.Compiled;

namespace Extract.Tests.Matching;

/// <summary>
/// The match lattice holds, for every token, the pack's words it can be read as. A thread's reusable
/// lattice (<see cref="MatchLattice.ForThread"/>) keeps its arrays from one document to the next:
/// rebuilt for a document, it must equal a lattice built for that document alone.
/// </summary>
public class MatchLatticeTests
{
    private const string Long = "سيطرتها القوات على المدينة. ثم سيطرتــها القوات على المدينة وسيطرتها عليها، والمدينة لهم وهي لهم منذ سنوات طويلة.";
    private const string Short = "وسيطرتها عليها لهم.";

    private static readonly string[] Words = ["سيطره", "سيطرت", "قوات", "القوات", "علي", "مدينه", "المدينه", "ها", "هم", "ل", "لهم", "عليها"];

    [Fact]
    public void A_reused_lattice_equals_a_fresh_one_after_a_longer_document()
    {
        var vocabulary = new KeyTable(Words);
        var stops = new IdSet(Words.Length, [4]);
        var pronouns = new IdSet(Words.Length, [7, 8]);
        var relatives = new IdSet(Words.Length, []);
        _ = MatchLattice.ForThread(Document.Analyze(Long), vocabulary, stops, pronouns, relatives);

        var reused = Describe(MatchLattice.ForThread(Document.Analyze(Short), vocabulary, stops, pronouns, relatives));
        var fresh = Describe(new MatchLattice(Document.Analyze(Short), vocabulary, stops, pronouns, relatives));

        Assert.Equal(fresh, reused);
        Assert.Contains("split", fresh);   // enclitic splits are covered
    }

    [Fact]
    public void A_token_reads_as_its_whole_key_each_stem_and_each_stem_with_its_article_when_the_pack_has_them()
    {
        var articles = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "gold", "ant-articles.jsonl"))
            .Where(line => line.Length > 0).Take(20)
            .Select(line => Document.Analyze(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)).ToArray();
        // Every other reading of the articles is a word of the pack, so that hits and misses both occur.
        var readings = articles.SelectMany(d => d.Tokens.ToArray().SelectMany(t => Readings(d, t))).Distinct().ToArray();
        var vocabulary = new KeyTable(readings.Where((_, i) => i % 2 == 0).ToArray());
        var none = new IdSet(vocabulary.Count, []);

        foreach (var document in articles)
        {
            var lattice = new MatchLattice(document, vocabulary, none, none, none);
            for (int i = 0; i < lattice.TokenCount; i++)
            {
                var expected = Readings(document, document.Tokens[i]).Select(r => vocabulary.IdOf(r)).Where(id => id >= 0).ToHashSet();
                var forms = Enumerable.Range(lattice.FirstForm(i), lattice.FirstForm(i + 1) - lattice.FirstForm(i)).Select(lattice.FormId).ToArray();
                Assert.Equal(forms.Length, forms.Distinct().Count());
                Assert.True(expected.SetEquals(forms), $"token {i} '{document.Text[document.Tokens[i].Start..document.Tokens[i].End]}'");
            }
        }
    }

    [Fact]
    public void A_word_met_again_is_copied_from_the_memo_and_gives_the_lattice_it_would_without_it()
    {
        var articles = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "gold", "ant-articles.jsonl"))
            .Where(line => line.Length > 0).Take(20)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToArray();
        var analyzer = new TextAnalyzer(new ArabicSegmenter(StemLexicon.Default));
        var readings = articles.Select(t => analyzer.Analyze(t)).SelectMany(d => d.Tokens.ToArray().SelectMany(t => Readings(d, t))).Distinct().ToArray();
        var vocabulary = new KeyTable(readings.Where((_, i) => i % 2 == 0).ToArray());
        var stops = new IdSet(vocabulary.Count, Enumerable.Range(0, vocabulary.Count).Where(id => id % 7 == 0).ToArray());
        var pronouns = new IdSet(vocabulary.Count, [vocabulary.IdOf("هم"), vocabulary.IdOf("ها"), vocabulary.IdOf("ه")]);
        var relatives = new IdSet(vocabulary.Count, [vocabulary.IdOf("التي"), vocabulary.IdOf("الذي")]);

        int replayed = 0;
        foreach (var text in articles)
        {
            var memoized = analyzer.Analyze(text);          // every word is in the analyzer's cache: the thread's lattice memoizes them
            var plain = analyzer.Analyze(text);
            plain.WordGeneration = 0;                       // no word ordinals: every token looked up
            Assert.True(memoized.WordGeneration > 0);
            replayed += memoized.WordArray.Take(memoized.TokenCount).Count(w => w >= 0);
            Assert.Equal(Describe(new MatchLattice(plain, vocabulary, stops, pronouns, relatives)),
                Describe(MatchLattice.ForThread(memoized, vocabulary, stops, pronouns, relatives)));
        }
        Assert.True(replayed > 1000);
    }

    // What a token can be read as, spelled out: its whole key; per segmentation, its stem, and ال + stem after an article.
    private static List<string> Readings(Document document, Token token)
    {
        var readings = new List<string> { document.KeyOf(token).ToString() };
        foreach (var segmentation in document.SegmentationsOf(token))
        {
            var segments = document.SegmentsOf(segmentation).ToArray();
            int stem = Array.FindIndex(segments, s => s.Role == SegmentRole.Stem);
            if (stem < 0) continue;
            string stemKey = document.KeyOf(segments[stem]).ToString();
            readings.Add(stemKey);
            if (segments.Any(s => s.Role == SegmentRole.Proclitic && document.KeyOf(s).SequenceEqual("ال"))) readings.Add("ال" + stemKey);
        }
        return readings;
    }

    private static string Describe(MatchLattice lattice)
    {
        var lines = new List<string> { $"{lattice.TokenCount} tokens" };
        for (int i = 0; i < lattice.TokenCount; i++)
        {
            var forms = Enumerable.Range(lattice.FirstForm(i), lattice.FirstForm(i + 1) - lattice.FirstForm(i))
                .Select(f => lattice.FormSplit(f) < 0 ? $"{lattice.FormId(f)}" : $"{lattice.FormId(f)}/split {lattice.SplitAt(lattice.FormSplit(f))}");
            string first = lattice.FirstSplit(i) < 0 ? "-" : lattice.SplitAt(lattice.FirstSplit(i)).ToString();
            lines.Add($"{i}: key {lattice.KeyId(i)} forms [{string.Join(", ", forms)}] first {first} content {lattice.IsContent(i)} pronoun {lattice.IsPronoun(i)} relative {lattice.IsRelative(i)}");
        }
        return string.Join("\n", lines);
    }
}
