using Extract.Matching;
using Extract.Matching.Compiled;

namespace Extract.Tests.Matching;

/// <summary>
/// A word met again is copied from the thread's cache into the lattice: the lattice must be the same
/// as when every word is looked up, offsets of enclitic splits included.
/// </summary>
public class MatchLatticeTests
{
    // Repeated words, one of them with a tatweel (same key, other offsets), enclitics and the article.
    private const string Text = "سيطرتها القوات على المدينة. ثم سيطرتــها القوات على المدينة وسيطرتها عليها، والمدينة لهم.";

    private static readonly string[] Words = ["سيطره", "سيطرت", "قوات", "القوات", "علي", "مدينه", "المدينه", "ها", "هم", "ل", "لهم", "عليها"];

    [Fact]
    public void A_lattice_built_from_cached_words_equals_one_built_by_lookup()
    {
        var vocabulary = new KeyTable(Words);
        var stops = new IdSet(Words.Length, [4]);
        var pronouns = new IdSet(Words.Length, [7, 8]);
        var relatives = new IdSet(Words.Length, []);

        var looked = Describe(new MatchLattice(Document.Analyze(Text), vocabulary, stops, pronouns, relatives));
        var cached = Describe(new MatchLattice(Document.Analyze(Text), vocabulary, stops, pronouns, relatives));
        var reused = Describe(MatchLattice.ForThread(Document.Analyze(Text), vocabulary, stops, pronouns, relatives));

        Assert.Equal(looked, cached);
        Assert.Equal(looked, reused);
        Assert.Contains("split", looked);   // the test does cover enclitic splits
    }

    [Fact]
    public void Another_vocabulary_on_the_same_thread_is_not_served_from_the_first_ones_cache()
    {
        var first = new KeyTable(Words);
        var second = new KeyTable(["المدينه", "سيطرت"]);
        var none = new IdSet(Words.Length, []);
        _ = new MatchLattice(Document.Analyze(Text), first, none, none, none);
        var lattice = new MatchLattice(Document.Analyze(Text), second, none, none, none);
        Assert.Equal(1, lattice.FormId(lattice.FirstForm(0)));   // سيطرت, the stem of سيطرتها, is id 1 here
    }

    private static string Describe(MatchLattice lattice)
    {
        var lines = new List<string>();
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
