using System.ComponentModel;

namespace Extract.Matching.Compiled;

/// <summary>
/// Runs one generated rule over a lattice: leftmost-first, non-overlapping matches scanned left to
/// right; each match is checked against the rule's clauses, and its slots become arguments (a captured
/// pronoun is replaced by its antecedent, reported through <see cref="Argument.Via"/>). The same
/// procedure as the rule interpreter's, so that generated and interpreted packs agree.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleRunner
{
    /// <summary>How far (in tokens) a clause looks before or after a match, at most.</summary>
    public const int ClauseWindow = 32;

    /// <summary>How far back (in tokens) an antecedent is searched, at most.</summary>
    public const int AntecedentWindow = 100;

    /// <summary>
    /// Adds every match of <paramref name="rule"/> in <paramref name="lattice"/> to <paramref name="sink"/>.
    /// <paramref name="slots"/>: the rule's trigger and requirement slots in <paramref name="hits"/> (where
    /// their words occur); empty for a rule without a trigger, which searches everywhere.
    /// </summary>
    internal static void Run(RuleSpec rule, MatchLattice lattice, List<MatchCandidate> sink, TriggerHits? hits, int[] slots)
    {
        var vm = rule.Main;
        vm.NextStart = hits is null || rule.MaxTokens <= 0 ? null : StartFinder.For(hits, slots, rule.MaxTokens, lattice.Document);
        try
        {
            Scan(rule, vm, lattice, sink);
        }
        finally
        {
            vm.NextStart = null;
        }
    }

    private static void Scan(RuleSpec rule, CompiledRule vm, MatchLattice lattice, List<MatchCandidate> sink)
    {
        // No match crosses a sentence boundary: each search ends where the sentence of its first token ends.
        int from = 0, sentenceEnd = 0;
        var starts = vm.NextStart;
        while (from < lattice.TokenCount)
        {
            if (starts is not null && (from = starts.Next(from)) >= lattice.TokenCount) break;
            if (from >= sentenceEnd) sentenceEnd = lattice.Document.SentenceEnd(from);
            if (!vm.Find(lattice, from, anchored: false, sentenceEnd * 2, requiredEnd: -1, out var match))
            {
                from = sentenceEnd;
                continue;
            }
            int startToken = match.StartStep >> 1;
            int next = match.EndStep > match.StartStep ? (match.EndStep + 1) >> 1 : startToken + 1;
            var relation = Build(rule, lattice, match);
            if (relation is null)
            {
                from = startToken + 1;
                continue;
            }
            sink.Add(new MatchCandidate(relation, rule.Priority, rule.Index));
            from = Math.Max(next, startToken + 1);
        }
    }

    private static Relation? Build(RuleSpec rule, MatchLattice lattice, RuleMatch match)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var attribute in rule.Attributes) Set(attributes, attribute);
        foreach (var clause in rule.Clauses)
        {
            bool holds = clause.Before
                ? OccursBefore(clause.Automaton, lattice, match.StartStep >> 1)
                : OccursAfter(clause.Automaton, lattice, match);
            if (!holds) continue;
            if (clause.Unless) return null;
            foreach (var attribute in clause.Sets) Set(attributes, attribute);
        }
        string text = lattice.Document.Text;
        int start = CompiledRule.Offset(lattice, match.StartStep, -1, closing: false);
        int end = CompiledRule.Offset(lattice, match.EndStep, match.EndSplit, closing: true);
        var arguments = new List<KeyValuePair<string, Argument>>(rule.Arguments.Length);
        foreach (var output in rule.Arguments)
        {
            int from = match.Registers[output.Slot * 2], to = match.Registers[output.Slot * 2 + 1];
            if (from < 0 || to < from) continue;
            var span = new Span(from, to);
            var argument = new Argument(span, span.Of(text));
            if (IsPronoun(lattice, span) && Antecedent(rule.Antecedent(output.Slot), lattice, span) is { } antecedent)
                argument = new Argument(antecedent, antecedent.Of(text), argument);
            arguments.Add(new(output.Role, argument));
        }
        var whole = new Span(start, Math.Max(start, end));
        return new Relation(rule.Name, rule.Relation, whole, whole.Of(text), arguments, attributes);
    }

    private static void Set(List<KeyValuePair<string, string>> attributes, RuleAttribute attribute)
    {
        for (int i = 0; i < attributes.Count; i++)
            if (attributes[i].Key == attribute.Name)
            {
                attributes[i] = new(attribute.Name, attribute.Value);
                return;
            }
        attributes.Add(new(attribute.Name, attribute.Value));
    }

    // Some match of the clause ends exactly where the match starts, inside the same sentence and window.
    private static bool OccursBefore(CompiledRule vm, MatchLattice lattice, int startToken)
    {
        int first = Math.Max(SentenceFirstToken(lattice, startToken), startToken - ClauseWindow);
        for (int from = first; from < startToken; from++)
            if (vm.Find(lattice, from, anchored: true, startToken * 2, requiredEnd: startToken * 2, out _)) return true;
        return false;
    }

    // Some match of the clause starts exactly where the match ends, inside the same sentence and window.
    private static bool OccursAfter(CompiledRule vm, MatchLattice lattice, RuleMatch match)
    {
        int token = match.EndStep >> 1;
        bool inside = (match.EndStep & 1) == 1;
        int last = Math.Max(token - 1, match.StartStep >> 1);
        int sentence = lattice.Token(Math.Min(last, lattice.TokenCount - 1)).Sentence;
        int limit = token;
        while (limit < lattice.TokenCount && limit < token + ClauseWindow && lattice.Token(limit).Sentence == sentence) limit++;
        if (!inside && token >= limit) return false;
        return vm.Find(lattice, token, anchored: true, limit * 2, requiredEnd: -1, out _, inside ? match.EndSplit : -1);
    }

    private static int SentenceFirstToken(MatchLattice lattice, int token)
    {
        if (token >= lattice.TokenCount) token = lattice.TokenCount - 1;
        int sentence = lattice.Token(token).Sentence;
        var sentences = lattice.Document.Sentences;
        if ((uint)sentence < (uint)sentences.Length && sentences[sentence].FirstToken <= token) return sentences[sentence].FirstToken;
        int bound = Math.Max(0, token - AntecedentWindow);
        while (token > bound && lattice.Token(token - 1).Sentence == sentence) token--;
        return token;
    }

    // An enclitic segment (starts inside a token), or one token that is a pronoun or relative pronoun.
    private static bool IsPronoun(MatchLattice lattice, Span span)
    {
        int token = TokenAt(lattice, span.Start);
        if (token < 0) return false;
        var t = lattice.Token(token);
        if (span.Start > t.Start) return true;
        return span.End == t.End && (lattice.IsPronoun(token) || lattice.IsRelative(token));
    }

    // The last phrase of the slot's type found scanning from the previous sentence's start up to the pronoun.
    private static Span? Antecedent(CompiledRule vm, MatchLattice lattice, Span pronoun)
    {
        int token = TokenAt(lattice, pronoun.Start);
        int first = SentenceFirstToken(lattice, token);
        if (first > 0) first = SentenceFirstToken(lattice, first - 1);
        first = Math.Max(first, token - AntecedentWindow);
        Span? last = null;
        int from = first;
        while (from < token && vm.Find(lattice, from, anchored: false, token * 2, requiredEnd: -1, out var found))
        {
            int start = CompiledRule.Offset(lattice, found.StartStep, -1, closing: false);
            int end = CompiledRule.Offset(lattice, found.EndStep, found.EndSplit, closing: true);
            if (end > start) last = new Span(start, end);
            from = Math.Max((found.EndStep + 1) >> 1, (found.StartStep >> 1) + 1);
        }
        return last;
    }

    private static int TokenAt(MatchLattice lattice, int offset)
    {
        int low = 0, high = lattice.TokenCount - 1;
        while (low <= high)
        {
            int mid = (low + high) >> 1;
            ref readonly var token = ref lattice.Token(mid);
            if (token.End <= offset) low = mid + 1;
            else if (token.Start > offset) high = mid - 1;
            else return mid;
        }
        return -1;
    }
}
