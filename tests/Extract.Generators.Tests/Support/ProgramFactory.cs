using Extract.Language.Binding;
using Extract.Language.Model;

namespace Extract.Generators.Tests.Support;

/// <summary>
/// Builds a <see cref="RuleProgram"/> directly from pattern nodes — the model the parser and binder
/// produce — so that the emitter can be tested on exactly the constructs it must handle. Words are
/// interned as they are written (tests write them already normalized).
/// </summary>
public sealed class ProgramFactory(string pack, OverlapMode overlap = OverlapMode.Longest)
{
    private readonly VocabularyBuilder vocabulary = new();
    private readonly List<ListModel> lists = [];
    private readonly List<RuleModel> rules = [];

    public static readonly string[] Stops = ["في", "من", "على", "إلى", "قالت", "دخلت", "تسيطر", "سيطر", "أن", "إن", "لم", "قد", "و", "and", "of"];
    public static readonly string[] Pronouns = ["هو", "هي", "ها", "ه", "هم", "it"];
    public static readonly string[] Relatives = ["التي", "الذي", "which"];

    public int Id(string word) => vocabulary.Intern(word);

    public EquatableArray<int> Ids(params string[] words) => words.Select(Id).Distinct().OrderBy(id => id).ToEquatableArray();

    /// <summary>Declares a list; an entry's words are separated by spaces. Returns its index.</summary>
    public int List(string name, params string[] entries)
    {
        var models = entries
            .Select(entry => entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Id).ToEquatableArray())
            .Distinct()
            .OrderBy(entry => string.Join(",", entry))
            .ToEquatableArray();
        lists.Add(new ListModel(name, models, new SourceLocation("test.rules", lists.Count + 2, 1, name.Length)));
        return lists.Count - 1;
    }

    /// <summary>Adds a rule whose pattern <paramref name="pattern"/> builds in a <see cref="RuleScope"/> (slots numbered there).</summary>
    public ProgramFactory Rule(
        string name,
        string relation,
        string source,
        Func<RuleScope, PatternNode> pattern,
        (string Role, string Slot)[]? outputs = null,
        int priority = 0,
        (string Name, string Value)[]? attributes = null,
        Func<RuleScope, ClauseModel>[]? clauses = null,
        int[]? trigger = null,
        bool derivedTrigger = false)
    {
        var scope = new RuleScope(this);
        // As the binder does: a default phrase stops before the rule's own words.
        var excluded = Literals(pattern(scope)).Distinct().OrderBy(id => id).ToEquatableArray();
        scope = new RuleScope(this);
        var node = Exclude(pattern(scope), excluded);
        var automaton = AutomatonBuilder.TryBuild(node, scope.Slots.Count) ?? throw new InvalidOperationException("pattern too large");
        var slots = scope.Slots.Select(slot => new SlotModel(
            slot.Name,
            slot.Type,
            AutomatonBuilder.TryBuild(slot.Body is PhraseNode or ClassNode { Class: TokenClass.Pron } ? new PhraseNode(false, excluded) : slot.Body, 0)!)).ToEquatableArray();
        var arguments = (outputs ?? scope.Slots.Select(slot => (slot.Name, slot.Name)).ToArray())
            .Select(output => new OutputArgument(output.Role, scope.Slots.FindIndex(slot => slot.Name == output.Slot)))
            .ToEquatableArray();
        rules.Add(new RuleModel(
            name,
            priority,
            relation,
            slots,
            arguments,
            (attributes ?? []).Select(a => new OutputAttribute(a.Name, a.Value)).ToEquatableArray(),
            node,
            automaton,
            derivedTrigger ? PatternFacts.Trigger(node, lists, id => id) : (trigger ?? []).ToEquatableArray(),
            (clauses ?? []).Select(clause => clause(new RuleScope(this))).ToEquatableArray(),
            EquatableArray<ExampleModel>.Empty,
            source,
            new SourceLocation("rules/test.rules", rules.Count + 10, 1, source.Length)));
        return this;
    }

    public IReadOnlyList<ListModel> Lists => lists;

    private static IEnumerable<int> Literals(PatternNode node) => node switch
    {
        WordNode word => word.Stems,
        ExactNode exact => exact.Keys,
        SequenceNode sequence => sequence.Items.SelectMany(Literals),
        AlternationNode alternation => alternation.Options.SelectMany(Literals),
        RepeatNode repeat => Literals(repeat.Body),
        NotNode not => Literals(not.Operand),
        SlotNode slot => Literals(slot.Body),
        _ => [],
    };

    private static PatternNode Exclude(PatternNode node, EquatableArray<int> excluded) => node switch
    {
        PhraseNode phrase => new PhraseNode(phrase.AllowPronoun, excluded),
        SequenceNode sequence => sequence with { Items = sequence.Items.Select(item => Exclude(item, excluded)).ToEquatableArray() },
        AlternationNode alternation => alternation with { Options = alternation.Options.Select(option => Exclude(option, excluded)).ToEquatableArray() },
        RepeatNode repeat => repeat with { Body = Exclude(repeat.Body, excluded) },
        SlotNode slot => slot with { Body = Exclude(slot.Body, excluded) },
        _ => node,
    };

    public RuleProgram Build()
    {
        var lexicon = new PhraseLexicon(Ids([.. Stops, .. Pronouns, .. Relatives]), Ids(Pronouns), Ids(Relatives));
        return new RuleProgram(pack, "ar", overlap, vocabulary.Build(), lexicon, lists.ToEquatableArray(), rules.ToEquatableArray());
    }
}

