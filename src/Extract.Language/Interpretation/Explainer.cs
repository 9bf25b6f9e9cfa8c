using System.Text;
using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Language.Interpretation;

/// <summary>One element of a rule matching one token (or clitic segment) of the text.</summary>
/// <param name="Element">The element as written in the rule.</param>
/// <param name="Token">The token's index.</param>
/// <param name="Text">The token's original text.</param>
/// <param name="Span">The token's span.</param>
public sealed record TraceStep(string Element, int Token, string Text, Span Span);

/// <summary>One match attempt that reached the end of the pattern.</summary>
/// <param name="Steps">Which element matched which token, in order.</param>
/// <param name="Relation">The extraction, or null when a clause discarded it.</param>
/// <param name="DiscardedBy">The <c>unless</c> clause that discarded it, as written, or null.</param>
public sealed record TracedMatch(IReadOnlyList<TraceStep> Steps, Relation? Relation, string? DiscardedBy);

/// <summary>The trace of one rule over one text: its matches, or why it did not match.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Matches">Every complete match, kept or discarded, in text order.</param>
/// <param name="BestAttempt">When nothing matched: the elements the deepest attempt matched.</param>
/// <param name="StoppedAt">When nothing matched: the token where that attempt stopped (-1 at the end of the text).</param>
/// <param name="Expected">When nothing matched: the elements that failed there.</param>
/// <param name="Text">The explanation in words.</param>
public sealed record Explanation(
    string Rule,
    IReadOnlyList<TracedMatch> Matches,
    IReadOnlyList<TraceStep> BestAttempt,
    int StoppedAt,
    IReadOnlyList<string> Expected,
    string Text)
{
    /// <summary>True when the rule produced at least one relation.</summary>
    public bool Matched => Matches.Any(match => match.Relation is not null);
}

/// <summary>Traces one rule over one text ("why did / didn't my rule fire here?").</summary>
public static class Explainer
{
    /// <summary>
    /// The forms <c>~lemma</c> (or, with <paramref name="family"/>, <c>~~lemma</c>) stands for, as the
    /// binder expands them (for <c>extract explain --lemma</c>); null when the morphology is not available.
    /// </summary>
    public static IReadOnlyList<string>? LexemeForms(string lemma, bool family = false) =>
        Binding.LexemeExpansion.Expand(lemma, family);

    /// <summary>Explains the rule named <paramref name="ruleName"/> on <paramref name="document"/>; null when no rule has that name.</summary>
    public static Explanation? Explain(Interpreter interpreter, string ruleName, Document document)
    {
        var rules = interpreter.Program.Rules;
        for (int i = 0; i < rules.Count; i++)
            if (rules[i].Name == ruleName) return Explain(interpreter, i, document);
        return null;
    }

    /// <summary>Explains rule <paramref name="ruleIndex"/> of <paramref name="interpreter"/>'s program on <paramref name="document"/>.</summary>
    public static Explanation Explain(Interpreter interpreter, int ruleIndex, Document document)
    {
        var compiled = interpreter.Compiled(ruleIndex);
        var lattice = interpreter.Analyze(document);
        var program = compiled.Main.Program;
        var vm = new PikeVm(program) { Trace = new Trace() };
        var matches = new List<TracedMatch>();
        RuleMatcher.Scan(vm, lattice, match =>
        {
            var relation = RuleMatcher.Build(compiled, lattice, match, out int discardedBy);
            matches.Add(new TracedMatch(
                Steps(vm.Trace, match.Trail, program, lattice),
                relation,
                discardedBy >= 0 ? compiled.Rule.Clauses[discardedBy].Source : null));
            return relation is not null;
        });
        var trace = vm.Trace;
        var best = matches.Count > 0 ? [] : Steps(trace, trace.FarthestTrail, program, lattice);
        int stopped = trace.FarthestStep < 0 || (trace.FarthestStep >> 1) >= lattice.TokenCount ? -1 : trace.FarthestStep >> 1;
        var expected = matches.Count > 0 ? [] : trace.FailedStates.Select(pc => program.Elements[pc]).Distinct().ToList();
        var text = Describe(compiled.Rule, matches, best, stopped, expected, lattice);
        return new Explanation(compiled.Rule.Name, matches, best, stopped, expected, text);
    }

    private static List<TraceStep> Steps(Trace trace, int trail, VmProgram program, Lattice lattice)
    {
        var steps = new List<TraceStep>();
        if (trail < 0) return steps;
        foreach (var (pc, token) in trace.Path(trail))
        {
            var span = lattice.Token(token).Span;
            steps.Add(new TraceStep(program.Elements[pc], token, span.Of(lattice.Document.Text), span));
        }
        return steps;
    }

    private static string Describe(RuleModel rule, List<TracedMatch> matches, List<TraceStep> best, int stopped, List<string> expected, Lattice lattice)
    {
        var text = new StringBuilder();
        if (matches.Count > 0)
        {
            foreach (var match in matches)
            {
                text.Append(match.Relation is null ? $"rule {rule.Name} matched but was discarded by '{match.DiscardedBy}': " : $"rule {rule.Name} matched: ");
                AppendSteps(text, match.Steps);
                if (match.Relation is not null) text.Append(" => ").Append(match.Relation);
                text.AppendLine();
            }
            return text.ToString().TrimEnd();
        }
        text.Append($"rule {rule.Name} did not match");
        if (best.Count > 0)
        {
            text.Append(": the closest attempt matched ");
            AppendSteps(text, best);
            text.Append(", then");
        }
        else
        {
            text.Append(':');
        }
        string wanted = expected.Count == 0 ? "the next element" : string.Join(" or ", expected.Select(element => $"'{element}'"));
        if (stopped < 0)
            text.Append($" {wanted} found the end of the text");
        else
            text.Append($" {wanted} did not match token {stopped} \"{lattice.Token(stopped).Span.Of(lattice.Document.Text)}\"");
        return text.ToString();
    }

    // Consecutive tokens matched by the same element are shown together: 'X' = "قوات النظام".
    private static void AppendSteps(StringBuilder text, IReadOnlyList<TraceStep> steps)
    {
        for (int i = 0; i < steps.Count;)
        {
            int j = i + 1;
            while (j < steps.Count && steps[j].Element == steps[i].Element && steps[j].Token == steps[j - 1].Token + 1) j++;
            if (i > 0) text.Append(", ");
            string words = string.Join(" ", steps.Skip(i).Take(j - i).Select(step => step.Text));
            text.Append($"'{steps[i].Element}' = \"{words}\"");
            i = j;
        }
    }
}
