using Extract.Evaluation;
using Extract.Matching;

namespace Extract.Tests.Evaluation;

/// <summary>Builds predictions the way a pack reports them, from a text and the argument phrases in it.</summary>
internal static class Predictions
{
    public static Prediction Control(string doc, string text, string controller, string controlled,
        string status = "asserted", bool negated = false, string rule = "test_rule")
    {
        var attributes = new List<KeyValuePair<string, string>> { new("status", status) };
        if (negated) attributes.Add(new("negated", "true"));
        var relation = new Relation(rule, "Control", new Span(0, text.Length), text,
            [new("controller", Argument(text, controller)), new("controlled", Argument(text, controlled))],
            attributes);
        return new Prediction(doc, relation);
    }

    private static Argument Argument(string text, string phrase)
    {
        int start = Math.Max(0, text.IndexOf(phrase, StringComparison.Ordinal));
        return new Argument(new Span(start, start + phrase.Length), phrase);
    }
}
