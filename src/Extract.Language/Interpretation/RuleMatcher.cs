using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Language.Interpretation;

/// <summary>
/// Runs one compiled rule over a lattice: leftmost-first, non-overlapping matches scanned left to
/// right; each match is checked against the rule's clauses, and its slots become arguments (a
/// captured pronoun is replaced by its antecedent, reported through <see cref="Argument.Via"/>).
/// </summary>
internal static class RuleMatcher
{
    /// <summary>How far (in tokens) a clause looks before or after a match, at most.</summary>
    public const int ClauseWindow = 32;

    /// <summary>How far back (in tokens) an antecedent is searched, at most.</summary>
    public const int AntecedentWindow = 100;

    public static void Run(CompiledRule compiled, Lattice lattice, List<MatchCandidate> sink) =>
        Scan(compiled.Main.Vm, lattice, match =>
        {
            var relation = Build(compiled, lattice, match, out _);
            if (relation is not null) sink.Add(new MatchCandidate(relation, compiled.Rule.Priority, compiled.Index));
            return relation is not null;
        });

    /// <summary>
    /// Leftmost-first, non-overlapping matches of <paramref name="vm"/>, scanned left to right, none
    /// crossing a sentence boundary. Each goes to <paramref name="keep"/>: when it keeps the match the
    /// next search starts after it, otherwise one token after its start.
    /// </summary>
    public static void Scan(PikeVm vm, Lattice lattice, Func<VmMatch, bool> keep)
    {
        // Each search ends where the sentence of its first token ends.
        int from = 0, sentenceEnd = 0;
        while (from < lattice.TokenCount)
        {
            if (from >= sentenceEnd) sentenceEnd = lattice.Document.SentenceEnd(from);
            if (!vm.Find(lattice, from, anchored: false, sentenceEnd * 2, requiredEnd: -1, out var match))
            {
                from = sentenceEnd;
                continue;
            }
            int startToken = match.StartStep >> 1;
            from = keep(match) ? Math.Max((match.EndStep + 1) >> 1, startToken + 1) : startToken + 1;
        }
    }

    /// <summary>The relation of a match, or null when clause <paramref name="discardedBy"/> discards it.</summary>
    public static Relation? Build(CompiledRule compiled, Lattice lattice, VmMatch match, out int discardedBy)
    {
        discardedBy = -1;
        var rule = compiled.Rule;
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var attribute in rule.Attributes) Set(attributes, attribute);
        for (int c = 0; c < rule.Clauses.Count; c++)
        {
            var clause = rule.Clauses[c];
            bool holds = clause.Direction == ClauseDirection.Before
                ? OccursBefore(compiled.Clauses[c].Vm, lattice, match.StartStep >> 1)
                : OccursAfter(compiled.Clauses[c].Vm, lattice, match);
            if (!holds) continue;
            if (clause.Kind == ClauseKind.Unless)
            {
                discardedBy = c;
                return null;
            }
            foreach (var attribute in clause.Sets) Set(attributes, attribute);
        }
        string text = lattice.Document.Text;
        int start = PikeVm.Offset(lattice, match.StartStep, -1, closing: false);
        int end = PikeVm.Offset(lattice, match.EndStep, match.EndSplit, closing: true);
        var arguments = new List<KeyValuePair<string, Argument>>(rule.Arguments.Count);
        foreach (var output in rule.Arguments)
        {
            int from = match.Registers[output.Slot * 2], to = match.Registers[output.Slot * 2 + 1];
            if (from < 0 || to < from) continue;
            var span = new Span(from, to);
            var argument = new Argument(span, span.Of(text));
            if (IsPronoun(lattice, span) && Antecedent(compiled.Antecedents[output.Slot].Vm, lattice, span) is { } antecedent)
                argument = new Argument(antecedent, antecedent.Of(text), argument);
            arguments.Add(new(output.Role, argument));
        }
        var whole = new Span(start, Math.Max(start, end));
        return new Relation(rule.Name, rule.Relation, whole, whole.Of(text), arguments, attributes);
    }

    private static void Set(List<KeyValuePair<string, string>> attributes, OutputAttribute attribute)
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
    private static bool OccursBefore(PikeVm vm, Lattice lattice, int startToken)
    {
        int first = Math.Max(SentenceFirstToken(lattice, startToken), startToken - ClauseWindow);
        for (int from = first; from < startToken; from++)
            if (vm.Find(lattice, from, anchored: true, startToken * 2, requiredEnd: startToken * 2, out _)) return true;
        return false;
    }

    // Some match of the clause starts exactly where the match ends, inside the same sentence and window.
    private static bool OccursAfter(PikeVm vm, Lattice lattice, VmMatch match)
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

    private static int SentenceFirstToken(Lattice lattice, int token)
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
    private static bool IsPronoun(Lattice lattice, Span span)
    {
        int token = TokenAt(lattice, span.Start);
        if (token < 0) return false;
        var t = lattice.Token(token);
        if (span.Start > t.Start) return true;
        return span.End == t.End && (lattice.Pronoun[token] || lattice.Relative[token]);
    }

    /// <summary>The last phrase of the slot's type found scanning from the previous sentence's start up to the pronoun.</summary>
    private static Span? Antecedent(PikeVm vm, Lattice lattice, Span pronoun)
    {
        int token = TokenAt(lattice, pronoun.Start);
        int first = SentenceFirstToken(lattice, token);
        if (first > 0) first = SentenceFirstToken(lattice, first - 1);
        first = Math.Max(first, token - AntecedentWindow);
        Span? last = null;
        int from = first;
        while (from < token && vm.Find(lattice, from, anchored: false, token * 2, requiredEnd: -1, out var found))
        {
            int start = PikeVm.Offset(lattice, found.StartStep, -1, closing: false);
            int end = PikeVm.Offset(lattice, found.EndStep, found.EndSplit, closing: true);
            if (end > start) last = new Span(start, end);
            from = Math.Max((found.EndStep + 1) >> 1, (found.StartStep >> 1) + 1);
        }
        return last;
    }

    private static int TokenAt(Lattice lattice, int offset)
    {
        var tokens = lattice.Document.Tokens;
        int low = 0, high = tokens.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >> 1;
            if (tokens[mid].End <= offset) low = mid + 1;
            else if (tokens[mid].Start > offset) high = mid - 1;
            else return mid;
        }
        return -1;
    }
}
