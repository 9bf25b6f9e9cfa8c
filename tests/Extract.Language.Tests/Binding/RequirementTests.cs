using Extract.Language.Binding;
using Extract.Language.Model;

namespace Extract.Language.Tests.Binding;

/// <summary>
/// The word sets every match of a rule contains a token of (all of them, not only the trigger): a
/// generated matcher starts only where each is near.
/// </summary>
public class RequirementTests
{
    private static List<string[]> Requirements(string rule)
    {
        var text = $"""
            pack Test
            list Force = قوات | الجيش | فصائل
            pattern Control = سيطر | استولى
            {rule}
            """;
        var program = PackCompiler.Compile("test.rules", text, runExamples: false).Program ?? throw new InvalidOperationException("does not compile");
        return PatternFacts.Requirements(program.Rules[0].Pattern, program.Lists)
            .Select(set => set.Select(id => program.Vocabulary.Keys[id]).Order(StringComparer.Ordinal).ToArray())
            .ToList();
    }

    [Fact]
    public void Every_word_of_a_sequence_is_required()
    {
        var required = Requirements("rule r:\n    X:Force _{0,3} Control _{0,3} على Y\n    => Control(controller: X, controlled: Y)");
        Assert.Contains(["علي"], required);            // matching keys: ى is ي
        Assert.Contains(["استولي", "سيطر"], required);
        Assert.Contains(["الجيش", "فصائل", "قوات"], required);   // a list's first words
    }

    [Fact]
    public void An_alternation_requires_one_word_of_each_option()
    {
        var required = Requirements("rule r:\n    (سيطر على | دخل) Y\n    => Control(controlled: Y)");
        Assert.Equal([["دخل", "سيطر"]], required);   // each option's smallest set: سيطر or على, then دخل
    }

    [Fact]
    public void Optional_elements_and_classes_require_nothing()
    {
        Assert.Empty(Requirements("rule r:\n    على? Num Y\n    => Control(controlled: Y)"));
    }
}
