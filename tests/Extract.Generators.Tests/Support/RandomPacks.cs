using Extract.Language.Model;

namespace Extract.Generators.Tests.Support;

/// <summary>
/// Random rule packs and hand-analyzed texts over a small Arabic vocabulary, for the differential test:
/// every construct of the model (words, exact words, classes, lists, slots typed and untyped, gaps,
/// greedy and lazy quantifiers, alternations, negation, anchors, clauses, priorities, overlap modes).
/// </summary>
public static class RandomPacks
{
    private static readonly string[] Words = ["قوات", "جيش", "حلب", "مدينة", "حي", "على", "سيطر", "في", "هو", "التي", "لم", "قرية"];
    private static readonly string[] Nouns = ["قوات", "جيش", "حلب", "مدينة", "حي", "قرية"];

    public static RuleProgram Program(Random random, string name)
    {
        var factory = new ProgramFactory(name, random.Next(4) == 0 ? OverlapMode.All : OverlapMode.Longest);
        var lists = new List<int>
        {
            factory.List("Place", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Entry(random)).ToArray()),
        };
        int rules = random.Next(1, 5);
        int previous = 0;
        for (int r = 0; r < rules; r++)
        {
            var relation = random.Next(2) == 0 ? "Control" : "Near";
            int clauseCount = random.Next(3) == 0 ? 1 : 0;
            // Every other rule may be a sibling of the previous one: the same structure, other words
            // (the generator then shares one class between them).
            int structure = r > 0 && random.Next(2) == 0 ? previous : random.Next();
            previous = structure;
            var words = new Random(random.Next());
            factory.Rule(
                "rule_" + r,
                relation,
                "random rule " + r,
                scope => Pattern(new Random(structure), words, scope, lists, depth: 0, slots: true),
                outputs: null,
                priority: random.Next(3),
                attributes: random.Next(2) == 0 ? [("status", "asserted")] : null,
                clauses: Enumerable.Range(0, clauseCount).Select(_ => (Func<RuleScope, ClauseModel>)(scope =>
                    scope.Clause(
                        random.Next(2) == 0 ? ClauseDirection.Before : ClauseDirection.After,
                        random.Next(3) == 0
                            ? scope.Seq(Leaf(random, random, scope, lists), scope.Repeat(scope.Class(TokenClass.Any), 0, -1), Leaf(random, random, scope, lists))
                            : Leaf(random, random, scope, lists),
                        "clause",
                        random.Next(2) == 0 ? [] : [("negated", "true")]))).ToArray(),
                derivedTrigger: random.Next(3) != 0);
        }
        return factory.Build();
    }

    /// <summary>An annotated text: words with random proclitics (و_, ال_) and enclitics (+ها), a sentence end or two.</summary>
    public static string Text(Random random)
    {
        var words = new List<string>();
        int count = random.Next(6) == 0 ? random.Next(40, 140) : random.Next(1, 14);  // long texts reach the clause and antecedent windows
        for (int i = 0; i < count; i++)
        {
            int kind = random.Next(12);
            if (kind == 0) { words.Add("."); continue; }
            if (kind == 1) { words.Add("،"); continue; }
            if (kind == 2) { words.Add(random.Next(100).ToString()); continue; }
            var word = Pick(random, Words);
            var prefix = random.Next(4) == 0 ? "و_" : "";
            if (Nouns.Contains(word) && random.Next(3) == 0) prefix += "ال_";
            var suffix = random.Next(5) == 0 ? "+ها" : "";
            words.Add(prefix + word + suffix);
        }
        return string.Join(" ", words);
    }

    private static string Entry(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(random, random.Next(3) == 0 ? ["الجيش", "المدينة"] : Nouns)));

    private static PatternNode Pattern(Random random, Random words, RuleScope scope, List<int> lists, int depth, bool slots)
    {
        if (depth > 2) return Leaf(random, words, scope, lists);
        switch (random.Next(slots ? 8 : 6))
        {
            case 0:
            case 1:
                return scope.Seq(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Pattern(random, words, scope, lists, depth + 1, slots)).ToArray());
            case 2:
                return scope.Alt(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Pattern(random, words, scope, lists, depth + 1, slots: false)).ToArray());
            case 3:
            {
                int min = random.Next(2);
                int max = random.Next(3) == 0 ? -1 : min + random.Next(3);
                return scope.Repeat(Pattern(random, words, scope, lists, depth + 1, slots: false), min, Math.Max(max, max < 0 ? -1 : 1), lazy: random.Next(3) == 0);
            }
            case 4:
                return scope.Not(Single(random, words, scope));
            case 5:
                return Leaf(random, words, scope, lists);
            default:
                var slot = random.Next(2) == 0 ? "X" : "Y";
                return random.Next(2) == 0
                    ? scope.Slot(slot)
                    : scope.Slot(slot, random.Next(2) == 0 ? scope.List(lists[0]) : scope.Class(TokenClass.Pron), "T");
        }
    }

    private static PatternNode Leaf(Random random, Random words, RuleScope scope, List<int> lists) => random.Next(10) switch
    {
        9 => scope.Seq(scope.Class(random.Next(2) == 0 ? TokenClass.Word : TokenClass.Any), scope.Class(TokenClass.Pron)),
        0 or 1 or 2 => Single(random, words, scope),
        3 => scope.List(lists[0]),
        4 => scope.Class(TokenClass.Pron),
        5 => scope.Anchor(random.Next(2) == 0 ? Anchor.SentenceStart : Anchor.SentenceEnd),
        6 => scope.Seq(scope.Anchor(Anchor.InsideSentence), Single(random, words, scope)),
        _ => scope.Word(Pick(words, ["الجيش", "المدينة", "ها"])),
    };

    private static PatternNode Single(Random random, Random words, RuleScope scope) => random.Next(6) switch
    {
        0 or 1 => scope.Word(Pick(words, Words)),
        2 => scope.Word(Pick(words, Words), Pick(words, Words), Pick(words, Words)),
        3 => scope.Exact(Pick(words, Words)),
        4 => scope.Class(Pick(random, [TokenClass.Word, TokenClass.Num, TokenClass.Punct, TokenClass.Any])),
        _ => scope.Alt(scope.Word(Pick(words, Words)), scope.Class(TokenClass.Num)),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
