using Extract.Language.Model;
using static Extract.Language.Tests.Support.ModelPack;

namespace Extract.Language.Tests.Support;

/// <summary>
/// Random patterns and texts over a small vocabulary with clitics (<c>a+ها</c>: a with an enclitic,
/// <c>و_b</c>: b with a proclitic), for the laws that compare two ways of matching.
/// </summary>
public static class RandomPatterns
{
    private static readonly string[] Words = ["a", "b", "c", "a+ها", "و_b", "c+ه", ".", "q+ها"];

    /// <summary>A random pattern: words, exact words, classes, sequences, alternations, repetitions, slots S0 and S1.</summary>
    public static PatternNode Next(ModelPack pack, Random random) => Pattern(pack, random, depth: 0);

    /// <summary>A text of one to eight words of the vocabulary.</summary>
    public static string Text(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 9)).Select(_ => Words[random.Next(Words.Length)]));

    private static PatternNode Pattern(ModelPack pack, Random random, int depth)
    {
        int choice = random.Next(depth > 3 ? 4 : 10);
        return choice switch
        {
            0 => pack.Word(Words[random.Next(3)]),
            1 => pack.Word("ه", "ها"),
            2 => Class(random.Next(2) == 0 ? TokenClass.Any : TokenClass.Pron),
            3 => pack.Exact(Words[random.Next(3)]),
            4 => Seq(Pattern(pack, random, depth + 1), Pattern(pack, random, depth + 1)),
            5 => Or(Pattern(pack, random, depth + 1), Pattern(pack, random, depth + 1)),
            6 => Repeat(Atom(pack, random), random.Next(2), random.Next(2) == 0 ? -1 : random.Next(1, 3), lazy: random.Next(2) == 0),
            7 => Slot(random.Next(2), "S", Pattern(pack, random, depth + 1)),
            8 => Repeat(Seq(Atom(pack, random), Pattern(pack, random, depth + 1)), 0, -1, lazy: random.Next(2) == 0),
            _ => Or(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Option(pack, random, depth)).ToArray()),
        };
    }

    // Mostly single words and exact words, sometimes something longer between them: the runs of words
    // an alternation has in real packs (ForceHead = قوات | جيش | …).
    private static PatternNode Option(ModelPack pack, Random random, int depth) => random.Next(6) switch
    {
        0 or 1 => pack.Word(Words[random.Next(Words.Length)].Split('+', '_')[^1]),
        2 => pack.Word(Words[random.Next(3)], "ها"),
        3 => pack.Exact(Words[random.Next(Words.Length)]),
        4 => Class(TokenClass.Pron),
        _ => Pattern(pack, random, depth + 1),
    };

    private static PatternNode Atom(ModelPack pack, Random random) =>
        random.Next(3) == 0 ? Class(TokenClass.Any) : pack.Word(Words[random.Next(3)]);
}
