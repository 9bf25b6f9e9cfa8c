using static Extract.Language.Tests.Support.RuleSpec;

namespace Extract.Language.Tests.Binding;

/// <summary>Rules written to hurt: each gives a diagnostic, never a crash or a hang.</summary>
public class PathologicalRulesTests
{
    [Fact]
    public void A_long_chain_of_patterns_using_each_other()
    {
        var chain = string.Join("\n", Enumerable.Range(0, 500).Select(i => $"pattern P{i} = P{i + 1} سيطر"));
        var diagnostics = Rules($"pack T\n{chain}\npattern P500 = على\nrule r: P0 => M()").Diagnostics;
        Assert.Contains(diagnostics, d => d.Contains("EXT0112"));
    }

    [Fact]
    public void Stacked_repetition_marks() =>
        Assert.Contains("EXT0006", Assert.Single(Rules("pack T\nrule r: a" + new string('*', 5000) + " b => M()").Diagnostics));

    [Fact]
    public void A_huge_bounded_repetition_of_a_group() =>
        Assert.Contains("EXT0114", Assert.Single(Rules("pack T\nrule r: (a b{0,100}){0,1000} c => M()").Diagnostics));

    [Fact]
    public void Ten_thousand_alternatives_compile_and_match() =>
        Rules("pack T\nrule r: (" + string.Join(" | ", Enumerable.Range(0, 10_000).Select(Letters)) + ") X => M(x: X)")
            .On(Letters(9_999) + " المدينة")
            .Yields("M(x: \"المدينة\" [5..12])");

    // A distinct word of Latin letters for each number: 0 → "waaa", 9999 → "wouv".
    private static string Letters(int number) =>
        "w" + (char)('a' + number / 676 % 26) + (char)('a' + number / 26 % 26) + (char)('a' + number % 26);
}
