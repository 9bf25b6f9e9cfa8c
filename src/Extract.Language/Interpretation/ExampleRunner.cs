using Extract.Language.Binding;
using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Language.Interpretation;

/// <summary>Why an example or counterexample failed.</summary>
public enum ExampleFailureKind : byte
{
    /// <summary>It passed.</summary>
    None,
    /// <summary>An example the rule did not match at all.</summary>
    NoMatch,
    /// <summary>An example the rule matched, but with other arguments than expected.</summary>
    WrongArguments,
    /// <summary>A counterexample the rule matched.</summary>
    CounterexampleMatched,
}

/// <summary>The outcome of one example or counterexample.</summary>
/// <param name="RuleIndex">The rule's index in the program.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Example">The example.</param>
/// <param name="Failure">Why it failed, or <see cref="ExampleFailureKind.None"/>.</param>
/// <param name="Message">A sentence for the linguist (empty when it passed), with the why-not trace.</param>
/// <param name="Found">What the rule extracted from the example's text.</param>
public sealed record ExampleResult(
    int RuleIndex,
    string Rule,
    ExampleModel Example,
    ExampleFailureKind Failure,
    string Message,
    IReadOnlyList<Relation> Found)
{
    /// <summary>True when the example behaved as written.</summary>
    public bool Passed => Failure == ExampleFailureKind.None;
}

/// <summary>
/// Runs every example and counterexample of a program: each one's text is analyzed and its rule run
/// alone. An example passes when some extraction has every expected role with the expected text (the
/// argument, or the pronoun it was resolved through; compared after normalization); a counterexample
/// passes when the rule finds nothing.
/// </summary>
public static class ExampleRunner
{
    /// <summary>
    /// Runs all examples of all rules, in file order; <paramref name="analyze"/> turns an example's
    /// text into a document (<see cref="Document.Analyze"/> by default).
    /// </summary>
    public static IReadOnlyList<ExampleResult> Run(Interpreter interpreter, Func<string, Document>? analyze = null)
    {
        var results = new List<ExampleResult>();
        var rules = interpreter.Program.Rules;
        for (int r = 0; r < rules.Count; r++)
            foreach (var example in rules[r].Examples)
                results.Add(RunOne(interpreter, r, example, analyze));
        return results;
    }

    /// <summary>Runs one example of rule <paramref name="ruleIndex"/>.</summary>
    public static ExampleResult RunOne(Interpreter interpreter, int ruleIndex, ExampleModel example, Func<string, Document>? analyze = null)
    {
        var rule = interpreter.Program.Rules[ruleIndex];
        var document = (analyze ?? (text => Document.Analyze(text)))(example.Text);
        var found = interpreter.MatchRule(document, ruleIndex);
        if (example.IsCounterexample)
        {
            if (found.Count == 0) return Pass(ruleIndex, rule, example, found);
            return new ExampleResult(ruleIndex, rule.Name, example, ExampleFailureKind.CounterexampleMatched,
                $"counterexample \"{example.Text}\" should not match, but rule {rule.Name} matched \"{found[0].Text}\"", found);
        }
        if (found.Count == 0)
        {
            var why = Explainer.Explain(interpreter, ruleIndex, document);
            return new ExampleResult(ruleIndex, rule.Name, example, ExampleFailureKind.NoMatch,
                $"example \"{example.Text}\" does not match: {why.Text}", found);
        }
        if (found.Any(relation => Satisfies(relation, example.Expected))) return Pass(ruleIndex, rule, example, found);
        var closest = found[0];
        var differences = example.Expected
            .Where(expected => !RoleMatches(closest[expected.Role], expected.Text))
            .Select(expected => closest[expected.Role] is { } actual
                ? $"{expected.Role} is \"{actual.Text}\", expected \"{expected.Text}\""
                : $"{expected.Role} is missing, expected \"{expected.Text}\"");
        return new ExampleResult(ruleIndex, rule.Name, example, ExampleFailureKind.WrongArguments,
            $"example \"{example.Text}\": rule {rule.Name} matched \"{closest.Text}\" but {string.Join("; ", differences)}", found);
    }

    private static ExampleResult Pass(int ruleIndex, RuleModel rule, ExampleModel example, IReadOnlyList<Relation> found) =>
        new(ruleIndex, rule.Name, example, ExampleFailureKind.None, "", found);

    private static bool Satisfies(Relation relation, EquatableArray<ExpectedArgument> expected) =>
        expected.All(argument => RoleMatches(relation[argument.Role], argument.Text));

    // Compared after normalization (diacritics, hamza forms, ta marbuta), like the gold data.
    private static bool RoleMatches(Argument? argument, string expected) =>
        argument is not null && (Same(argument.Text, expected) || (argument.Via is { } via && Same(via.Text, expected)));

    private static bool Same(string actual, string expected) =>
        actual == expected || MatchingKeys.Of(actual).SequenceEqual(MatchingKeys.Of(expected));
}
