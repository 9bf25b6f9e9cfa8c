namespace Extract.Evaluation;

/// <summary>
/// Scores predictions against gold relations (DESIGN.md §5). A prediction can match a gold
/// relation of the same document and relation name when every gold argument is matched by the
/// prediction's argument of the same role (<see cref="PhraseMatcher"/>); status and negation do
/// not decide a match, they are reported as agreement. Each gold relation and each prediction is
/// used at most once, and the pairing is a maximum matching, so the order of predictions never
/// changes the counts.
/// </summary>
public static class Scorer
{
    /// <summary>Scores <paramref name="predictions"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold relations.</param>
    /// <param name="predictions">The predictions; those of documents absent from the gold are false hits
    /// only when <paramref name="documents"/> lists their document.</param>
    /// <param name="documents">The documents that were evaluated; null means the documents named in the gold.</param>
    public static EvaluationResult Score(IReadOnlyList<GoldRelation> gold, IEnumerable<Prediction> predictions, IEnumerable<string>? documents = null)
    {
        var scope = new HashSet<string>(documents ?? gold.Select(g => g.Doc), StringComparer.Ordinal);
        var byDocument = predictions.Where(p => scope.Contains(p.Doc)).GroupBy(p => p.Doc).ToDictionary(g => g.Key, g => g.ToList());
        var goldByDocument = gold.GroupBy(g => g.Doc).ToDictionary(g => g.Key, g => g.ToList());

        var hits = new List<Hit>();
        var misses = new List<GoldRelation>();
        var falseHits = new List<Prediction>();
        foreach (var doc in scope.Order(StringComparer.Ordinal))
        {
            var golds = goldByDocument.GetValueOrDefault(doc) ?? [];
            var preds = byDocument.GetValueOrDefault(doc) ?? [];
            var pairOfGold = MaximumMatching(golds, preds);
            var usedPredictions = new HashSet<int>();
            for (int g = 0; g < golds.Count; g++)
            {
                if (pairOfGold[g] < 0) { misses.Add(golds[g]); continue; }
                usedPredictions.Add(pairOfGold[g]);
                hits.Add(MakeHit(golds[g], preds[pairOfGold[g]]));
            }
            for (int p = 0; p < preds.Count; p++)
                if (!usedPredictions.Contains(p)) falseHits.Add(preds[p]);
        }
        misses.Sort((a, b) => a.Line.CompareTo(b.Line));
        hits.Sort((a, b) => a.Gold.Line.CompareTo(b.Gold.Line));
        return new EvaluationResult(hits, misses, falseHits);
    }

    /// <summary>True when <paramref name="prediction"/> can stand for <paramref name="gold"/>.</summary>
    public static bool CanMatch(GoldRelation gold, Prediction prediction)
    {
        if (gold.Doc != prediction.Doc || gold.Relation != prediction.Relation.Name) return false;
        foreach (var (role, argument) in gold.Arguments)
        {
            var predicted = prediction.Relation[role];
            if (predicted is null || !PhraseMatcher.Matches(predicted.Text, argument)) return false;
        }
        return true;
    }

    private static Hit MakeHit(GoldRelation gold, Prediction prediction)
    {
        string? status = prediction.Relation.Attribute("status");
        bool negated = string.Equals(prediction.Relation.Attribute("negated"), "true", StringComparison.OrdinalIgnoreCase);
        return new Hit(gold, prediction, gold.Status is null || gold.Status == status, gold.Negated == negated);
    }

    /// <summary>Kuhn's augmenting paths: for each gold index, the prediction index paired with it, or -1.</summary>
    private static int[] MaximumMatching(List<GoldRelation> golds, List<Prediction> preds)
    {
        var candidates = golds.Select(g => Enumerable.Range(0, preds.Count).Where(p => CanMatch(g, preds[p])).ToArray()).ToArray();
        var goldOfPrediction = Enumerable.Repeat(-1, preds.Count).ToArray();
        for (int g = 0; g < golds.Count; g++)
            Augment(g, candidates, goldOfPrediction, new bool[preds.Count]);
        var pairOfGold = Enumerable.Repeat(-1, golds.Count).ToArray();
        for (int p = 0; p < preds.Count; p++)
            if (goldOfPrediction[p] >= 0) pairOfGold[goldOfPrediction[p]] = p;
        return pairOfGold;
    }

    private static bool Augment(int gold, int[][] candidates, int[] goldOfPrediction, bool[] visited)
    {
        foreach (int p in candidates[gold])
        {
            if (visited[p]) continue;
            visited[p] = true;
            if (goldOfPrediction[p] < 0 || Augment(goldOfPrediction[p], candidates, goldOfPrediction, visited))
            {
                goldOfPrediction[p] = gold;
                return true;
            }
        }
        return false;
    }
}
