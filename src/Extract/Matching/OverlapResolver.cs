namespace Extract.Matching;

/// <summary>A match before overlap resolution: the relation, its rule's priority and file order.</summary>
/// <param name="Relation">The extracted relation.</param>
/// <param name="Priority">The rule's priority (higher wins).</param>
/// <param name="RuleIndex">The rule's position in file order (earlier wins).</param>
public readonly record struct MatchCandidate(Relation Relation, int Priority, int RuleIndex);

/// <summary>
/// Resolves overlapping matches as the rule language defines it (DESIGN §3): among matches of the same
/// relation whose spans overlap, keep the longest, then the one of higher priority, then the one of the
/// earlier rule (then the earlier span). With <c>overlap all</c> every match is kept. The result is in
/// text order (start, end, rule order), so the same input always gives the same output.
/// </summary>
public static class OverlapResolver
{
    /// <summary>Resolves <paramref name="candidates"/>; <paramref name="keepAll"/> is <c>overlap all</c>.</summary>
    public static IReadOnlyList<Relation> Resolve(IReadOnlyList<MatchCandidate> candidates, bool keepAll = false)
    {
        if (candidates.Count == 0) return [];
        var kept = new List<MatchCandidate>(candidates.Count);
        if (keepAll)
        {
            kept.AddRange(candidates);
        }
        else
        {
            var ranked = candidates.ToArray();
            Array.Sort(ranked, CompareRank);
            var accepted = new Dictionary<string, SortedSet<Span>>(StringComparer.Ordinal);
            foreach (var candidate in ranked)
            {
                if (!accepted.TryGetValue(candidate.Relation.Name, out var spans))
                    accepted[candidate.Relation.Name] = spans = new SortedSet<Span>(ByStartThenEnd.Instance) { Lowest, Highest };
                if (TryInsert(spans, candidate.Relation.Span)) kept.Add(candidate);
            }
        }
        kept.Sort(CompareTextOrder);
        var result = new Relation[kept.Count];
        for (int i = 0; i < result.Length; i++) result[i] = kept[i].Relation;
        return result;
    }

    private static int CompareRank(MatchCandidate a, MatchCandidate b)
    {
        int c = b.Relation.Span.Length.CompareTo(a.Relation.Span.Length);
        if (c == 0) c = b.Priority.CompareTo(a.Priority);
        if (c == 0) c = a.RuleIndex.CompareTo(b.RuleIndex);
        if (c == 0) c = a.Relation.Span.Start.CompareTo(b.Relation.Span.Start);
        return c;
    }

    private static int CompareTextOrder(MatchCandidate a, MatchCandidate b)
    {
        int c = a.Relation.Span.Start.CompareTo(b.Relation.Span.Start);
        if (c == 0) c = a.Relation.Span.End.CompareTo(b.Relation.Span.End);
        if (c == 0) c = a.RuleIndex.CompareTo(b.RuleIndex);
        if (c == 0) c = string.CompareOrdinal(a.Relation.Name, b.Relation.Name);
        return c;
    }

    // Accepted spans of one relation never overlap, so ordered by start they are also ordered by end:
    // only the last span starting before the new one and the first starting at or after its start can
    // overlap it (an empty span, the only kind that shares its start with another, comes last in rank
    // order). A sorted set keeps this O(log n) per candidate; a sorted list's inserts made resolving
    // quadratic in the number of matches of a document.
    private static bool TryInsert(SortedSet<Span> spans, Span span)
    {
        // The set holds Lowest and Highest, which overlap nothing, so that neither view is empty;
        // (start, int.MinValue), the views' bound, is no relation's span.
        var earlier = spans.GetViewBetween(Lowest, new Span(span.Start, int.MinValue));
        var later = spans.GetViewBetween(new Span(span.Start, int.MinValue), Highest);
        if (earlier.Max.Overlaps(span) || later.Min.Overlaps(span)) return false;
        spans.Add(span);
        return true;
    }

    private static readonly Span Lowest = new(int.MinValue, int.MinValue);
    private static readonly Span Highest = new(int.MaxValue, int.MaxValue);

    private sealed class ByStartThenEnd : IComparer<Span>
    {
        public static readonly ByStartThenEnd Instance = new();

        public int Compare(Span a, Span b)
        {
            int c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : a.End.CompareTo(b.End);
        }
    }
}
