using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>Static facts about bound patterns: emptiness and trigger literals.</summary>
public static class PatternFacts
{
    /// <summary>True when <paramref name="node"/> can match without consuming any token.</summary>
    public static bool CanMatchEmpty(PatternNode node) => node switch
    {
        SequenceNode sequence => sequence.Items.All(CanMatchEmpty),
        AlternationNode alternation => alternation.Options.Any(CanMatchEmpty),
        RepeatNode repeat => repeat.Min == 0 || CanMatchEmpty(repeat.Body),
        SlotNode slot => CanMatchEmpty(slot.Body),
        AnchorNode => true,
        _ => false,
    };

    /// <summary>The ids of the words and exact words a pattern names (not its lists).</summary>
    public static IEnumerable<int> Literals(PatternNode node) => node switch
    {
        WordNode word => word.Stems,
        ExactNode exact => exact.Keys,
        SequenceNode sequence => sequence.Items.SelectMany(Literals),
        AlternationNode alternation => alternation.Options.SelectMany(Literals),
        RepeatNode repeat => Literals(repeat.Body),
        SlotNode slot => Literals(slot.Body),
        NotNode not => Literals(not.Operand),
        _ => [],
    };

    /// <summary>Every default phrase of <paramref name="node"/> with <paramref name="excluded"/> as its excluded words.</summary>
    public static PatternNode ExcludeFromPhrases(PatternNode node, EquatableArray<int> excluded) => node switch
    {
        PhraseNode phrase => phrase with { Excluded = excluded },
        SequenceNode sequence => sequence with { Items = sequence.Items.Select(item => ExcludeFromPhrases(item, excluded)).ToEquatableArray() },
        AlternationNode alternation => alternation with { Options = alternation.Options.Select(option => ExcludeFromPhrases(option, excluded)).ToEquatableArray() },
        RepeatNode repeat => repeat with { Body = ExcludeFromPhrases(repeat.Body, excluded) },
        SlotNode slot => slot with { Body = ExcludeFromPhrases(slot.Body, excluded) },
        _ => node,
    };

    /// <summary>
    /// The trigger of a pattern: a set of literal ids such that every match contains a token with one
    /// of them as a stem form or key, chosen to be the rarest by <paramref name="frequency"/> (a static
    /// estimate: lower is rarer). Empty when no literal is required (the rule then always runs).
    /// </summary>
    public static EquatableArray<int> Trigger(PatternNode node, IReadOnlyList<ListModel> lists, Func<int, int> frequency)
    {
        var rarest = Lightest(Conjuncts(node, lists, ids => ids.Sum(id => (long)frequency(id))));
        return rarest is null ? EquatableArray<int>.Empty : rarest.Value.Ids.Order().ToEquatableArray();
    }

    /// <summary>
    /// Word sets of which every match contains a token from each (a conjunction, unlike the single
    /// <see cref="Trigger"/>): <c>X:Actor SubjectGap (Control | Seize) VerbGap على Y</c> requires a
    /// verb of Control or Seize and على. At most <paramref name="max"/> sets, the smallest first.
    /// </summary>
    public static IReadOnlyList<EquatableArray<int>> Requirements(PatternNode node, IReadOnlyList<ListModel> lists, int max = 4) =>
        Conjuncts(node, lists, ids => ids.Count)
            .Select(conjunct => conjunct.Ids.Order().ToEquatableArray())
            .Distinct()
            .OrderBy(set => set.Count)
            .Take(max)
            .ToList();

    // The non-empty word sets every match of the node contains a token of, each with its weight: a
    // sequence requires what each of its items requires; an alternation the union of the lightest set
    // of each option (its weight the sum of theirs), or nothing when an option requires nothing.
    private static List<(HashSet<int> Ids, long Weight)> Conjuncts(PatternNode node, IReadOnlyList<ListModel> lists, Func<HashSet<int>, long> weight)
    {
        switch (node)
        {
            case WordNode word:
                return Of(word.Stems, weight);
            case ExactNode exact:
                return Of(exact.Keys, weight);
            case ListNode list when lists[list.List].Entries.All(entry => entry.Count > 0):
                return Of(lists[list.List].Entries.Select(entry => entry[0]), weight);
            case SlotNode slot:
                return Conjuncts(slot.Body, lists, weight);
            case RepeatNode repeat when repeat.Min > 0:
                return Conjuncts(repeat.Body, lists, weight);
            case SequenceNode sequence:
                return sequence.Items.SelectMany(item => Conjuncts(item, lists, weight)).ToList();
            case AlternationNode alternation:
            {
                var union = new HashSet<int>();
                long total = 0;
                foreach (var option in alternation.Options)
                {
                    if (Lightest(Conjuncts(option, lists, weight)) is not { } lightest) return [];
                    union.UnionWith(lightest.Ids);
                    total += lightest.Weight;
                }
                return union.Count == 0 ? [] : [(union, total)];
            }
            default:
                return [];
        }
    }

    // The first of the lightest, or null when there is none.
    private static (HashSet<int> Ids, long Weight)? Lightest(List<(HashSet<int> Ids, long Weight)> conjuncts)
    {
        (HashSet<int> Ids, long Weight)? lightest = null;
        foreach (var conjunct in conjuncts)
            if (lightest is null || conjunct.Weight < lightest.Value.Weight) lightest = conjunct;
        return lightest;
    }

    private static List<(HashSet<int> Ids, long Weight)> Of(IEnumerable<int> ids, Func<HashSet<int>, long> weight)
    {
        var set = new HashSet<int>(ids);
        return set.Count == 0 ? [] : [(set, weight(set))];
    }
}
