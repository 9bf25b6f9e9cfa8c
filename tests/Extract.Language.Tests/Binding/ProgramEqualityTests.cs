using Extract.Language.Binding;
using Extract.Language.Model;

namespace Extract.Language.Tests.Binding;

/// <summary>The model is value-equatable: the same rule text always binds to an equal program.</summary>
public class ProgramEqualityTests
{
    private const string Pack = """
        pack Arabic.Control
        list Force = قوات | الجيش | فصائل
        pattern Actor = Force Word{0,4}
        rule control_svo:
            X:Actor سيطر على Y
            => Control(controller: X, controlled: Y, status: asserted)
        rule control_vso priority 2:
            سيطر _{0,3} X:Actor على Y
            unless before (لم | لن | لا)
            => Control(controller: X, controlled: Y, status: asserted)
        """;

    private static RuleProgram Compile(string text) =>
        PackCompiler.Compile("control.rules", text, runExamples: false).Program ?? throw new InvalidOperationException("does not compile");

    [Fact]
    public void Two_bindings_of_the_same_text_are_equal_with_equal_hash_codes()
    {
        var first = Compile(Pack);
        var second = Compile(Pack);
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_changed_word_changes_the_program() =>
        Assert.NotEqual(Compile(Pack), Compile(Pack.Replace("لن", "ما")));

    [Fact]
    public void Triggers_pick_a_rare_literal_over_a_preposition()
    {
        var program = Compile(Pack);
        var trigger = program.Rules[0].Trigger.Select(id => program.Vocabulary.Keys[id]).ToList();
        Assert.Equal(["سيطر"], trigger);
    }
}
