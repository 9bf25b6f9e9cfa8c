using Extract.Evaluation;
using static Extract.Tests.Evaluation.Predictions;

namespace Extract.Tests.Evaluation;

public class ScorerTests
{
    private const string Aleppo = "سيطرت قوات النظام على حي الشيخ مقصود وتسعى الفصائل إلى استعادة حي المعادي";

    // Two relations in one sentence: a plain one (core) and an intended one (hard).
    private static readonly IReadOnlyList<GoldRelation> Gold = GoldReader.Parse("""
        {"doc": "a", "id": "a1", "tier": "core", "relation": "Control", "controller": {"core": ["قوات النظام"], "max": ["قوات النظام"]}, "controlled": {"core": ["الشيخ مقصود"], "max": ["حي الشيخ مقصود"]}, "status": "asserted"}
        {"doc": "a", "id": "a2", "tier": "hard", "relation": "Control", "controller": {"core": ["الفصائل"], "max": ["الفصائل"]}, "controlled": {"core": ["المعادي"], "max": ["حي المعادي"]}, "status": "intended"}
        """).Relations;

    [Fact]
    public void A_correct_extraction_is_a_hit_and_the_unfound_relation_a_miss()
    {
        var result = Scorer.Score(Gold, [Control("a", Aleppo, "قوات النظام", "حي الشيخ مقصود")]);

        Assert.Equal("a1", Assert.Single(result.Hits).Gold.Id);
        Assert.Equal("a2", Assert.Single(result.Misses).Id);
        Assert.Empty(result.FalseHits);
        Assert.Equal(new Score(1, 0, 1), result.Overall);
        Assert.Equal(1.0, result.Overall.Precision);
        Assert.Equal(0.5, result.Overall.Recall);
        Assert.Equal(2.0 / 3, result.Overall.F1, 10);
    }

    [Fact]
    public void A_wrong_argument_makes_both_a_false_hit_and_a_miss()
    {
        var result = Scorer.Score(Gold, [Control("a", Aleppo, "قوات النظام", "حي الشيخ مقصود وتسعى الفصائل")]);

        Assert.Empty(result.Hits);
        Assert.Single(result.FalseHits);
        Assert.Equal(2, result.Misses.Count);
    }

    [Fact]
    public void Tiers_split_recall_and_share_the_false_hits()
    {
        var result = Scorer.Score(Gold, [
            Control("a", Aleppo, "قوات النظام", "حي الشيخ مقصود"),
            Control("a", Aleppo, "النظام", "الفصائل"),
        ]);

        Assert.Equal(["core", "hard"], result.Tiers);
        Assert.Equal(new Score(1, 1, 0), result.ForTier("core"));
        Assert.Equal(new Score(0, 1, 1), result.ForTier("hard"));
        Assert.Equal(new Score(1, 1, 1), result.ForRelation("Control"));
    }

    [Fact]
    public void One_gold_relation_is_found_once_however_often_it_is_extracted()
    {
        var twice = Control("a", Aleppo, "قوات النظام", "الشيخ مقصود");
        var result = Scorer.Score(Gold, [twice, twice]);

        Assert.Single(result.Hits);
        Assert.Single(result.FalseHits);
    }

    [Fact]
    public void Pairing_is_a_maximum_matching_whatever_the_order_of_predictions()
    {
        // The broad prediction fits both gold relations, the narrow one only the first:
        // the best pairing finds both, in either order.
        var gold = GoldReader.Parse("""
            {"doc": "b", "id": "b1", "relation": "Control", "controller": {"core": ["الجيش"], "max": ["الجيش السوري"]}, "controlled": {"core": ["حلب"], "max": ["مدينة حلب"]}}
            {"doc": "b", "id": "b2", "relation": "Control", "controller": {"core": ["الجيش"], "max": ["الجيش"]}, "controlled": {"core": ["حلب"], "max": ["حلب"]}}
            """).Relations;
        var broad = Control("b", "الجيش السوري مدينة حلب", "الجيش", "حلب");
        var narrow = Control("b", "الجيش السوري مدينة حلب", "الجيش السوري", "مدينة حلب");

        Assert.Equal(2, Scorer.Score(gold, [broad, narrow]).Hits.Count);
        Assert.Equal(2, Scorer.Score(gold, [narrow, broad]).Hits.Count);
    }

    [Fact]
    public void Status_and_negation_do_not_decide_a_hit_but_are_reported()
    {
        var result = Scorer.Score(Gold, [
            Control("a", Aleppo, "قوات النظام", "حي الشيخ مقصود", status: "past"),
            Control("a", Aleppo, "الفصائل", "حي المعادي", status: "intended", negated: true),
        ]);

        Assert.Equal(2, result.Hits.Count);
        Assert.Equal(0.5, result.StatusAccuracy);
        Assert.Equal(0.5, result.NegationAccuracy);
    }

    [Fact]
    public void Predictions_on_documents_outside_the_evaluation_are_ignored_unless_listed()
    {
        var elsewhere = Control("z", "سيطر الجيش على حلب", "الجيش", "حلب");

        Assert.Empty(Scorer.Score(Gold, [elsewhere]).FalseHits);
        Assert.Single(Scorer.Score(Gold, [elsewhere], documents: ["a", "z"]).FalseHits);
    }

    [Fact]
    public void A_prediction_of_another_relation_never_matches()
    {
        var other = Control("a", Aleppo, "قوات النظام", "حي الشيخ مقصود");
        var renamed = new Prediction("a", new Extract.Matching.Relation(other.Relation.Rule, "Siege", other.Relation.Span,
            other.Relation.Text, other.Relation.Arguments, other.Relation.Attributes));

        var result = Scorer.Score(Gold, [renamed]);

        Assert.Empty(result.Hits);
        Assert.Equal(new Score(0, 1, 0), result.ForRelation("Siege"));
    }
}
