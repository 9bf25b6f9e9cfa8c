namespace Extract.Language.Model;

/// <summary>
/// Merges the words of an alternation into one element before it becomes states: consecutive options
/// that are all bare words (or lexemes) become one <see cref="WordNode"/>, consecutive exact words one
/// <see cref="ExactNode"/>. <c>ForceHead = قوات | جيش | …</c> is then one state tested once per token
/// with a set lookup, not one state (and one thread) per word. The matches are the same: the merged
/// options lead to the same next state and capture nothing, and a run keeps its place among the other
/// options, so the priority order is kept.
/// </summary>
internal static class WordRuns
{
    /// <summary>The longest element text kept for explanations before it is shortened with "…".</summary>
    private const int MaxSourceLength = 60;

    /// <summary>The options of <paramref name="alternation"/> with each run of words merged.</summary>
    public static IReadOnlyList<PatternNode> Merge(AlternationNode alternation)
    {
        var merged = new List<PatternNode>(alternation.Options.Count);
        var run = new List<PatternNode>();
        bool exactRun = false;
        foreach (var option in alternation.Options)
        {
            var kind = KindOf(option);
            if (kind is null || (run.Count > 0 && kind.Value != exactRun))
                Flush(merged, run, exactRun, name: "");
            if (kind is null) merged.Add(option);
            else
            {
                exactRun = kind.Value;
                run.Add(option);
            }
        }
        Flush(merged, run, exactRun, name: merged.Count == 0 ? alternation.Source : "");
        return merged;
    }

    // True: exact words only; false: stem words only; null: anything else.
    private static bool? KindOf(PatternNode node) => node switch
    {
        WordNode => false,
        ExactNode => true,
        SequenceNode { Items.Count: 1 } sequence => KindOf(sequence.Items[0]),
        AlternationNode alternation when alternation.Options.Count > 0 =>
            alternation.Options.Select(KindOf).Distinct().ToList() is [{ } only] ? only : null,
        _ => null,
    };

    // name: the pattern's name when the run is the whole alternation (an explanation then says 'ForceHead').
    private static void Flush(List<PatternNode> merged, List<PatternNode> run, bool exact, string name)
    {
        if (run.Count == 0) return;
        if (run.Count == 1) merged.Add(Single(run[0]));
        else
        {
            var ids = run.SelectMany(Ids).Distinct().OrderBy(id => id).ToEquatableArray();
            string source = name.Length > 0 ? name : Describe(run);
            merged.Add(exact ? new ExactNode(ids) { Source = source } : new WordNode(ids) { Source = source });
        }
        run.Clear();
    }

    // A nested alternation of words becomes one node too (ForceHead = ForceHead1 | ForceHead2).
    private static PatternNode Single(PatternNode node) => node switch
    {
        SequenceNode { Items.Count: 1 } sequence => Single(sequence.Items[0]),
        AlternationNode alternation => Merge(alternation)[0],
        _ => node,
    };

    private static IEnumerable<int> Ids(PatternNode node) => node switch
    {
        WordNode word => word.Stems,
        ExactNode exact => exact.Keys,
        SequenceNode sequence => sequence.Items.SelectMany(Ids),
        AlternationNode alternation => alternation.Options.SelectMany(Ids),
        _ => [],
    };

    // The words as written, shortened.
    private static string Describe(List<PatternNode> run)
    {
        string text = string.Join(" | ", run.Select(node => node.Source.Length > 0 ? node.Source : "…"));
        return text.Length <= MaxSourceLength ? text : text[..MaxSourceLength].TrimEnd() + " …";
    }
}
