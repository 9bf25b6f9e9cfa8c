using Extract.Language.Binding;
using Snapshooter.Xunit;
using static Extract.Language.Tests.Support.RuleSpec;

namespace Extract.Language.Tests.Binding;

/// <summary>Each binder diagnostic: a broken rule file, the id, the place and what the message says.</summary>
public class BinderDiagnosticTests
{
    private static string Single(string rules, params (string, string)[] files) =>
        Assert.Single(Rules(rules, files).Diagnostics);

    [Fact]
    public void Unknown_name_suggests_the_closest_one() =>
        Assert.Equal(
            "test.rules(3,9): error EXT0101: unknown name 'Forse': it is not a list, a pattern, a class or a slot. Did you mean 'Force' (line 2)?",
            Single("pack T\nlist Force = قوات\nrule r: Forse سيطر => Control()"));

    [Fact]
    public void Duplicate_declarations() =>
        Assert.StartsWith("test.rules(3,1): error EXT0102: 'Force' is already declared at test.rules(2,1)",
            Rules("pack T\nlist Force = قوات\nlist Force = جيش\nrule r: Force سيطر => Control()").Diagnostics[0]);

    [Fact]
    public void Pattern_cycles() =>
        Assert.Contains("error EXT0103: pattern 'A' uses itself (A → B → A)",
            Rules("pack T\npattern A = B سيطر\npattern B = A على\nrule r: A => M()").Diagnostics[0]);

    [Fact]
    public void Unused_list_and_pattern_are_warnings()
    {
        var diagnostics = Rules("pack T\nlist Force = قوات\npattern Actor = Word\nrule r: سيطر => M()").Result;
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(["EXT0104", "EXT0105"], diagnostics.Diagnostics.Select(d => d.Id));
        Assert.All(diagnostics.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void Output_slot_not_bound_in_the_pattern() =>
        Assert.Equal(
            "test.rules(2,33): error EXT0106: slot 'Z' is used in the output but not bound in the pattern of rule r (the pattern binds X, Y)",
            Single("pack T\nrule r: X سيطر على Y => Control(a: Z, b: X)"));

    [Fact]
    public void A_role_bound_twice() =>
        Assert.Contains("error EXT0107: 'controller' is given twice in the output of rule r",
            Single("pack T\nrule r: X سيطر على Y => Control(controller: X, controller: Y)"));

    [Fact]
    public void Empty_alternative() =>
        Assert.Contains("(2,18): error EXT0108: this alternative is empty",
            Single("pack T\nrule r: (لم | لن | ) تسيطر => M()"));

    [Fact]
    public void A_pattern_that_matches_nothing_is_an_error() =>
        Assert.Contains("error EXT0109: rule r can match without any word",
            Single("pack T\nrule r: سيطر? Word* => M()"));

    [Fact]
    public void A_rule_shadowed_by_an_identical_rule_of_higher_priority() =>
        Assert.Equal(
            "test.rules(3,1): warning EXT0110: rule b can never produce anything: rule a (line 2) has the same pattern and a higher priority",
            Single("pack T\nrule a priority 2: X سيطر => M(x: X)\nrule b: X سيطر => M(x: X)"));

    [Fact]
    public void Not_applies_to_one_token() =>
        Assert.Contains("error EXT0111: '!' applies to one word",
            Single("pack T\nrule r: !(لم تسيطر) على => M()"));

    [Fact]
    public void Missing_pack_line() =>
        Assert.Equal("test.rules(1,1): error EXT0113: no 'pack' line: start the file with 'pack Name' (for example 'pack Demo')",
            Single("X سيطر على Y"));

    [Fact]
    public void Repetition_bounds_the_wrong_way_round() =>
        Assert.Contains("error EXT0114: repetition {3,1}", Single("pack T\nrule r: سيطر _{3,1} X => M(x: X)"));

    [Fact]
    public void A_slot_in_a_clause() =>
        Assert.Contains("error EXT0116: slot 'X' in a clause", Single("pack T\nrule r: سيطر Y\n  unless before X\n  => M(y: Y)"));

    [Fact]
    public void Example_naming_an_unknown_role() =>
        Assert.Contains("error EXT0204: the example names role 'controler'",
            Single("pack T\nrule r: X سيطر => Control(controller: X)\n  example \"الجيش سيطر\" => controler \"الجيش\""));

    [Fact]
    public void Missing_list_file() =>
        Assert.Contains("(2,1): error EXT0301: list file \"lists/none.txt\" not found",
            Single("pack T\nlist Place from \"lists/none.txt\"\nrule r: Y:Place => M(y: Y)"));

    [Fact]
    public void List_file_outside_the_pack_folder() =>
        Assert.Contains("error EXT0302: list file \"../secret.txt\" is outside the pack folder",
            Single("pack T\nlist Place from \"../secret.txt\"\nrule r: Y:Place => M(y: Y)"));

    [Fact]
    public void List_file_with_invalid_utf8_reports_the_byte_offset()
    {
        var result = PackCompiler.Compile("test.rules", "pack T\nlist Place from \"places.txt\"\nrule r: Y:Place => M(y: Y)",
            path => path == "places.txt" ? [0xD8, 0xAD, 0xD9, 0x84, 0xD8, 0xA8, 0x0A, 0xFF, 0xFE] : null, runExamples: false);
        Assert.Contains("error EXT0303: list file \"places.txt\" is not valid UTF-8 (first bad byte at offset 7)", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Duplicate_list_entries_after_normalization_are_warnings()
    {
        var result = Rules("pack T\nlist Force = قوات | الجيش | قوّات\nrule r: X:Force => M(x: X)").Result;
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("test.rules(2,29): warning EXT0304: \"قوّات\" is already in list 'Force' (line 2, after normalization)", diagnostic.ToString());
        Assert.NotNull(result.Program);
        Assert.Equal(2, result.Program!.Lists[0].Entries.Count);
    }

    [Fact]
    public void Every_binder_message_of_a_broken_pack() =>
        Snapshot.Match(Rules("""
            pack T
            list Force = قوات | جيش
            list Unused = شيء
            pattern Actor = Force Word{0,2}
            pattern Loop = Loop سيطر
            rule a: X:Actr سيطر على Y => Control(controller: X, controlled: Z)
            rule b: (لم | ) تسيطر X => Control(controller: X, controller: X)
            rule c: Word? => M()
            rule d: !(Force Word) على Y => M(y: Y)
            rule e: سيطر _{5,2} Y => M(y: Y)
            rule f: Loop => M()
            """).Diagnostics);
}
