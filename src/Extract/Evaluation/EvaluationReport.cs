using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extract.Matching;

namespace Extract.Evaluation;

/// <summary>
/// Writes an <see cref="EvaluationResult"/> for people (<see cref="ToText"/>: the scores, then
/// every miss and every false hit with its text) and for machines (<see cref="ToJson"/>).
/// </summary>
public static class EvaluationReport
{
    /// <summary>The report a linguist reads after each edit of the rules.</summary>
    public static string ToText(EvaluationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"all        {result.Overall}");
        foreach (var relation in result.Relations)
            text.AppendLine($"{relation,-10} {result.ForRelation(relation)}");
        foreach (var tier in result.Tiers)
            text.AppendLine($"tier {tier,-5} {result.ForTier(tier)}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"status agrees on {result.StatusAccuracy:0.000} of hits, negation on {result.NegationAccuracy:0.000}"));

        text.AppendLine().AppendLine($"misses ({result.Misses.Count}):");
        foreach (var miss in result.Misses)
        {
            text.Append($"  {miss.Doc} {miss}");
            if (miss.Construction is not null) text.Append($"  — {miss.Construction}");
            text.AppendLine();
        }
        text.AppendLine().AppendLine($"false hits ({result.FalseHits.Count}):");
        foreach (var falseHit in result.FalseHits)
            text.AppendLine($"  {falseHit.Doc} {falseHit.Relation.Rule}: {falseHit.Relation}  in \"{falseHit.Relation.Text}\"");
        var disagreements = result.Hits.Where(h => !h.StatusAgrees || !h.NegationAgrees).ToList();
        if (disagreements.Count > 0)
        {
            text.AppendLine().AppendLine($"hits with another status or negation ({disagreements.Count}):");
            foreach (var hit in disagreements)
                text.AppendLine($"  {hit.Gold.Doc} {hit.Gold.Id}: gold {Attributes(hit.Gold.Status, hit.Gold.Negated)}, "
                    + $"{hit.Prediction.Relation.Rule} says {Attributes(hit.Prediction.Relation.Attribute("status"), hit.Prediction.Relation.Attribute("negated") == "true")}");
        }
        return text.ToString();
    }

    /// <summary>The same report as one JSON object (UTF-8 text, Arabic unescaped).</summary>
    public static string ToJson(EvaluationResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteScore(json, "overall", result.Overall);
            json.WriteStartObject("relations");
            foreach (var relation in result.Relations) WriteScore(json, relation, result.ForRelation(relation));
            json.WriteEndObject();
            json.WriteStartObject("tiers");
            foreach (var tier in result.Tiers) WriteScore(json, tier, result.ForTier(tier));
            json.WriteEndObject();
            json.WriteNumber("statusAccuracy", Math.Round(result.StatusAccuracy, 4));
            json.WriteNumber("negationAccuracy", Math.Round(result.NegationAccuracy, 4));

            json.WriteStartArray("hits");
            foreach (var hit in result.Hits)
            {
                json.WriteStartObject();
                json.WriteString("doc", hit.Gold.Doc);
                json.WriteString("id", hit.Gold.Id);
                json.WriteString("tier", hit.Gold.Tier);
                WritePrediction(json, hit.Prediction.Relation);
                json.WriteBoolean("statusAgrees", hit.StatusAgrees);
                json.WriteBoolean("negationAgrees", hit.NegationAgrees);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("misses");
            foreach (var miss in result.Misses)
            {
                json.WriteStartObject();
                json.WriteString("doc", miss.Doc);
                json.WriteString("id", miss.Id);
                json.WriteString("tier", miss.Tier);
                json.WriteString("relation", miss.Relation);
                json.WriteStartObject("args");
                foreach (var (role, argument) in miss.Arguments)
                {
                    json.WriteStartObject(role);
                    WriteStrings(json, "core", argument.Core);
                    WriteStrings(json, "max", argument.Max);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                if (miss.Status is not null) json.WriteString("status", miss.Status);
                if (miss.Construction is not null) json.WriteString("construction", miss.Construction);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("falseHits");
            foreach (var falseHit in result.FalseHits)
            {
                json.WriteStartObject();
                json.WriteString("doc", falseHit.Doc);
                WritePrediction(json, falseHit.Relation);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Attributes(string? status, bool negated) =>
        (status ?? "no status") + (negated ? ", negated" : "");

    private static void WriteScore(Utf8JsonWriter json, string name, Score score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteNumber("tp", score.TruePositives);
        json.WriteNumber("fp", score.FalsePositives);
        json.WriteNumber("fn", score.FalseNegatives);
        json.WriteEndObject();
    }

    private static void WritePrediction(Utf8JsonWriter json, Relation relation)
    {
        json.WriteString("rule", relation.Rule);
        json.WriteString("relation", relation.Name);
        json.WriteNumber("start", relation.Span.Start);
        json.WriteNumber("end", relation.Span.End);
        json.WriteString("text", relation.Text);
        json.WriteStartObject("args");
        foreach (var (role, argument) in relation.Arguments)
        {
            json.WriteStartObject(role);
            json.WriteNumber("start", argument.Span.Start);
            json.WriteNumber("end", argument.Span.End);
            json.WriteString("text", argument.Text);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("attrs");
        foreach (var (name, value) in relation.Attributes) json.WriteString(name, value);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
