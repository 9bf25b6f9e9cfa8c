using Extract.Language.Model;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// Synthetic packs of a given size, built directly as the model (the shape the binder produces for
/// rules like <c>rule r_i: X:Force word_i على Y => Control(controller: X, controlled: Y)</c>).
/// </summary>
internal static class SyntheticPacks
{
    public static RuleProgram Rules(int count, int listEntries = 10, int edited = -1)
    {
        var vocabulary = new VocabularyBuilder();
        var force = Enumerable.Range(0, listEntries)
            .Select(i => EquatableArray.Of(vocabulary.Intern("قوة" + i)))
            .ToEquatableArray();
        var list = new ListModel("Force", force, new SourceLocation("synthetic.rules", 2, 1, 5));
        int on = vocabulary.Intern("على");
        var rules = new RuleModel[count];
        for (int i = 0; i < count; i++)
        {
            var word = "كلمة" + i + (i == edited ? "م" : "");
            int id = vocabulary.Intern(word);
            var pattern = new SequenceNode(EquatableArray.Of<PatternNode>(
                new SlotNode(0, new ListNode(0) { Source = "Force" }),
                new WordNode(EquatableArray.Of(id)) { Source = word },
                new WordNode(EquatableArray.Of(on)) { Source = "على" },
                new SlotNode(1, new PhraseNode())));
            var phrase = AutomatonBuilder.TryBuild(new PhraseNode(false, EquatableArray<int>.Empty), 0)!;
            rules[i] = new RuleModel(
                "r_" + i, 0, "Control",
                EquatableArray.Of(new SlotModel("X", "Force", AutomatonBuilder.TryBuild(new ListNode(0), 0)!), new SlotModel("Y", null, phrase)),
                EquatableArray.Of(new OutputArgument("controller", 0), new OutputArgument("controlled", 1)),
                EquatableArray<OutputAttribute>.Empty,
                pattern,
                AutomatonBuilder.TryBuild(pattern, 2)!,
                EquatableArray.Of(id),
                EquatableArray<ClauseModel>.Empty,
                EquatableArray<ExampleModel>.Empty,
                $"X:Force {word} على Y",
                new SourceLocation("synthetic.rules", 3 + i, 1, 10));
        }
        var lexicon = new PhraseLexicon(EquatableArray.Of(on), EquatableArray<int>.Empty, EquatableArray<int>.Empty);
        return new RuleProgram("Synthetic", "ar", OverlapMode.Longest, vocabulary.Build(), lexicon, EquatableArray.Of(list), rules);
    }

    /// <summary>A one-rule pack whose list has <paramref name="entries"/> entries of one or two words.</summary>
    public static RuleProgram BigList(int entries) => Rules(1, entries);
}
