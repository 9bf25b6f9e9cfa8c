using Extract.Language.Interpretation;

namespace Extract.Cli.Commands;

/// <summary>Renders traces and example results for people.</summary>
internal static class ExplanationPrinter
{
    public static void Print(TextWriter output, Explanation explanation)
    {
        output.WriteLine($"rule {explanation.Rule}:");
        foreach (var match in explanation.Matches)
        {
            foreach (var step in match.Steps)
                output.WriteLine($"  {step.Element,-24} matched \"{step.Text}\" {step.Span} (token {step.Token})");
            if (match.Relation is not null) output.WriteLine($"  => {match.Relation}");
            else output.WriteLine($"  => discarded by {match.DiscardedBy}");
        }
        if (explanation.Matched) return;
        if (explanation.BestAttempt.Count == 0)
        {
            output.WriteLine("  no match: the rule's first element matches nowhere in the text");
            return;
        }
        output.WriteLine("  no match; the closest attempt:");
        foreach (var step in explanation.BestAttempt)
            output.WriteLine($"  {step.Element,-24} matched \"{step.Text}\" {step.Span} (token {step.Token})");
        string where = explanation.StoppedAt < 0 ? "at the end of the text" : $"at token {explanation.StoppedAt}";
        output.WriteLine($"  stopped {where}: expected {string.Join(" or ", explanation.Expected)}");
    }

    public static string Describe(ExampleResult result)
    {
        var location = result.Example.Location;
        string kind = result.Example.IsCounterexample ? "counterexample" : "example";
        return $"{location}: FAIL {kind} of rule {result.Rule}: {result.Message}";
    }
}
