using Extract.Language.Binding;
using static Extract.Language.Tests.Support.RuleSpec;

namespace Extract.Language.Tests.Interpretation;

/// <summary>Rules over real text, through the analyzer's tokens and clitic lattice.</summary>
public class AnalyzedTextTests
{
    [Fact]
    public void The_smallest_rule_of_the_design() =>
        Rules("pack Demo\nX سيطر على Y")
            .OnText("قالت المصادر إن الجيش سيطر على المدينة.")
            .Yields("Match(X: \"الجيش\" [16..21], Y: \"المدينة\" [31..38])");

    [Fact]
    public void An_enclitic_object_resolves_to_the_place_before_it()
    {
        var pronoun = Rules("pack T\nrule r: سيطر على Y => Control(controlled: Y)")
            .OnText("دخل الجيش مدينة حلب ثم سيطر عليها.").Relations;
        var controlled = Assert.Single(pronoun)["controlled"]!;
        Assert.Equal("ها", controlled.Via!.Text);
        Assert.Equal("الجيش مدينة حلب", controlled.Text);
    }

    [Fact]
    public void A_lexeme_matches_its_inflected_forms() =>
        Rules("pack T\nlist Force = قوات | الجيش\nrule r: ~سيطر X:Force Word? على Y => Control(controller: X, controlled: Y)")
            .OnText("وسيطرت قوات النظام على حي الشيخ مقصود.")
            .Yields("Control(controller: \"قوات\" [7..11], controlled: \"حي الشيخ مقصود\" [23..37])");

    [Fact]
    public void The_design_example_pack_passes_its_own_examples()
    {
        var result = PackCompiler.Compile("control.rules", """
            pack Arabic.Control
            list Force   = قوات | الجيش | جيش | فصائل | الفصائل | مسلحو | مقاتلو | تنظيم | ميليشيا
            pattern Actor = Force Word{0,4}

            rule control_vso:
                ~سيطر _{0,3} X:Actor على Y
                unless before (لم | لن | لا)
                => Control(controller: X, controlled: Y, status: asserted)
                example "وسيطرت صباح اليوم قوات النظام على حي الشيخ مقصود" => controller "قوات النظام", controlled "حي الشيخ مقصود"
                counterexample "لم تسيطر قوات النظام على الحي"
            """);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }
}
