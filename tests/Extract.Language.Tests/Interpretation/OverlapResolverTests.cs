using CsCheck;
using Extract.Matching;

namespace Extract.Language.Tests.Interpretation;

public class OverlapResolverTests
{
    private static MatchCandidate Candidate(string relation, int start, int end, int priority = 0, int rule = 0) =>
        new(new Relation($"r{rule}", relation, new Span(start, end), "", [], []), priority, rule);

    private static string Kept(IReadOnlyList<MatchCandidate> candidates, bool all = false) =>
        string.Join(" ", OverlapResolver.Resolve(candidates, all).Select(r => $"{r.Rule}:{r.Name}{r.Span}"));

    [Fact]
    public void The_longest_of_overlapping_matches_wins() =>
        Assert.Equal("r1:Control[0..20]", Kept([Candidate("Control", 0, 10, rule: 0), Candidate("Control", 0, 20, rule: 1)]));

    [Fact]
    public void Among_equally_long_matches_the_higher_priority_wins() =>
        Assert.Equal("r1:Control[5..15]", Kept([Candidate("Control", 0, 10, rule: 0), Candidate("Control", 5, 15, priority: 5, rule: 1)]));

    [Fact]
    public void Among_equally_long_and_equal_priority_matches_the_earlier_rule_wins() =>
        Assert.Equal("r0:Control[5..15]", Kept([Candidate("Control", 0, 10, rule: 1), Candidate("Control", 5, 15, rule: 0)]));

    [Fact]
    public void Different_relations_never_compete() =>
        Assert.Equal("r0:Control[0..10] r1:Attack[5..15]", Kept([Candidate("Attack", 5, 15, rule: 1), Candidate("Control", 0, 10, rule: 0)]));

    [Fact]
    public void Overlap_all_keeps_every_match_in_text_order() =>
        Assert.Equal("r1:Control[0..10] r0:Control[0..20]", Kept([Candidate("Control", 0, 20, rule: 0), Candidate("Control", 0, 10, rule: 1)], all: true));

    [Fact]
    public void Adjacent_matches_do_not_overlap() =>
        Assert.Equal("r0:Control[0..10] r0:Control[10..20]", Kept([Candidate("Control", 10, 20), Candidate("Control", 0, 10)]));

    [Fact]
    public void The_kept_matches_are_those_a_greedy_pass_in_rank_order_keeps()
    {
        var candidates = Gen.Select(Gen.Int[0, 60], Gen.Int[0, 12], Gen.Int[0, 2], Gen.Int[0, 4], Gen.OneOf<string>("Control", "Attack"))
            .Select((start, length, priority, rule, relation) => Candidate(relation, start, start + length, priority, rule))
            .Array[0, 80];
        candidates.Sample(list => Assert.Equal(Greedy(list), Kept(list)), iter: 2_000);
    }

    // The specification: best first (longest, then higher priority, then earlier rule, then earlier
    // start), keep a match unless it overlaps one kept of the same relation; report in text order.
    private static string Greedy(MatchCandidate[] candidates)
    {
        var kept = new List<MatchCandidate>();
        foreach (var c in candidates.OrderByDescending(c => c.Relation.Span.Length).ThenByDescending(c => c.Priority)
                     .ThenBy(c => c.RuleIndex).ThenBy(c => c.Relation.Span.Start))
            if (!kept.Any(k => k.Relation.Name == c.Relation.Name && k.Relation.Span.Overlaps(c.Relation.Span))) kept.Add(c);
        return string.Join(" ", kept.OrderBy(c => c.Relation.Span.Start).ThenBy(c => c.Relation.Span.End).ThenBy(c => c.RuleIndex)
            .ThenBy(c => c.Relation.Name, StringComparer.Ordinal).Select(r => $"{r.Relation.Rule}:{r.Relation.Name}{r.Relation.Span}"));
    }
}
