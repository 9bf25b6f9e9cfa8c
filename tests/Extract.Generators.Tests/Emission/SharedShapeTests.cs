using Extract.Generators.Tests.Support;
using Extract.Language.Binding;

namespace Extract.Generators.Tests.Emission;

/// <summary>Rules of one shape share one emitted class and pass their own words: sets of exact words included.</summary>
public class SharedShapeTests
{
    // Found by the regex comparison pack: two rules whose alternations of exact words became sets
    // shared one class, which compared a token's key with a set (CS0019).
    [Fact]
    public void Rules_whose_exact_word_alternations_differ_share_a_class_and_each_finds_its_own_words()
    {
        const string rules = """
            pack Verbs
            rule control:
                X ("سيطر" | "سيطرت") على Y
                => Control(controller: X, controlled: Y)
            rule enter:
                X ("دخل" | "دخلت") إلى Y
                => Enter(who: X, where: Y)
            """;
        var program = PackCompiler.Compile("verbs.rules", rules, runExamples: false).Program!;
        var pack = GeneratedPacks.Load(program)[0];

        var control = Assert.Single(pack.Match("قالت المصادر إن الجيش سيطرت على المدينة."));
        Assert.Equal("control", control.Rule);
        var enter = Assert.Single(pack.Match("وقالت المصادر إن الجيش دخلت إلى المدينة."));
        Assert.Equal("enter", enter.Rule);
        Assert.Empty(pack.Match("الجيش دخل على المدينة."));
    }
}
