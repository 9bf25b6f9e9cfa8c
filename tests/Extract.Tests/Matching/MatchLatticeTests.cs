using Extract.Matching;
using Extract.Matching.Compiled;

namespace Extract.Tests.Matching;

/// <summary>
/// A thread's reusable lattice (<see cref="MatchLattice.ForThread"/>) keeps its arrays from one document
/// to the next: rebuilt for a document, it must equal a lattice built for that document alone.
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
