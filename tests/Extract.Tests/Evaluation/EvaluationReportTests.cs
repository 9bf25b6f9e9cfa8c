using System.Text.Json;
using Extract.Evaluation;
using static Extract.Tests.Evaluation.Predictions;

namespace Extract.Tests.Evaluation;

public class EvaluationReportTests
{
    private static readonly EvaluationResult Result = Scorer.Score(
        GoldReader.Parse("""
            {"doc": "a", "id": "a1", "tier": "core", "relation": "Control", "controller": {"core": ["قوات النظام"]}, "controlled": {"core": ["حلب"], "max": ["مدينة حلب"]}, "status": "asserted"}
            {"doc": "a", "id": "a2", "tier": "hard", "relation": "Control", "controller": {"core": ["تنظيم الدولة"]}, "controlled": {"core": ["تدمر"]}, "status": "past", "construction": "pronoun object: استولوا عليها"}
            """).Relations,
        [
            Control("a", "سيطرت قوات النظام على مدينة حلب", "قوات النظام", "مدينة حلب", rule: "control_svo"),
            Control("a", "السيطرة على الحرائق", "السيطرة", "الحرائق", rule: "masdar"),
        ]);

    [Fact]
    public void The_text_report_gives_the_scores_then_every_miss_and_false_hit_with_its_text()
    {
        string text = EvaluationReport.ToText(Result);

        Assert.Contains("all        P 0.500  R 0.500  F1 0.500  (tp 1, fp 1, fn 1)", text);
        Assert.Contains("tier core  P 0.500  R 1.000", text);
        Assert.Contains("tier hard  P 0.000  R 0.000", text);
        Assert.Contains("a a2 Control(controller: \"تنظيم الدولة\", controlled: \"تدمر\") [hard]  — pronoun object: استولوا عليها", text);
        Assert.Contains("a masdar: Control(controller: \"السيطرة\"", text);
        Assert.Contains("in \"السيطرة على الحرائق\"", text);
    }

    [Fact]
    public void The_json_report_carries_the_same_figures_and_lists()
    {
        using var json = JsonDocument.Parse(EvaluationReport.ToJson(Result));
        var root = json.RootElement;

        Assert.Equal(0.5, root.GetProperty("overall").GetProperty("precision").GetDouble());
        Assert.Equal(1.0, root.GetProperty("tiers").GetProperty("core").GetProperty("recall").GetDouble());
        Assert.Equal(1, root.GetProperty("relations").GetProperty("Control").GetProperty("tp").GetInt32());
        Assert.Equal("a2", root.GetProperty("misses")[0].GetProperty("id").GetString());
        Assert.Equal("الحرائق", root.GetProperty("falseHits")[0].GetProperty("args").GetProperty("controlled").GetProperty("text").GetString());
        Assert.Contains("\"تنظيم الدولة\"", EvaluationReport.ToJson(Result));
    }
}
