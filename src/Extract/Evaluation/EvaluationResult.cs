namespace Extract.Evaluation;

/// <summary>A prediction matched to the gold relation it found.</summary>
/// <param name="Gold">The gold relation.</param>
/// <param name="Prediction">The prediction.</param>
/// <param name="StatusAgrees">True when the prediction's <c>status</c> equals the gold's (or the gold has none).</param>
/// <param name="NegationAgrees">True when the prediction's <c>negated</c> equals the gold's.</param>
public sealed record Hit(GoldRelation Gold, Prediction Prediction, bool StatusAgrees, bool NegationAgrees);

/// <summary>
/// The outcome of scoring predictions against gold. A scope (<see cref="ForRelation"/>,
/// <see cref="ForTier"/>) keeps the gold relations of that relation or tier; predictions matched
/// to gold outside a tier are left out of that tier's counts, false hits count against every tier.
/// </summary>
/// <param name="Hits">Every prediction matched to a gold relation (one-to-one).</param>
/// <param name="Misses">Every gold relation no prediction matched.</param>
/// <param name="FalseHits">Every prediction matched to no gold relation.</param>
public sealed record EvaluationResult(IReadOnlyList<Hit> Hits, IReadOnlyList<GoldRelation> Misses, IReadOnlyList<Prediction> FalseHits)
{
    /// <summary>The score over all relations and tiers.</summary>
    public Score Overall => new(Hits.Count, FalseHits.Count, Misses.Count);

    /// <summary>The relation names that occur in the gold or the predictions, sorted.</summary>
    public IReadOnlyList<string> Relations =>
        Hits.Select(h => h.Gold.Relation).Concat(Misses.Select(m => m.Relation))
            .Concat(FalseHits.Select(f => f.Relation.Name)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The tiers that occur in the gold, sorted (<c>core</c> before <c>hard</c>).</summary>
    public IReadOnlyList<string> Tiers =>
        Hits.Select(h => h.Gold.Tier).Concat(Misses.Select(m => m.Tier)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The score of one relation.</summary>
    public Score ForRelation(string relation) => new(
        Hits.Count(h => h.Gold.Relation == relation),
        FalseHits.Count(f => f.Relation.Name == relation),
        Misses.Count(m => m.Relation == relation));

    /// <summary>The score of one tier: its gold relations against all false hits.</summary>
    public Score ForTier(string tier) => new(
        Hits.Count(h => h.Gold.Tier == tier),
        FalseHits.Count,
        Misses.Count(m => m.Tier == tier));

    /// <summary>Among hits whose gold has a status, the share whose predicted status agrees (1 without such hits).</summary>
    public double StatusAccuracy
    {
        get
        {
            var judged = Hits.Where(h => h.Gold.Status is not null).ToList();
            return judged.Count == 0 ? 1 : (double)judged.Count(h => h.StatusAgrees) / judged.Count;
        }
    }

    /// <summary>The share of hits whose predicted negation agrees with the gold (1 without hits).</summary>
    public double NegationAccuracy => Hits.Count == 0 ? 1 : (double)Hits.Count(h => h.NegationAgrees) / Hits.Count;
}
