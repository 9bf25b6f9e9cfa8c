using System.Text;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Language.Tests.Support;

namespace Extract.Language.Tests.Binding;

public class PackCompilerTests
{
    [Fact]
    public void Several_files_of_one_pack_merge_into_one_program()
    {
        var result = PackCompiler.Compile(
            [
                new RuleSource("rules/lists.rules", "pack Arabic.Control\nlist Force = قوات | الجيش"),
                new RuleSource("rules/control.rules", "pack Arabic.Control\nrule svo: X:Force سيطر على Y => Control(controller: X, controlled: Y)"),
            ],
            runExamples: false);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("Arabic.Control", result.Program!.Pack);
        Assert.Equal("svo", Assert.Single(result.Program.Rules).Name);
        Assert.Equal("rules/control.rules", result.Program.Rules[0].Location.File);
    }

    [Fact]
    public void Files_of_one_pack_must_agree_on_its_name()
    {
        var result = PackCompiler.Compile(
            [new RuleSource("a.rules", "pack A\nX سيطر على Y"), new RuleSource("b.rules", "pack B\nX دخل Y")],
            runExamples: false);
        Assert.Equal("b.rules(1,1): error EXT0113: this file declares pack 'B' but another file of the same pack declares 'A': use one name",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_list_of_a_hundred_thousand_entries_compiles_and_matches()
    {
        var entries = new StringBuilder();
        for (int i = 0; i < 100_000; i++) entries.Append("مكان").Append(i).Append(" حي").Append('\n');
        entries.Append("حي الشيخ مقصود\n");
        var bytes = Encoding.UTF8.GetBytes(entries.ToString());
        var result = PackCompiler.Compile("pack.rules", "pack T\nlist Place from \"places.txt\"\nrule r: على Y:Place => Control(controlled: Y)",
            path => path == "places.txt" ? bytes : null, runExamples: false);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(100_001, result.Program!.Lists[0].Entries.Count);
        var relations = new Interpreter(result.Program).Match(LatticeFixture.Build("سيطرت على حي الشيخ مقصود"));
        Assert.Equal("Control(controlled: \"حي الشيخ مقصود\" [10..24])", Assert.Single(relations).ToString());
    }

    [Fact]
    public void The_compiler_never_throws_on_bad_list_readers()
    {
        var result = PackCompiler.Compile("pack.rules", "pack T\nlist Place from \"places.txt\"\nrule r: Y:Place => M(y: Y)",
            _ => throw new IOException("disk on fire"), runExamples: false);
        Assert.Contains("EXT0301", Assert.Single(result.Diagnostics).ToString());
    }
}