/// <summary>Pattern builders for one rule: words are interned, slots numbered in order of appearance.</summary>
public sealed class RuleScope(ProgramFactory factory)
{
    public List<(string Name, string? Type, PatternNode Body)> Slots { get; } = [];

    public PatternNode Word(params string[] stems) => new WordNode(factory.Ids(stems)) { Source = string.Join("|", stems) };
    public PatternNode Exact(params string[] keys) => new ExactNode(factory.Ids(keys)) { Source = "\"" + string.Join("|", keys) + "\"" };
    public PatternNode Class(TokenClass cls) => new ClassNode(cls) { Source = cls.ToString() };
    public PatternNode List(int list) => new ListNode(list) { Source = factory.Lists[list].Name };
    public PatternNode Seq(params PatternNode[] items) => new SequenceNode(items);
    public PatternNode Alt(params PatternNode[] options) => new AlternationNode(options);
    public PatternNode Repeat(PatternNode body, int min, int max, bool lazy = false) => new RepeatNode(body, min, max, lazy);
    public PatternNode Not(PatternNode operand) =>
        new NotNode(operand, AutomatonBuilder.SingleTokenTest(operand, factory.Lists) ?? new ClassIs(TokenClass.Any)) { Source = "!" + operand.Source };
    public PatternNode Anchor(Anchor anchor) => new AnchorNode(anchor);

    /// <summary>Slot <paramref name="name"/>: the default phrase, or <paramref name="type"/> when given.</summary>
    public PatternNode Slot(string name, PatternNode? type = null, string? typeName = null)
    {
        int index = Slots.FindIndex(slot => slot.Name == name);
        var body = type ?? new PhraseNode();
        if (index < 0)
        {
            Slots.Add((name, typeName, body));
            index = Slots.Count - 1;
        }
        return new SlotNode(index, body);
    }

    /// <summary>An <c>unless</c> (no sets) or <c>when … set</c> clause.</summary>
    public ClauseModel Clause(ClauseDirection direction, PatternNode pattern, string source, params (string Name, string Value)[] sets) =>
        new(sets.Length == 0 ? ClauseKind.Unless : ClauseKind.When,
            direction,
            pattern,
            AutomatonBuilder.TryBuild(pattern, 0)!,
            sets.Select(set => new OutputAttribute(set.Name, set.Value)).ToEquatableArray(),
            source);
}
