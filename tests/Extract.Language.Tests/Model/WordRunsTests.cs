using CsCheck;
using Extract.Language.Interpretation;
using Extract.Language.Model;
using Extract.Language.Tests.Support;
using static Extract.Language.Tests.Support.ModelPack;

namespace Extract.Language.Tests.Model;

/// <summary>
/// Words in an alternation become one state: <c>قوات | جيش | فصائل</c> is tested once per token with a
/// set, not by one thread per word. The law: the first match (start, end, captures) is the same as
/// with one state per word.
/// </summary>
public class WordRunsTests
{
    [Fact]
    public void An_alternation_of_words_is_one_state()
    {
        var pack = new ModelPack();
        var heads = Or(pack.Word("قوات"), pack.Word("جيش"), Or(pack.Word("فصائل"), pack.Word("ميليشيات")));
        var automaton = AutomatonBuilder.TryBuild(heads, 0)!;
        Assert.Equal(2, automaton.Count);   // the word test and the match
        var consume = Assert.IsType<ConsumeState>(automaton.States[automaton.Start]);
        Assert.Equal(4, Assert.IsType<StemIn>(consume.Test).Ids.Count);
    }

    [Fact]
    public void Exact_words_merge_with_exact_words_and_runs_keep_their_place()
    {
        var pack = new ModelPack();
        var pattern = Or(pack.Exact("سيطر"), pack.Exact("سيطرت"), pack.Word("على"), pack.Word("في"), Seq(pack.Word("من"), pack.Word("قبل")), pack.Word("إلى"));
        var automaton = AutomatonBuilder.TryBuild(pattern, 0)!;
        var split = Assert.IsType<SplitState>(automaton.States[automaton.Start]);
        var tests = split.Next.Select(pc => automaton.States[pc] is ConsumeState consume ? consume.Test : null).ToList();
        Assert.Equal(4, tests.Count);
        Assert.Equal(2, Assert.IsType<KeyIn>(tests[0]).Ids.Count);
        Assert.Equal(2, Assert.IsType<StemIn>(tests[1]).Ids.Count);
        Assert.IsType<StemIn>(tests[2]);    // من, the first word of the sequence
        Assert.Single(Assert.IsType<StemIn>(tests[3]).Ids);
    }

    [Fact]
    public void A_failed_attempt_names_the_merged_words_as_the_pattern_calls_them()
    {
        var pack = new ModelPack();
        var verbs = Or(pack.Word("سيطر"), pack.Word("استولى")) with { Source = "Control" };
        var program = pack.Program(Seq(Slot(0, "X"), verbs, pack.Word("على"), Slot(1, "Y")), ["X", "Y"]);
        var explanation = Explainer.Explain(new Interpreter(program), 0, LatticeFixture.Build("الجيش دخل المدينة"));
        Assert.Equal(
            "rule r did not match: the closest attempt matched 'X' = \"الجيش\", then 'X' or 'Control' did not match token 1 \"دخل\"",
            explanation.Text);
    }

    [Fact]
    public void Merged_and_word_by_word_automata_find_the_same_first_match() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var pack = new ModelPack();
            var pattern = RandomPatterns.Next(pack, random);
            var lattice = LatticeFixture.Build(RandomPatterns.Text(random));
            var merged = FirstMatch(pack.Program(pattern, ["S0", "S1"], mergeWords: true), lattice);
            var wordByWord = FirstMatch(pack.Program(pattern, ["S0", "S1"], mergeWords: false), lattice);
            return merged == wordByWord;
        }, iter: 3000);

    private static string FirstMatch(RuleProgram program, Extract.Matching.Document document)
    {
        var interpreter = new Interpreter(program);
        var lattice = interpreter.Analyze(document);
        var vm = new PikeVm(interpreter.Compiled(0).Main.Program);
        return vm.Find(lattice, 0, anchored: false, lattice.TokenCount * 2, requiredEnd: -1, out var match)
            ? $"{match.StartStep}..{match.EndStep} [{string.Join(",", match.Registers)}]"
            : "none";
    }
}
