namespace Extract.Evaluation;

/// <summary>
/// Decides whether a predicted argument is correct for a gold argument (DESIGN.md §5): after
/// <see cref="PhraseKey"/> normalization, the prediction contains one of the gold's <c>core</c>
/// phrases and lies within one of its <c>max</c> phrases, both as whole words. A leading proclitic
/// (و ف, then ب ل ك; لل standing for ل + ال) on either side may be ignored, so <c>وقوات النظام</c>
/// matches <c>قوات النظام</c> and <c>منطقة</c> lies within <c>لمنطقة</c>. Punctuation at the edges of
/// a phrase is not part of it: <c>"درنة"</c> (in quotes) matches <c>درنة</c>.
/// </summary>
public static class PhraseMatcher
{
    /// <summary>True when <paramref name="predicted"/> is a correct extraction of <paramref name="gold"/>.</summary>
    public static bool Matches(string predicted, GoldArgument gold)
    {
        var predictions = Variants(Trimmed(predicted));
        var cores = gold.Core.SelectMany(c => Variants(Trimmed(c))).ToList();
        var maxima = gold.Max.SelectMany(m => Variants(Trimmed(m))).ToList();
        foreach (var p in predictions)
            if (cores.Any(c => ContainsWords(p, c)) && maxima.Any(m => ContainsWords(m, p)))
                return true;
        return false;
    }

    /// <summary>The key of <paramref name="phrase"/> without punctuation words at either edge.</summary>
    private static string Trimmed(string phrase)
    {
        var words = PhraseKey.Of(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = 0, last = words.Length - 1;
        while (first <= last && !words[first].Any(char.IsLetterOrDigit)) first++;
        while (last >= first && !words[last].Any(char.IsLetterOrDigit)) last--;
        return string.Join(' ', words[first..(last + 1)]);
    }

    /// <summary>True when the words of <paramref name="inner"/> occur consecutively in <paramref name="outer"/> (both in key form).</summary>
    public static bool ContainsWords(string outer, string inner) =>
        inner.Length > 0 && $" {outer} ".Contains($" {inner} ", StringComparison.Ordinal);

    /// <summary>The key itself and the keys with one leading proclitic stripped from the first word.</summary>
    internal static IReadOnlyList<string> Variants(string key)
    {
        var result = new List<string> { key };
        int space = key.IndexOf(' ');
        string first = space < 0 ? key : key[..space];
        string rest = space < 0 ? "" : key[space..];
        foreach (var stripped in StrippedProclitics(first))
            result.Add(stripped + rest);
        return result;
    }

    private static IEnumerable<string> StrippedProclitics(string word)
    {
        const int MinimumStem = 2;
        var seen = new HashSet<string>();
        foreach (var afterConjunction in Conjunction(word))
        {
            if (afterConjunction != word && afterConjunction.Length >= MinimumStem && seen.Add(afterConjunction))
                yield return afterConjunction;
            if (afterConjunction.Length > MinimumStem && afterConjunction[0] is 'ب' or 'ل' or 'ك')
            {
                string stem = afterConjunction[1..];
                if (stem.Length >= MinimumStem && seen.Add(stem)) yield return stem;
                if (afterConjunction.StartsWith("لل", StringComparison.Ordinal) && afterConjunction.Length > 3)
                {
                    string withArticle = "ا" + afterConjunction[1..];
                    if (seen.Add(withArticle)) yield return withArticle;
                }
            }
        }
    }

    private static IEnumerable<string> Conjunction(string word)
    {
        yield return word;
        if (word.Length > 3 && word[0] is 'و' or 'ف') yield return word[1..];
    }
}
