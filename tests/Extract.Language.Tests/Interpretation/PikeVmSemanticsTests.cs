using Extract.Language.Interpretation;
using Extract.Language.Model;
using Extract.Language.Tests.Support;
using static Extract.Language.Tests.Support.ModelPack;

namespace Extract.Language.Tests.Interpretation;

/// <summary>Matching semantics on hand-written lattices (<c>_</c> proclitic, <c>+</c> enclitic boundary).</summary>
public class PikeVmSemanticsTests
{
    private static string Run(RuleProgram program, string annotated) =>
        string.Join(" | ", new Interpreter(program).Match(LatticeFixture.Build(annotated)).Select(relation => relation.ToString()));

    [Fact]
    public void The_smallest_rule_finds_subject_and_object()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(Slot(0, "X"), pack.Word("سيطر"), pack.Word("على"), Slot(1, "Y")), ["X", "Y"]);
        Assert.Equal(
            "Match(X: \"الجيش\" [16..21], Y: \"المدينة\" [31..38])",
            Run(program, "قالت المصادر إن الجيش سيطر على المدينة ."));
    }

    [Fact]
    public void A_bare_word_matches_the_stem_with_proclitics_absorbed()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(pack.Word("سيطر"), pack.Word("على"), Slot(0, "Y")), ["Y"]);
        Assert.Equal("Match(Y: \"المدينة\" [10..17])", Run(program, "و_سيطر على المدينة"));
    }

    [Fact]
    public void An_enclitic_pronoun_is_the_next_position_and_resolves_to_its_antecedent()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(pack.Word("سيطر"), pack.Word("على"), Slot(0, "Y")), ["Y"]);
        var relations = new Interpreter(program).Match(LatticeFixture.Build("دخل الجيش المدينة ثم سيطر على+ها ."));
        var y = Assert.Single(relations)["Y"]!;
        Assert.Equal("الجيش المدينة", y.Text);
        Assert.Equal("ها", y.Via!.Text);
    }

    [Fact]
    public void Pron_matches_an_enclitic_segment()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(pack.Word("على"), Slot(0, "P", Class(TokenClass.Pron))), ["P"]);
        Assert.Equal("Match(P: \"ها\" [9..11])", Run(program, "سيطرت على+ها"));
    }

    [Fact]
    public void A_word_absorbs_its_enclitic_when_the_rest_of_the_pattern_follows_the_token()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(pack.Word("على"), Slot(0, "Y")), ["Y"]);
        Assert.Equal("Match(Y: \"المدينة\" [6..13])", Run(program, "على+ها المدينة"));
    }

    [Fact]
    public void Exact_words_do_not_strip_clitics()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(pack.Exact("سيطر"), Slot(0, "Y")), ["Y"]);
        Assert.Equal("", Run(program, "و_سيطر الجيش"));
        Assert.Equal("Match(Y: \"الجيش\" [5..10])", Run(program, "سيطر الجيش"));
    }

    [Fact]
    public void A_list_prefers_its_longest_entry()
    {
        var pack = new ModelPack();
        var force = pack.List("Force", "قوات", "قوات النظام");
        var program = pack.Program(Seq(Slot(0, "X", force), pack.Word("سيطرت")), ["X"]);
        Assert.Equal("Match(X: \"قوات النظام\" [0..11])", Run(program, "قوات النظام سيطرت"));
    }

    [Fact]
    public void Greedy_and_lazy_gaps_choose_different_subjects()
    {
        var pack = new ModelPack();
        var greedy = pack.Program(Seq(pack.Word("سيطرت"), Slot(0, "G", Repeat(Class(TokenClass.Any), 1, 3)), pack.Word("على")), ["G"]);
        Assert.Equal("Match(G: \"قوات على النظام\" [6..21])", Run(greedy, "سيطرت قوات على النظام على الحي"));
        var pack2 = new ModelPack();
        var lazy = pack2.Program(Seq(pack2.Word("سيطرت"), Slot(0, "G", Repeat(Class(TokenClass.Any), 1, 3, lazy: true)), pack2.Word("على")), ["G"]);
        Assert.Equal("Match(G: \"قوات\" [6..10])", Run(lazy, "سيطرت قوات على النظام على الحي"));
    }

    [Fact]
    public void Unless_before_discards_a_negated_match()
    {
        var pack = new ModelPack();
        var pattern = Seq(pack.Word("تسيطر"), Slot(0, "X"), pack.Word("على"), Slot(1, "Y"));
        var program = pack.Program(pattern, ["X", "Y"], pack.Clause(ClauseKind.Unless, ClauseDirection.Before, Or(pack.Word("لم"), pack.Word("لن"))));
        Assert.Equal("", Run(program, "لم تسيطر القوات على الحي"));
        Assert.Equal("Match(X: \"القوات\" [6..12], Y: \"الحي\" [17..21])", Run(program, "تسيطر القوات على الحي"));
    }

    [Fact]
    public void When_before_sets_an_attribute()
    {
        var pack = new ModelPack();
        var pattern = Seq(pack.Word("تسيطر"), Slot(0, "X"));
        var program = pack.Program(pattern, ["X"], pack.Clause(ClauseKind.When, ClauseDirection.Before, pack.Word("لم"), new OutputAttribute("negated", "true")));
        Assert.Equal("Match(X: \"القوات\" [9..15], negated: true)", Run(program, "لم تسيطر القوات"));
    }

    [Fact]
    public void Nested_unbounded_quantifiers_run_without_backtracking()
    {
        var pack = new ModelPack();
        var a = pack.Word("a");
        var pattern = Seq(Repeat(Repeat(a, 0, -1), 0, -1), pack.Word("b"));
        var program = pack.Program(pattern, []);
        var text = string.Join(" ", Enumerable.Repeat("a", 5000));
        Assert.Equal("", Run(program, text));
        Assert.Single(new Interpreter(program).Match(LatticeFixture.Build(text + " b")));
    }
}
