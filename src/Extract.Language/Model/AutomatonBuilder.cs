namespace Extract.Language.Model;

/// <summary>
/// Compiles a bound pattern into a Thompson NFA (<see cref="Automaton"/>), back to front: each node is
/// compiled knowing the state that follows it. Iterative over sequences and bounded by a state budget,
/// so a pathological rule costs a diagnostic, never a stack overflow or unbounded memory.
/// </summary>
public sealed class AutomatonBuilder
{
    /// <summary>The default limit on the number of states of one automaton.</summary>
    public const int DefaultBudget = 200_000;

    private readonly List<AutomatonState> states = [];
    private readonly int budget;
    private readonly bool mergeWords;

    private AutomatonBuilder(int budget, bool mergeWords)
    {
        this.budget = budget;
        this.mergeWords = mergeWords;
    }

    /// <summary>
    /// Compiles <paramref name="pattern"/>; null when the automaton would exceed
    /// <paramref name="budget"/> states (or nesting is too deep to compile).
    /// </summary>
    public static Automaton? TryBuild(PatternNode pattern, int slotCount, int budget = DefaultBudget) =>
        TryBuild(pattern, slotCount, budget, mergeWords: true);

    /// <summary>
    /// Compiles <paramref name="pattern"/>, with each run of words in an alternation merged into one
    /// state (<paramref name="mergeWords"/>, see <see cref="WordRuns"/>) or one state per word (the
    /// reference the merged automaton is tested against).
    /// </summary>
    internal static Automaton? TryBuild(PatternNode pattern, int slotCount, int budget, bool mergeWords)
    {
        var builder = new AutomatonBuilder(budget, mergeWords);
        int match = builder.Add(new MatchState());
        int start;
        try
        {
            start = builder.Compile(pattern, match, depth: 0);
        }
        catch (BudgetExceeded)
        {
            return null;
        }
        return new Automaton(builder.states.ToEquatableArray(), start, slotCount * 2);
    }

    /// <summary>
    /// The single-token test equivalent to <paramref name="node"/> (for <c>!a</c>), or null when the
    /// node can match more or less than one token.
    /// </summary>
    public static TokenTest? SingleTokenTest(PatternNode node, IReadOnlyList<ListModel> lists) => node switch
    {
        WordNode word => new StemIn(word.Stems),
        ExactNode exact => new KeyIn(exact.Keys),
        ClassNode cls => new ClassIs(cls.Class),
        ListNode list when lists[list.List].Entries.All(entry => entry.Count == 1) =>
            new StemIn(lists[list.List].Entries.Select(entry => entry[0]).Distinct().OrderBy(id => id).ToEquatableArray()),
        AlternationNode alternation => AllOrNull(alternation.Options.Select(option => SingleTokenTest(option, lists)).ToList()),
        SequenceNode { Items.Count: 1 } sequence => SingleTokenTest(sequence.Items[0], lists),
        NotNode not => new NotTest(not.Test),
        _ => null,
    };

    private static TokenTest? AllOrNull(List<TokenTest?> tests) =>
        tests.Any(test => test is null) ? null : AnyOf(tests.Select(test => test!));

    /// <summary>
    /// The disjunction of <paramref name="tests"/>, flattened, with every stem test merged into one
    /// <see cref="StemIn"/> and every exact test into one <see cref="KeyIn"/> (one look at the token's
    /// forms instead of one per word: <c>!(Stop | Punct)</c> over a 300-word macro stays one set test).
    /// </summary>
    public static TokenTest AnyOf(IEnumerable<TokenTest> tests)
    {
        var options = new List<TokenTest>();
        var stems = new SortedSet<int>();
        var keys = new SortedSet<int>();
        int stemAt = -1, keyAt = -1;
        void Add(TokenTest test)
        {
            switch (test)
            {
                case AnyTest any:
                    foreach (var option in any.Options) Add(option);
                    break;
                case StemIn stem:
                    if (stemAt < 0) { stemAt = options.Count; options.Add(stem); }
                    stems.UnionWith(stem.Ids);
                    break;
                case KeyIn key:
                    if (keyAt < 0) { keyAt = options.Count; options.Add(key); }
                    keys.UnionWith(key.Ids);
                    break;
                default:
                    if (!options.Contains(test)) options.Add(test);
                    break;
            }
        }
        foreach (var test in tests) Add(test);
        if (stemAt >= 0) options[stemAt] = new StemIn(stems.ToEquatableArray());
        if (keyAt >= 0) options[keyAt] = new KeyIn(keys.ToEquatableArray());
        return options.Count == 1 ? options[0] : new AnyTest(options.ToEquatableArray());
    }

    private int Add(AutomatonState state)
    {
        if (states.Count >= budget) throw new BudgetExceeded();
        states.Add(state);
        return states.Count - 1;
    }

