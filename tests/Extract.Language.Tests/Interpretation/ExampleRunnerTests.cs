using Extract.Language.Binding;
using Extract.Language.Tests.Support;

namespace Extract.Language.Tests.Interpretation;

/// <summary>Examples are tests: each failing example is an error that says why.</summary>
public class ExampleRunnerTests
{
    private static IReadOnlyList<string> Failures(string rules)
    {
        var result = PackCompiler.Compile("test.rules", rules, runExamples: false);
        Assert.True(result.Program is not null, string.Join("\n", result.Diagnostics));
        return PackCompiler.Examples(result.Program!, LatticeFixture.Build).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void Examples_that_hold_report_nothing() =>
        Assert.Empty(Failures("""
            pack T
            rule r: X سيطر على Y => Control(controller: X, controlled: Y)
              example "الجيش سيطر على المدينة" => controller "الجيش", controlled "المدينة"
              counterexample "الجيش دخل المدينة"
            """));

    [Fact]
    public void Expected_texts_are_compared_after_normalization() =>
        Assert.Empty(Failures("""
            pack T
            rule r: X سيطر على Y => Control(controller: X, controlled: Y)
              example "الجيش سيطر على المدينة" => controller "الجيش", controlled "المدينه"
            """));

    [Fact]
    public void An_example_that_does_not_match_says_which_element_stopped_where() =>
        Assert.Equal(
            ["test.rules(3,3): error EXT0201: example \"الجيش سيطر في المدينة\" does not match: rule r did not match: "
             + "the closest attempt matched 'X' = \"الجيش\", 'سيطر' = \"سيطر\", then 'على' did not match token 2 \"في\""],
            Failures("""
                pack T
                rule r: X سيطر على Y => Control(controller: X, controlled: Y)
                  example "الجيش سيطر في المدينة" => controller "الجيش", controlled "المدينة"
                """));

    [Fact]
    public void An_example_with_other_arguments_says_what_was_found() =>
        Assert.Equal(
            ["test.rules(3,3): error EXT0202: example \"قوات النظام سيطر على المدينة\": rule r matched \"قوات النظام سيطر على المدينة\" but controller is \"قوات النظام\", expected \"النظام\""],
            Failures("""
                pack T
                rule r: X سيطر على Y => Control(controller: X, controlled: Y)
                  example "قوات النظام سيطر على المدينة" => controller "النظام", controlled "المدينة"
                """));

    [Fact]
    public void A_counterexample_that_matches_is_an_error() =>
        Assert.Equal(
            ["test.rules(3,3): error EXT0203: counterexample \"لم تسيطر القوات على الحي\" should not match, but rule r matched \"تسيطر القوات على الحي\""],
            Failures("""
                pack T
                rule r: تسيطر X على Y => Control(controller: X, controlled: Y)
                  counterexample "لم تسيطر القوات على الحي"
                """));
}
