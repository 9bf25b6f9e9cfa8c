using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>An output item as written: <c>role: Slot</c> (a capitalized value) or <c>attr: value</c>.</summary>
/// <param name="Name">The role or attribute.</param>
/// <param name="Value">The slot name or the attribute value.</param>
/// <param name="IsSlot">True when <see cref="Value"/> names a slot.</param>
/// <param name="Location">Where it is written.</param>
internal readonly record struct OutputItem(string Name, string Value, bool IsSlot, SourceLocation Location);

/// <summary>
/// Puts a bound rule together: checks its output against its slots, refuses patterns that match
/// nothing, compiles the automata (pattern, clauses, antecedents), and computes the trigger.
/// </summary>
internal sealed class RuleAssembler(PackScope scope, Report report)
{
    /// <summary>The rule, or null when it has errors (they are reported).</summary>
    public RuleModel? Assemble(
        string name,
        int priority,
        string? relation,
        IReadOnlyList<OutputItem> outputs,
        PatternNode pattern,
        RuleContext context,
        IReadOnlyList<(ClauseModel? Clause, SourceLocation Location)> clauses,
        IReadOnlyList<ExampleModel> examples,
        string source,
        SourceLocation location)
    {
        bool ok = !context.HasErrors;
        if (ok && PatternFacts.CanMatchEmpty(pattern))
        {
            Report(BindingIds.MatchesEmpty, $"rule {name} can match without any word (every part is optional): it would match everywhere; make at least one element required", location);
            ok = false;
        }
        var arguments = new List<OutputArgument>();
        var attributes = new List<OutputAttribute>();
        var roles = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (relation is null)
        {
            for (int i = 0; i < context.Slots.Count; i++) arguments.Add(new OutputArgument(context.Slots[i].Name, i));
        }
        foreach (var output in outputs)
        {
            if (roles.TryGetValue(output.Name, out var first))
            {
                Report(BindingIds.RoleBoundTwice, $"'{output.Name}' is given twice in the output of rule {name} (first at line {first.Line}, column {first.Column}): keep one", output.Location);
                ok = false;
                continue;
            }
            roles[output.Name] = output.Location;
            if (!output.IsSlot)
            {
                attributes.Add(new OutputAttribute(output.Name, output.Value));
                continue;
            }
            if (!context.Binds(output.Value))
            {
                var bound = context.Slots.Select(slot => slot.Name).ToList();
                var hint = bound.Count == 0 ? "the pattern has no slot" : $"the pattern binds {string.Join(", ", bound)}";
                var suggestion = Suggestions.Closest(output.Value, bound);
                Report(BindingIds.UnboundOutputSlot, $"slot '{output.Value}' is used in the output but not bound in the pattern of rule {name} ({hint}){(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}", output.Location);
                ok = false;
                continue;
            }
            arguments.Add(new OutputArgument(output.Name, context.IndexOf(output.Value)));
        }
        foreach (var example in examples)
            foreach (var expected in example.Expected)
                if (!arguments.Any(argument => argument.Role == expected.Role))
                {
                    Report(BindingIds.ExampleUnknownRole, $"the example names role '{expected.Role}', which rule {name} does not produce (roles: {string.Join(", ", arguments.Select(a => a.Role))})", example.Location);
                    ok = false;
                }
        if (clauses.Any(clause => clause.Clause is null)) ok = false;
        if (!ok) return null;

        // A default phrase never runs over a word the rule itself names (X سيطر على Y: X stops before سيطر).
        var excluded = PatternFacts.Literals(pattern)
            .Concat(clauses.SelectMany(clause => PatternFacts.Literals(clause.Clause!.Pattern)))
            .Distinct().Order().ToEquatableArray();
        pattern = PatternFacts.ExcludeFromPhrases(pattern, excluded);
        var automaton = AutomatonBuilder.TryBuild(pattern, context.Slots.Count);
        var slots = new List<SlotModel>();
        foreach (var (slotName, type, body) in context.Slots)
        {
            // The antecedent of an untyped or Pron-typed slot is a default phrase; of a typed slot, a phrase of its type.
            var phrase = body is PhraseNode or ClassNode { Class: TokenClass.Pron } ? new PhraseNode(false, excluded) : body;
            var antecedent = AutomatonBuilder.TryBuild(phrase, context.Slots.Count);
            if (antecedent is null) automaton = null;
            else slots.Add(new SlotModel(slotName, type, antecedent));
        }
        if (automaton is null)
        {
            Report(BindingIds.PatternTooLarge, $"rule {name} is too large to compile (more than {AutomatonBuilder.DefaultBudget:N0} states or nested too deeply): split it or use smaller repetition bounds", location);
            return null;
        }
        var trigger = PatternFacts.Trigger(pattern, scope.Lists, Frequency);
        return new RuleModel(
            name, priority, relation ?? "Match",
            slots.ToEquatableArray(), arguments.ToEquatableArray(), attributes.ToEquatableArray(),
            pattern, automaton, trigger,
            clauses.Select(clause => clause.Clause!).ToEquatableArray(),
            examples.ToEquatableArray(), source, location);
    }

    /// <summary>A clause, or null when its pattern has errors (reported).</summary>
    public ClauseModel? Clause(ClauseKind kind, ClauseDirection direction, PatternNode pattern, RuleContext context, IReadOnlyList<OutputAttribute> sets, string source, SourceLocation location)
    {
        if (context.HasErrors) return null;
        if (PatternFacts.CanMatchEmpty(pattern))
        {
            Report(BindingIds.MatchesEmpty, $"the pattern of '{source}' can match without any word: it would always hold; make at least one element required", location);
            return null;
        }
        var automaton = AutomatonBuilder.TryBuild(pattern, 0);
        if (automaton is null)
        {
            Report(BindingIds.PatternTooLarge, $"the pattern of '{source}' is too large to compile", location);
            return null;
        }
        return new ClauseModel(kind, direction, pattern, automaton, sets.ToEquatableArray(), source);
    }

    // A static rarity estimate: closed-class words are frequent, longer words are rarer.
    private int Frequency(int id)
    {
        var key = scope.Vocabulary.KeyOf(id);
        if (frequent.Contains(key)) return 1000;
        return Math.Max(1, 40 - 5 * key.Length);
    }

    private readonly HashSet<string> frequent = new(
        ClosedClasses.Prepositions.Concat(ClosedClasses.Particles).Concat(ClosedClasses.Pronouns).Concat(ClosedClasses.RelativePronouns)
            .SelectMany(MatchingKeys.Of), StringComparer.Ordinal);

    private void Report(string id, string message, SourceLocation location) => report(id, true, message, location);
}
