using Extract.Generators.Tests.Support;
using Extract.Language.Interpretation;
using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Generators.Tests.Emission;

/// <summary>
/// Rules compiled by the generator, run on hand-analyzed texts: what a linguist expects, and the same
/// as the interpreter gives.
/// </summary>
public class GeneratedMatchingTests
{
    [Fact]
    public void The_mission_rule_finds_who_controls_what()
    {
        var program = new ProgramFactory("Demo")
            .Rule("line_2", "Match", "X سيطر على Y", r => r.Seq(r.Slot("X"), r.Word("سيطر"), r.Word("على"), r.Slot("Y")))
            .Build();

        var relations = Run(program, "قالت المصادر إن الجيش سيطر على المدينة .");

        Assert.Equal(["Match(X: \"الجيش\" [16..21], Y: \"المدينة\" [31..38])"], relations);
    }

    [Fact]
    public void A_clitic_boundary_ends_a_slot_inside_a_word()
    {
        var program = new ProgramFactory("Demo")
            .Rule("pronoun", "Control", "~سيطر على Pron", r => r.Seq(r.Word("تسيطر"), r.Word("على"), r.Slot("Y", r.Class(TokenClass.Pron), "Pron")),
                outputs: [("controlled", "Y")])
            .Build();

        var relations = Run(program, "دخلت القوات إلى المدينة و_هي تسيطر على+ها .");

        Assert.Equal(["Control(controlled: \"المدينة\" [16..23])"], relations);
    }

    [Fact]
    public void A_list_entry_of_several_words_is_preferred_to_a_shorter_one()
    {
        var factory = new ProgramFactory("Places");
        int places = factory.List("Place", "حلب", "حي الشيخ مقصود", "حي");
        var program = factory
            .Rule("in_place", "In", "في Y:Place", r => r.Seq(r.Word("في"), r.Slot("Y", r.List(places), "Place")), outputs: [("place", "Y")])
            .Build();

        var relations = Run(program, "اشتباكات في حي الشيخ مقصود و في حلب .");

        Assert.Equal(["In(place: \"حي الشيخ مقصود\" [12..26])", "In(place: \"حلب\" [32..35])"], relations);
    }

    [Fact]
    public void Unless_before_discards_a_negated_match_and_when_sets_an_attribute()
    {
        var program = new ProgramFactory("Negation")
            .Rule("control", "Control", "سيطر على Y", r => r.Seq(r.Word("سيطر"), r.Word("على"), r.Slot("Y")),
                outputs: [("controlled", "Y")],
                clauses: [r => r.Clause(ClauseDirection.Before, r.Word("لم"), "unless before لم"),
                          r => r.Clause(ClauseDirection.Before, r.Word("قد"), "when before قد set status: asserted", ("status", "asserted"))])
            .Build();

        Assert.Empty(Run(program, "لم سيطر على المدينة ."));
        Assert.Equal(["Control(controlled: \"المدينة\" [12..19], status: asserted)"], Run(program, "قد سيطر على المدينة ."));
    }

    [Fact]
    public void A_rule_whose_trigger_word_is_absent_does_not_run()
    {
        var factory = new ProgramFactory("Triggered");
        var program = factory
            .Rule("gap", "Near", "حلب _{0,2} Y", r => r.Seq(r.Word("حلب"), r.Repeat(r.Class(TokenClass.Any), 0, 2), r.Slot("Y")),
                outputs: [("near", "Y")], trigger: [factory.Id("حلب")])
            .Build();

        Assert.Single(Run(program, "قرب حلب شمالا القرية ."));
        Assert.Empty(Run(program, "قرب دمشق شمالا القرية ."));
    }

    /// <summary>Runs the generated pack, checks it agrees with the interpreter, returns the relations as text.</summary>
    private static IReadOnlyList<string> Run(RuleProgram program, string annotated)
    {
        var generated = GeneratedPacks.Load(program)[0];
        var document = AnnotatedDocument.Parse(annotated);
        var expected = new InterpretedPack(program).Match(document);
        var actual = generated.Match(document);
        Assert.Equal(expected, actual);
        return actual.Select(relation => relation.ToString()).ToList();
    }
}
