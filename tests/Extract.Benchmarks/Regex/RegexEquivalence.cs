using Extract.Matching;

namespace Extract.Benchmarks.Regex;

/// <summary>
/// The equivalence check of the regex comparison: on the same texts, the Extract pack and each set
/// of regular expressions must find the same matches (rule, start of the match, span of X).
/// Run alone: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- check-regex-comparison [ARTICLES]</c>.
/// </summary>
public static class RegexEquivalence
{
    /// <summary>One match: the rule, where it starts, and the span of its slot X.</summary>
    public readonly record struct Found(int Rule, int Start, int XStart, int XEnd);

    /// <summary>The matches of the Extract pack on <paramref name="text"/>.</summary>
    public static IEnumerable<Found> OfExtract(IRulePack pack, string text) =>
        pack.Match(text).Select(r => Of(r, r["x"]!.Via ?? r["x"]!));

    // A pronoun slot reports its antecedent, with the pronoun itself in Via: the regex sees the pronoun.
    private static Found Of(Relation relation, Argument x) => new(int.Parse(relation.Name.AsSpan(1)), relation.Span.Start, x.Span.Start, x.Span.End);

    /// <summary>The matches of <paramref name="rules"/> (rule i is element i) on <paramref name="text"/>.</summary>
    public static IEnumerable<Found> OfRegexes(IReadOnlyList<System.Text.RegularExpressions.Regex> rules, string text)
    {
        for (int i = 0; i < rules.Count; i++)
            for (var match = rules[i].Match(text); match.Success; match = match.NextMatch())
            {
                var x = match.Groups["x"];
                yield return new Found(i, match.Index, x.Index, x.Index + x.Length);
            }
    }

    /// <summary>
    /// Compares Extract's matches (<paramref name="extractMatches"/>, one set per text) with those of
    /// <paramref name="rules"/> on every text; returns the counts and the differences (at most <paramref name="show"/> described).
    /// </summary>
    public static (int Same, int OnlyExtract, int OnlyRegex, List<string> Examples) Compare(
        IReadOnlyList<HashSet<Found>> extractMatches, IReadOnlyList<System.Text.RegularExpressions.Regex> rules, IReadOnlyList<string> texts, int show = 10)
    {
        int same = 0, onlyExtract = 0, onlyRegex = 0;
        var examples = new List<string>();
        for (int t = 0; t < texts.Count; t++)
        {
            string text = texts[t];
            var extract = extractMatches[t];
            var regex = OfRegexes(rules, text).ToHashSet();
            foreach (var found in extract)
                if (regex.Contains(found)) same++;
                else { onlyExtract++; Describe("only Extract", found, text, examples, show); }
            foreach (var found in regex.Where(f => !extract.Contains(f)))
            {
                onlyRegex++;
                Describe("only regex", found, text, examples, show);
            }
        }
        return (same, onlyExtract, onlyRegex, examples);
    }

    private static void Describe(string side, Found found, string text, List<string> examples, int show)
    {
        if (examples.Count >= show) return;
        int from = Math.Max(0, found.Start - 10), to = Math.Min(text.Length, found.XEnd + 10);
        examples.Add($"{side}: rule r{found.Rule} at {found.Start}, X = \"{text[found.XStart..found.XEnd]}\" in «{text[from..to].ReplaceLineEndings(" ")}»");
    }
}
