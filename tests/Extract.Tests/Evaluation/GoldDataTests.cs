using Extract.Evaluation;

namespace Extract.Tests.Evaluation;

/// <summary>The committed gold is well formed: every phrase is in its article, every core lies within a max.</summary>
public class GoldDataTests
{
    public static TheoryData<string> GoldFileNames => new() { "seed-control-gold.jsonl", "ant-control-gold.jsonl" };

    [Theory]
    [MemberData(nameof(GoldFileNames))]
    public void Every_line_reads_without_error(string file) =>
        Assert.Empty(GoldFiles.Read(file).Errors);

    [Theory]
    [MemberData(nameof(GoldFileNames))]
    public void Every_max_phrase_occurs_in_its_article_and_every_core_lies_within_a_max(string file)
    {
        var articles = GoldFiles.Articles();
        var problems = new List<string>();
        foreach (var relation in GoldFiles.Read(file).Relations)
        {
            string article = PhraseKey.Of(articles[relation.Doc]);
            foreach (var (role, argument) in relation.Arguments)
            {
                foreach (var max in argument.Max)
                    if (!OccursWithAnyProclitic(article, PhraseKey.Of(max)))
                        problems.Add($"{relation.Id} {role}: max \"{max}\" is not in the article");
                foreach (var core in argument.Core)
                    if (!PhraseMatcher.Matches(core, argument))
                        problems.Add($"{relation.Id} {role}: core \"{core}\" lies within no max");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Gold phrases leave out a proclitic glued to their first word (و in وكلية الشرطة, ل in للنظام).</summary>
    private static bool OccursWithAnyProclitic(string article, string phrase)
    {
        string[] proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];
        if (proclitics.Any(p => PhraseMatcher.ContainsWords(article, p + phrase))) return true;
        return phrase.StartsWith("ال", StringComparison.Ordinal)
            && (PhraseMatcher.ContainsWords(article, "لل" + phrase[2..]) || PhraseMatcher.ContainsWords(article, "ولل" + phrase[2..]));
    }

    [Fact]
    public void The_ant_gold_covers_at_least_40_articles_and_100_relations_of_both_tiers()
    {
        var gold = GoldFiles.Read("ant-control-gold.jsonl").Relations;
        var articles = GoldFiles.Articles();

        Assert.True(gold.Count >= 100, $"{gold.Count} relations");
        Assert.True(articles.Count - 1 >= 40, $"{articles.Count - 1} articles");
        Assert.All(gold, g => Assert.True(articles.ContainsKey(g.Doc), g.Doc));
        Assert.Contains(gold, g => g.Tier == "core");
        Assert.Contains(gold, g => g.Tier == "hard");
        Assert.Contains(gold, g => g.Negated);
        Assert.Equal(["asserted", "intended", "past", "predicted"], gold.Select(g => g.Status!).Distinct().Order());
    }
}
