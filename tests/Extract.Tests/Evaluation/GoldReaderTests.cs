using Extract.Evaluation;

namespace Extract.Tests.Evaluation;

public class GoldReaderTests
{
    [Fact]
    public void Reads_a_line_of_the_seed_format()
    {
        var gold = GoldReader.Parse("""
            {"doc": "seed", "id": "S6", "tier": "core", "relation": "Control", "controller": {"core": ["الفصائل المعارضة"], "max": ["الفصائل المعارضة"]}, "controlled": {"core": ["الأحياء"], "max": ["هذه الأحياء"]}, "status": "past", "construction": "Y التي كانت تحت سيطرة X"}
            """);

        Assert.Empty(gold.Errors);
        var relation = Assert.Single(gold.Relations);
        Assert.Equal(("seed", "S6", "core", "Control", "past"), (relation.Doc, relation.Id, relation.Tier, relation.Relation, relation.Status));
        Assert.Equal(["controller", "controlled"], relation.Arguments.Select(a => a.Key));
        Assert.Equal(["هذه الأحياء"], relation["controlled"]!.Max);
        Assert.False(relation.Negated);
        Assert.Equal("Y التي كانت تحت سيطرة X", relation.Construction);
    }

    [Fact]
    public void Negation_is_read_and_a_missing_max_is_the_core()
    {
        var gold = GoldReader.Parse("""
            {"doc": "d", "id": "1", "tier": "hard", "relation": "Control", "controller": {"core": ["الأسد"]}, "controlled": {"core": ["أجزاء كبيرة"]}, "status": "asserted", "negated": true}
            """);

        var relation = Assert.Single(gold.Relations);
        Assert.True(relation.Negated);
        Assert.Equal(["الأسد"], relation["controller"]!.Max);
    }

    [Fact]
    public void Bad_lines_become_errors_with_their_line_and_the_rest_is_read()
    {
        var gold = GoldReader.Parse("""
            {"doc": "d", "id": "1", "relation": "Control", "controller": {"core": ["X"]}, "controlled": {"core": ["Y"]}}
            {"doc": "d", "id": "2", "relation": "Control", "controller": {"core": ["X"]
            {"id": "3", "relation": "Control", "controller": {"core": ["X"]}}

            {"doc": "d", "id": "1", "relation": "Control", "controller": {"core": ["X"]}}
            {"doc": "d", "id": "5", "relation": "Control", "controller": {"max": ["X"]}}
            [1, 2]
            """);

        Assert.Equal("1", Assert.Single(gold.Relations).Id);
        Assert.Equal([2, 3, 5, 6, 7], gold.Errors.Select(e => e.Line));
        Assert.Contains("not valid JSON", gold.Errors[0].Message);
        Assert.Contains("missing \"doc\"", gold.Errors[1].Message);
        Assert.Contains("duplicate id '1'", gold.Errors[2].Message);
        Assert.Contains("no \"core\"", gold.Errors[3].Message);
    }

    [Fact]
    public void A_relation_without_tier_is_core() =>
        Assert.Equal("core", GoldReader.Parse("""{"doc": "d", "relation": "R", "a": {"core": ["x"]}}""").Relations[0].Tier);
}
