using Extract.Language.Binding;
using Extract.Language.Model;

namespace Extract.Language.Tests.Support;

/// <summary>Builds a one-rule <see cref="RuleProgram"/> directly from pattern nodes (no parser), for VM tests.</summary>
public sealed class ModelPack
{
    private readonly VocabularyBuilder vocabulary = new();
    private readonly List<ListModel> lists = [];

    public PatternNode Word(params string[] stems) =>
        new WordNode(stems.Select(Intern).Order().ToEquatableArray()) { Source = string.Join("|", stems) };

    public PatternNode Exact(string key) => new ExactNode(EquatableArray.Of(Intern(key))) { Source = $"\"{key}\"" };

    public PatternNode List(string name, params string[] entries)
    {
        var model = new ListModel(name, entries
            .Select(entry => entry.Split(' ').Select(Intern).ToEquatableArray())
            .ToEquatableArray(), default);
        lists.Add(model);
        return new ListNode(lists.Count - 1) { Source = name };
    }

    public static PatternNode Seq(params PatternNode[] items) => new SequenceNode(items);

    public static PatternNode Or(params PatternNode[] options) => new AlternationNode(options);

    public static PatternNode Slot(int slot, string name, PatternNode? body = null) =>
        new SlotNode(slot, body ?? new PhraseNode()) { Source = name };

    public static PatternNode Class(TokenClass cls) => new ClassNode(cls) { Source = cls.ToString() };

    public static PatternNode Repeat(PatternNode body, int min, int max, bool lazy = false) => new RepeatNode(body, min, max, lazy);

    public RuleProgram Program(PatternNode pattern, string[] slots, params ClauseModel[] clauses) =>
        Program(pattern, slots, mergeWords: true, clauses);

    /// <summary>The program, its automaton built with or without merging the words of alternations.</summary>
    public RuleProgram Program(PatternNode pattern, string[] slots, bool mergeWords, params ClauseModel[] clauses)
    {
        var lexicon = new PhraseLexicon(
            Ids(ClosedClasses.Prepositions.Concat(ClosedClasses.Particles).Concat(ClosedClasses.Pronouns)
                .Concat(ClosedClasses.RelativePronouns).Concat(ClosedClasses.VerbLemmas).Concat(ClosedClasses.VerbForms)),
            Ids(ClosedClasses.Pronouns),
            Ids(ClosedClasses.RelativePronouns));
        var slotModels = slots.Select(name => new SlotModel(name, null, AutomatonBuilder.TryBuild(new PhraseNode(false, EquatableArray<int>.Empty), 0)!)).ToEquatableArray();
        var rule = new RuleModel(
            "r", 0, "Match", slotModels,
            slots.Select((name, index) => new OutputArgument(name, index)).ToEquatableArray(),
            EquatableArray<OutputAttribute>.Empty,
            pattern,
            AutomatonBuilder.TryBuild(pattern, slots.Length, AutomatonBuilder.DefaultBudget, mergeWords)!,
            EquatableArray<int>.Empty,
            clauses,
            EquatableArray<ExampleModel>.Empty,
            "", default);
        return new RuleProgram("Test", "ar", OverlapMode.Longest, vocabulary.Build(), lexicon, lists.ToEquatableArray(), EquatableArray.Of(rule));
    }

    public ClauseModel Clause(ClauseKind kind, ClauseDirection direction, PatternNode pattern, params OutputAttribute[] sets) =>
        new(kind, direction, pattern, AutomatonBuilder.TryBuild(pattern, 0)!, sets, $"{kind} {direction}");

    private int Intern(string word) => vocabulary.Intern(MatchingKeys.Key(word));

    private EquatableArray<int> Ids(IEnumerable<string> words) => words.Select(Intern).Distinct().Order().ToEquatableArray();
}
