using CsCheck;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;
using static Extract.Language.Tests.Support.RuleSpec;

namespace Extract.Language.Tests.Laws;

/// <summary>
/// No match crosses a sentence boundary: the language has no construct that lets a rule span two
/// sentences (only a pronoun's antecedent, reported under <c>via</c>, may lie in the previous one).
/// </summary>
public sealed class SentenceBoundaryTests
{
    [Fact]
    public void A_gap_does_not_reach_into_the_next_sentence()
    {
        var rules = Rules("pack T\nrule r: سيطر _{0,3} على Y => Control(controlled: Y)");
        Assert.Empty(rules.OnText("سيطر الجيش. على المدينة").Relations);
        Assert.Single(rules.OnText("سيطر الجيش على المدينة. ثم انسحب").Relations);
    }

    [Fact]
    public void A_sentence_end_anchor_still_matches_at_the_end_of_its_sentence() =>
        Assert.Single(Rules("pack T\nrule r: X:Word سيطر Punct </s> => M(x: X)").OnText("الجيش سيطر. على المدينة").Relations);

    private static readonly string[] Elements =
        ["X", "Y", "سيطر", "على", "الجيش", "_", "_{0,3}", "_{0,6}", "Word", "Any", "Punct", "Any*", "_+", "Word{0,4}", "(على | في)", "</s>", "<s>"];

    private static readonly string[] Words = ["الجيش", "سيطر", "على", "المدينة", "في", "حلب", ".", "؟", "!", "\n", "،", "85.5", "و"];

    [Fact]
    public void On_random_rules_and_texts_every_match_and_argument_lies_in_one_sentence()
    {
        int matched = 0;
        Gen.Select(Gen.Int[0, Elements.Length - 1].Array[1, 6], Gen.Int[0, Words.Length - 1].Array[1, 40]).Sample((rule, words) =>
        {
            var elements = rule.Select(i => Elements[i]).ToList();
            var roles = new[] { "X", "Y" }.Where(elements.Contains).Select(slot => slot.ToLowerInvariant() + ": " + slot);
            var text = "pack T\nrule r: " + string.Join(" ", elements) + " => M(" + string.Join(", ", roles) + ")";
            var compiled = PackCompiler.Compile("random.rules", text, runExamples: false);
            if (compiled.Program is null) return;
            var document = Document.Analyze(string.Join(" ", words.Select(i => Words[i])));
            foreach (var relation in new InterpretedPack(compiled.Program).Match(document))
            {
                matched++;
                AssertOneSentence(document, relation.Span, relation.ToString());
                foreach (var (_, argument) in relation.Arguments)
                    AssertOneSentence(document, argument.Via?.Span ?? argument.Span, relation.ToString());
            }
        }, iter: 250);
        Assert.True(matched > 40, $"only {matched} matches: the law was barely exercised");
    }

    /// <summary>Fails unless the tokens under <paramref name="span"/> all belong to one sentence.</summary>
    private static void AssertOneSentence(Document document, Span span, string what)
    {
        int sentence = -1;
        foreach (var token in document.Tokens)
        {
            if (token.End <= span.Start || token.Start >= span.End) continue;
            if (sentence >= 0 && token.Sentence != sentence)
                throw new Xunit.Sdk.XunitException($"{what} crosses from sentence {sentence} into {token.Sentence} in \"{document.Text}\"");
            sentence = token.Sentence;
        }
    }
}
