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
            var accepted = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
            foreach (var candidate in ranked)
            {
                if (!accepted.TryGetValue(candidate.Relation.Name, out var spans))
                    accepted[candidate.Relation.Name] = spans = [];
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

    // Accepted spans of one relation never overlap, so sorted by start they are also sorted by end:
    // only the neighbours of the insertion point can overlap a new span.
    private static bool TryInsert(List<Span> spans, Span span)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            int mid = (low + high) >> 1;
            if (spans[mid].Start < span.Start) low = mid + 1;
            else high = mid;
        }
        if (low > 0 && spans[low - 1].Overlaps(span)) return false;
        if (low < spans.Count && spans[low].Overlaps(span)) return false;
        spans.Insert(low, span);
        return true;
    }
}
