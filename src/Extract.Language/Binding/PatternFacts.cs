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
        var required = Required(node, lists, frequency);
        return required is null ? EquatableArray<int>.Empty : required.Value.Ids.Order().ToEquatableArray();
    }

    /// <summary>
    /// Word sets of which every match contains a token from each (a conjunction, unlike the single
    /// <see cref="Trigger"/>): <c>X:Actor SubjectGap (Control | Seize) VerbGap على Y</c> requires a
    /// verb of Control or Seize and على. At most <paramref name="max"/> sets, the smallest first.
    /// </summary>
    public static IReadOnlyList<EquatableArray<int>> Requirements(PatternNode node, IReadOnlyList<ListModel> lists, int max = 4) =>
        Conjuncts(node, lists)
            .Select(set => set.Order().ToEquatableArray())
            .Where(set => set.Count > 0)
            .Distinct()
            .OrderBy(set => set.Count)
            .Take(max)
            .ToList();

    private static List<HashSet<int>> Conjuncts(PatternNode node, IReadOnlyList<ListModel> lists)
    {
        switch (node)
        {
            case WordNode word:
                return [[.. word.Stems]];
            case ExactNode exact:
                return [[.. exact.Keys]];
            case ListNode list when lists[list.List].Entries.All(entry => entry.Count > 0):
                return [[.. lists[list.List].Entries.Select(entry => entry[0])]];
            case SlotNode slot:
                return Conjuncts(slot.Body, lists);
            case RepeatNode repeat when repeat.Min > 0:
                return Conjuncts(repeat.Body, lists);
            case SequenceNode sequence:
                return sequence.Items.SelectMany(item => Conjuncts(item, lists)).ToList();
            case AlternationNode alternation:
            {
                // Each option contributes its smallest required set; the union is required.
                var union = new HashSet<int>();
                foreach (var option in alternation.Options)
                {
                    var smallest = Conjuncts(option, lists).OrderBy(set => set.Count).FirstOrDefault();
                    if (smallest is null) return [];
                    union.UnionWith(smallest);
                }
                return [union];
            }
            default:
                return [];
        }
    }

    private static (HashSet<int> Ids, long Score)? Required(PatternNode node, IReadOnlyList<ListModel> lists, Func<int, int> frequency)
    {
        switch (node)
        {
            case WordNode word:
                return Of(word.Stems, frequency);
            case ExactNode exact:
                return Of(exact.Keys, frequency);
            case ListNode list:
                return Of(lists[list.List].Entries.Where(entry => entry.Count > 0).Select(entry => entry[0]), frequency);
            case SlotNode slot:
                return Required(slot.Body, lists, frequency);
            case RepeatNode repeat when repeat.Min > 0:
                return Required(repeat.Body, lists, frequency);
            case SequenceNode sequence:
            {
                (HashSet<int> Ids, long Score)? best = null;
                foreach (var item in sequence.Items)
                    if (Required(item, lists, frequency) is { } candidate && (best is null || candidate.Score < best.Value.Score))
                        best = candidate;
                return best;
            }
            case AlternationNode alternation:
            {
                var ids = new HashSet<int>();
                long score = 0;
                foreach (var option in alternation.Options)
                {
                    if (Required(option, lists, frequency) is not { } candidate) return null;
                    ids.UnionWith(candidate.Ids);
                    score += candidate.Score;
                }
                return ids.Count == 0 ? null : (ids, score);
            }
            default:
                return null;
        }
    }

    private static (HashSet<int> Ids, long Score)? Of(IEnumerable<int> ids, Func<int, int> frequency)
    {
        var set = new HashSet<int>(ids);
        if (set.Count == 0) return null;
        long score = 0;
        foreach (int id in set) score += frequency(id);
        return (set, score);
    }
}
