using Extract.Generators.Emission;
using Extract.Generators.Tests.Support;

namespace Extract.Generators.Tests.Emission;

/// <summary>Whatever the names in the rules, the emitted code compiles and the typed API is usable.</summary>
public class EmittedNamesTests
{
    [Fact]
    public void Keywords_digits_Arabic_and_colliding_names_become_valid_identifiers()
    {
        var program = new ProgramFactory("my-pack.v2")
            .Rule("1st rule", "class", "X سيطر على Y", r => r.Seq(r.Slot("X"), r.Word("سيطر"), r.Word("على"), r.Slot("Y")),
                outputs: [("event", "X"), ("المسيطر", "Y"), ("relation", "X")],
                attributes: [("status", "a"), ("Status", "b"), ("1st", "c")])
            .Rule("other", "Match", "حلب Y", r => r.Seq(r.Word("حلب"), r.Slot("Y")))
            .Build();

        var source = Emitter.Emit(program, "My.Root.class");
        var (diagnostics, image) = GeneratedPacks.Compile(source);

        Assert.Empty(diagnostics);
        Assert.NotNull(image);
        Assert.Contains("public sealed partial class MyPackV2Pack", source);
        Assert.Contains("namespace My.Root.@class", source);
        Assert.Contains("public sealed record ClassRelation(", source);
    }

    // Found by the generator fuzz target: the type of relation Match and the method of relation
    // Relation were both MatchRelation (CS0102).
    [Fact]
    public void Relations_named_Match_and_Relation_get_distinct_type_and_method_names()
    {
        var program = new ProgramFactory("Pack1")
            .Rule("a", "Relation", "سيطر", r => r.Word("سيطر"))
            .Rule("b", "Match", "على", r => r.Word("على"))
            .Build();

        var source = Emitter.Emit(program, "My.App");
        var (diagnostics, image) = GeneratedPacks.Compile(source);

        Assert.Empty(diagnostics);
        Assert.NotNull(image);
        Assert.Contains("public sealed record MatchRelation(", source);
        Assert.Contains("IReadOnlyList<MatchRelation> MatchMatch(", source);
        Assert.Contains("IReadOnlyList<RelationRelation> MatchRelation2(", source);
    }

    [Fact]
    public void An_empty_pack_compiles_and_finds_nothing()
    {
        var pack = GeneratedPacks.Load(new ProgramFactory("Empty").Build())[0];

        Assert.Empty(pack.Rules);
        Assert.Empty(pack.Match(AnnotatedDocument.Parse("سيطر الجيش على المدينة .")));
    }
}
