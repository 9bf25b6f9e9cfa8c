using Extract.Generators.Emission;
using Extract.Generators.Tests.Support;
using Extract.Language.Model;
using Snapshooter.Xunit;

namespace Extract.Generators.Tests.Emission;

/// <summary>
/// The emitted C# of representative packs, line by line, against committed snapshots: a reviewer sees
/// in the diff how a change to the emitter changes the code users get.
/// </summary>
public class EmittedCodeSnapshotTests
{
    [Fact]
    public void The_smallest_rule() =>
        Emit(new ProgramFactory("Demo")
            .Rule("line_2", "Match", "X سيطر على Y", r => r.Seq(r.Slot("X"), r.Word("سيطر"), r.Word("على"), r.Slot("Y")),
                trigger: [0])
            .Build());

    [Fact]
    public void A_list_a_lexeme_a_gap_and_a_clause()
    {
        var factory = new ProgramFactory("Arabic.Control");
        int force = factory.List("Force", "قوات", "الجيش", "فصائل", "قوات سوريا الديمقراطية");
        var program = factory
            .Rule("control_vso", "Control", "~سيطر _{0,3} X:Force على Y",
                r => r.Seq(
                    r.Word("سيطر", "يسيطر", "تسيطر", "سيطرت", "سيطروا"),
                    r.Repeat(r.Class(TokenClass.Any), 0, 3),
                    r.Slot("X", r.List(force), "Force"),
                    r.Word("على"),
                    r.Slot("Y")),
                outputs: [("controller", "X"), ("controlled", "Y")],
                attributes: [("status", "asserted")],
                clauses: [r => r.Clause(ClauseDirection.Before, r.Alt(r.Word("لم"), r.Word("لن"), r.Word("لا")), "unless before (لم | لن | لا)")],
                trigger: [factory.Id("سيطر"), factory.Id("يسيطر"), factory.Id("تسيطر"), factory.Id("سيطرت"), factory.Id("سيطروا")])
            .Build();
        Emit(program);
    }

    [Fact]
    public void A_pronoun_slot_a_lazy_quantifier_and_priorities() =>
        Emit(new ProgramFactory("Pronouns", OverlapMode.All)
            .Rule("under_control", "Control", "Y (التي | الذي)? تحت سيطرة X", r => r.Seq(
                    r.Slot("Y"), r.Repeat(r.Alt(r.Exact("التي"), r.Exact("الذي")), 0, 1), r.Word("تحت"), r.Word("سيطرة"), r.Slot("X")),
                outputs: [("controller", "X"), ("controlled", "Y")], priority: 5)
            .Rule("on_it", "Control", "X _*? تسيطر على Pron", r => r.Seq(
                    r.Slot("X"), r.Repeat(r.Class(TokenClass.Any), 0, -1, lazy: true), r.Word("تسيطر"), r.Word("على"), r.Slot("Y", r.Class(TokenClass.Pron), "Pron")),
                outputs: [("controller", "X"), ("controlled", "Y")])
            .Build());

    [Fact]
    public void Rules_that_differ_only_in_their_words_share_one_class() =>
        Emit(new ProgramFactory("Verbs")
            .Rule("seized", "Control", "X استولى على Y", r => r.Seq(r.Slot("X"), r.Word("استولى"), r.Word("على"), r.Slot("Y")))
            .Rule("entered", "Control", "X دخل Y", r => r.Seq(r.Slot("X"), r.Word("دخل", "اقتحم"), r.Word("إلى"), r.Slot("Y")))
            .Rule("took", "Control", "X انتزع من Y", r => r.Seq(r.Slot("X"), r.Word("انتزع"), r.Word("من"), r.Slot("Y")))
            .Build());

    [Fact]
    public void A_control_pack_written_as_rules()
    {
        const string rules = """
            # Territorial control in Arabic news.
            pack Arabic.Control
            language ar

            list Force = قوات | الجيش | جيش | فصائل | الفصائل | مسلحو | تنظيم
            list Place from "lists/places.txt"
            pattern Actor = Force Word{0,2}

            rule control_svo:
                X:Actor (سيطر | سيطرت | يسيطر | تسيطر) على Y
                => Control(controller: X, controlled: Y, status: asserted)

            rule control_vso:
                (سيطر | سيطرت) _{0,3} X:Actor على Y:Place
                unless before (لم | لن | لا)
                => Control(controller: X, controlled: Y, status: asserted)

            rule under_control priority 5:
                Y (التي | الذي)? تحت سيطرة X
                => Control(controller: X, controlled: Y)

            rule on_it:
                X:Actor تسيطر على Y:Pron
                when before لا set negated: true
                => Control(controller: X, controlled: Y)
            """;
        var result = GeneratorHarness.Driver(new RulePackGenerator(), [
                new MemoryFile("/app/rules/ar/control.rules", rules),
                new MemoryFile("/app/rules/ar/lists/places.txt", "حلب\nدمشق\nحي الشيخ مقصود\n")])
            .RunGenerators(GeneratorHarness.EmptyCompilation())
            .GetRunResult().Results[0];

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var source = Assert.Single(result.GeneratedSources).SourceText.ToString();
        var (diagnostics, _) = GeneratedPacks.Compile(source);
        Assert.Empty(diagnostics);
        Snapshot.Match(result.Diagnostics.Select(d => d.ToString()).Concat(source.Split('\n')));
    }

    private static void Emit(RuleProgram program)
    {
        var source = Emitter.Emit(program, "App");
        var (diagnostics, _) = GeneratedPacks.Compile(source);
        Assert.Empty(diagnostics);
        Snapshot.Match(source.Split('\n'));
    }
}
