using Extract.Language.Model;

namespace Extract.Language.Tests.Model;

public class AutomatonTests
{
    private static PatternNode ControlPattern() => new SequenceNode(EquatableArray.Of<PatternNode>(
        new SlotNode(0, new PhraseNode()) { Source = "X" },
        new WordNode(EquatableArray.Of(3)) { Source = "سيطر" },
        new WordNode(EquatableArray.Of(4)) { Source = "على" },
        new SlotNode(1, new PhraseNode()) { Source = "Y" }));

    [Fact]
    public void Two_compilations_of_the_same_pattern_are_equal_with_equal_hash_codes()
    {
        var first = AutomatonBuilder.TryBuild(ControlPattern(), slotCount: 2);
        var second = AutomatonBuilder.TryBuild(ControlPattern(), slotCount: 2);
        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Equal(first!.GetHashCode(), second!.GetHashCode());
        Assert.Equal(4, first.RegisterCount);
    }

    [Fact]
    public void A_different_literal_gives_a_different_automaton()
    {
        var other = new SequenceNode(EquatableArray.Of<PatternNode>(new WordNode(EquatableArray.Of(5)) { Source = "سيطر" }));
        var same = new SequenceNode(EquatableArray.Of<PatternNode>(new WordNode(EquatableArray.Of(3)) { Source = "سيطر" }));
        Assert.NotEqual(AutomatonBuilder.TryBuild(other, 0), AutomatonBuilder.TryBuild(same, 0));
    }

    [Fact]
    public void A_huge_bounded_repetition_exceeds_the_budget_instead_of_exhausting_memory()
    {
        var word = new WordNode(EquatableArray.Of(1));
        var nested = new RepeatNode(new RepeatNode(word, 0, 1000, Lazy: false), 0, 1000, Lazy: false);
        Assert.Null(AutomatonBuilder.TryBuild(nested, 0));
    }

    [Fact]
    public void Deep_nesting_is_refused_rather_than_overflowing_the_stack()
    {
        PatternNode node = new WordNode(EquatableArray.Of(1));
        for (int i = 0; i < 5000; i++) node = new SequenceNode(EquatableArray.Of(node, node is SequenceNode ? new WordNode(EquatableArray.Of(2)) : node));
        Assert.Null(AutomatonBuilder.TryBuild(node, 0));
    }
}