    private int Compile(PatternNode node, int next, int depth)
    {
        if (depth > 2_000) throw new BudgetExceeded();
        switch (node)
        {
            case WordNode word:
                return Add(new ConsumeState(new StemIn(word.Stems), ConsumeUnit.Stem, next, word.Source));
            case ExactNode exact:
                return Add(new ConsumeState(new KeyIn(exact.Keys), ConsumeUnit.Token, next, exact.Source));
            case ClassNode { Class: TokenClass.Pron } pron:
            {
                int whole = Add(new ConsumeState(new ClassIs(TokenClass.Pron), ConsumeUnit.Token, next, pron.Source));
                int enclitic = Add(new ConsumeState(new ClassIs(TokenClass.Pron), ConsumeUnit.Enclitic, next, pron.Source));
                return Add(new SplitState(EquatableArray.Of(enclitic, whole)));
            }
            case ClassNode { Class: TokenClass.Word or TokenClass.Any } cls:
                return Add(new ConsumeState(new ClassIs(cls.Class), ConsumeUnit.Stem, next, cls.Source));
            case ClassNode cls:
                return Add(new ConsumeState(new ClassIs(cls.Class), ConsumeUnit.Token, next, cls.Source));
            case ListNode list:
                return Add(new ListState(list.List, next, list.Source));
            case SequenceNode sequence:
                for (int i = sequence.Items.Count - 1; i >= 0; i--) next = Compile(sequence.Items[i], next, depth + 1);
                return next;
            case AlternationNode alternation:
            {
                IReadOnlyList<PatternNode> options = mergeWords ? WordRuns.Merge(alternation) : alternation.Options;
                if (options.Count == 1) return Compile(options[0], next, depth + 1);
                var entries = new int[options.Count];
                for (int i = 0; i < entries.Length; i++) entries[i] = Compile(options[i], next, depth + 1);
                return Add(new SplitState(entries));
            }
            case RepeatNode repeat:
                return CompileRepeat(repeat, next, depth);
            case NotNode not:
                return Add(new ConsumeState(new NotTest(not.Test), ConsumeUnit.Token, next, not.Source));
            case SlotNode slot:
            {
                int close = Add(new SaveState(slot.Slot * 2 + 1, next));
                int body = slot.Body is PhraseNode phrase
                    ? CompilePhrase(phrase, close, slot.Source)
                    : Compile(slot.Body, close, depth + 1);
                return Add(new SaveState(slot.Slot * 2, body));
            }
            case AnchorNode anchor:
                return Add(new AssertState(anchor.Anchor, next));
            case PhraseNode phrase:
                return CompilePhrase(phrase, next, "phrase");
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name);
        }
    }

    private int CompileRepeat(RepeatNode repeat, int next, int depth)
    {
        int current = next;
        if (repeat.Max < 0)
        {
            int loop = Add(new SplitState(EquatableArray<int>.Empty));
            int body = Compile(repeat.Body, loop, depth + 1);
            states[loop] = new SplitState(repeat.Lazy ? EquatableArray.Of(next, body) : EquatableArray.Of(body, next));
            current = loop;
        }
        else
        {
            for (int i = repeat.Min; i < repeat.Max; i++)
            {
                int body = Compile(repeat.Body, current, depth + 1);
                current = Add(new SplitState(repeat.Lazy ? EquatableArray.Of(next, body) : EquatableArray.Of(body, next)));
            }
        }
        for (int i = 0; i < repeat.Min; i++) current = Compile(repeat.Body, current, depth + 1);
        return current;
    }

    // C (InsideSentence C){0,5}, or a single pronoun when allowed.
    private int CompilePhrase(PhraseNode phrase, int next, string element)
    {
        TokenTest test = phrase.Excluded.Count == 0
            ? new IsContent()
            : new NotTest(new AnyTest(EquatableArray.Of<TokenTest>(new NotTest(new IsContent()), new StemIn(phrase.Excluded))));
        int current = next;
        for (int i = 1; i < PhraseNode.MaxTokens; i++)
        {
            int content = Add(new ConsumeState(test, ConsumeUnit.Token, current, element));
            int inside = Add(new AssertState(Anchor.InsideSentence, content));
            current = Add(new SplitState(EquatableArray.Of(inside, next)));
        }
        int first = Add(new ConsumeState(test, ConsumeUnit.Token, current, element));
        if (!phrase.AllowPronoun) return first;
        int enclitic = Add(new ConsumeState(new ClassIs(TokenClass.Pron), ConsumeUnit.Enclitic, next, element));
        int independent = Add(new ConsumeState(new ClassIs(TokenClass.Pron), ConsumeUnit.Token, next, element));
        int relative = Add(new ConsumeState(new IsRelativePronoun(), ConsumeUnit.Token, next, element));
        return Add(new SplitState(EquatableArray.Of(first, enclitic, independent, relative)));
    }

    private sealed class BudgetExceeded : Exception;
}
