namespace Extract.Language.Binding;

/// <summary>"Did you mean …?" for unknown names: the closest known name by edit distance.</summary>
public static class Suggestions
{
    /// <summary>
    /// The known name closest to <paramref name="name"/> (case-insensitive Levenshtein distance at most
    /// a third of the name's length, at least 1), or null; no guess for names of one or two letters.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        if (name.Length <= 2) return null;
        string? best = null;
        int bestDistance = Math.Max(1, name.Length / 3) + 1;
        foreach (var candidate in known.OrderBy(candidate => candidate, StringComparer.Ordinal))
        {
            if (Math.Abs(candidate.Length - name.Length) >= bestDistance) continue;
            int distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
