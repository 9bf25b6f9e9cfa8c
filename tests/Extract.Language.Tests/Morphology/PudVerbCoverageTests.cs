using Extract.Language.Morphology;
using Extract.Text;
using Xunit.Abstractions;

namespace Extract.Language.Tests.Morphology;

/// <summary>
/// Lexeme expansion measured on UD Arabic PUD: for every VERB word, is its form (PUD already splits
/// clitics off) among the expansion of its gold lemma? Compared by matching key.
/// </summary>
public sealed class PudVerbCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void At_least_95_percent_of_PUD_verb_forms_are_in_the_expansion_of_their_lemma()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "ud-arabic-pud", "ar_pud-ud-test.conllu"));
        var verbs = lines
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 10 && columns[3] == "VERB" && !columns[0].Contains('-'))
            .Select(columns => (Form: columns[1], Lemma: columns[2]))
            .ToList();
        var expansions = new Dictionary<string, HashSet<string>>();
        int covered = 0;
        var misses = new Dictionary<string, int>();
        foreach (var (form, lemma) in verbs)
        {
            if (!expansions.TryGetValue(lemma, out var keys))
                expansions[lemma] = keys = Lexemes.Expand(lemma).Select(ArabicNormalizer.Key).ToHashSet();
            if (keys.Contains(ArabicNormalizer.Key(form))) covered++;
            else
            {
                string miss = $"{form} ({lemma}, {VerbLemma.Analyze(lemma).Form} {VerbLemma.Analyze(lemma).Class})";
                misses[miss] = misses.GetValueOrDefault(miss) + 1;
            }
        }
        double coverage = (double)covered / verbs.Count;
        output.WriteLine($"verb forms covered: {covered}/{verbs.Count} = {coverage:P2}; distinct lemmas: {expansions.Count}");
        foreach (var miss in misses.OrderByDescending(m => m.Value).Take(60)) output.WriteLine($"  {miss.Value} × {miss.Key}");
        Assert.True(coverage >= 0.95, $"coverage {coverage:P2}");
    }
}
