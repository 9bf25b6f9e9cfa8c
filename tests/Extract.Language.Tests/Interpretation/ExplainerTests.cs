using Extract.Language.Interpretation;
using Extract.Language.Model;
using Extract.Language.Tests.Support;
using static Extract.Language.Tests.Support.ModelPack;

namespace Extract.Language.Tests.Interpretation;

public class ExplainerTests
{
    [Fact]
    public void A_match_is_traced_element_by_element()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(Slot(0, "X"), pack.Word("سيطر"), pack.Word("على"), Slot(1, "Y")), ["X", "Y"]);
        var explanation = Explainer.Explain(new Interpreter(program), 0, LatticeFixture.Build("قوات النظام سيطر على المدينة"));
        Assert.True(explanation.Matched);
        Assert.Equal(
            "rule r matched: 'X' = \"قوات النظام\", 'سيطر' = \"سيطر\", 'على' = \"على\", 'Y' = \"المدينة\" => "
            + "Match(X: \"قوات النظام\" [0..11], Y: \"المدينة\" [21..28])",
            explanation.Text);
    }

    [Fact]
    public void Why_not_names_the_element_that_stopped_and_the_token()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(Slot(0, "X"), pack.Word("سيطر"), pack.Word("على"), Slot(1, "Y")), ["X", "Y"]);
        var explanation = Explainer.Explain(new Interpreter(program), 0, LatticeFixture.Build("الجيش سيطر في المدينة"));
        Assert.False(explanation.Matched);
        Assert.Equal(2, explanation.StoppedAt);
        Assert.Equal(["على"], explanation.Expected);
        Assert.Equal(
            "rule r did not match: the closest attempt matched 'X' = \"الجيش\", 'سيطر' = \"سيطر\", then 'على' did not match token 2 \"في\"",
            explanation.Text);
    }

    [Fact]
    public void A_match_discarded_by_a_clause_says_which_clause()
    {
        var pack = new ModelPack();
        var program = pack.Program(Seq(pack.Word("تسيطر"), Slot(0, "X")), ["X"], pack.Clause(ClauseKind.Unless, ClauseDirection.Before, pack.Word("لم")));
        var explanation = Explainer.Explain(new Interpreter(program), 0, LatticeFixture.Build("لم تسيطر القوات"));
        Assert.False(explanation.Matched);
        Assert.StartsWith("rule r matched but was discarded by 'Unless Before'", explanation.Text);
    }
}
