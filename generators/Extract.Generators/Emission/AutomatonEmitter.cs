using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// Turns one <see cref="Automaton"/> into a nested class deriving from the runtime's <c>CompiledRule</c>:
/// the states that do not consume become a <c>Follow</c> switch (splits, captures, anchors, list
/// entries), the consuming states a <c>Step</c> switch with their token tests as integer comparisons.
/// </summary>
internal sealed class AutomatonEmitter(IdSetTable sets, Func<int, string> listField, IReadOnlyList<ListModel> lists)
{
    private const string Base = "global::Extract.Matching.Compiled.CompiledRule";

    /// <summary>Writes a class for one automaton, ids inline; <paramref name="members"/> adds members of the rule it belongs to.</summary>
    public void Emit(CodeWriter code, string className, Automaton automaton, IReadOnlyList<string> slotNames, Action<CodeWriter>? members = null) =>
        EmitClass(code, $"private sealed class {className} : {Base}", $"public {className}() : base(Layout) {{ }}",
            automaton, slotNames, new ConstantWordIds(sets), members);

    /// <summary>Writes the class of a shape shared by several automata: their ids are constructor parameters.</summary>
    public void EmitShape(CodeWriter code, string className, RuleShape shape, IReadOnlyList<string> slotNames)
    {
        var parameters = shape.IsSet.Select((isSet, i) => (isSet ? "global::Extract.Matching.Compiled.IdSet" : "int") + " w" + i).ToList();
        var constructor = new List<string>
        {
            $"public {className}({string.Join(", ", parameters)}) : base(Layout)",
            "{",
        };
        constructor.AddRange(shape.IsSet.Select((_, i) => $"    this.w{i} = w{i};"));
        constructor.Add("}");
        EmitClass(code, $"private class {className} : {Base}", string.Join("\n", constructor), shape.Key, slotNames, new ParameterWordIds(shape), members: null,
            fields: shape.IsSet.Select((isSet, i) => $"private readonly {(isSet ? "global::Extract.Matching.Compiled.IdSet" : "int")} w{i};").ToList());
    }

    private void EmitClass(CodeWriter code, string header, string constructor, Automaton automaton, IReadOnlyList<string> slotNames,
        WordIds ids, Action<CodeWriter>? members, IReadOnlyList<string>? fields = null)
    {
        var lists = new List<(int State, ListState List)>();
        for (int pc = 0; pc < automaton.Count; pc++)
            if (automaton.States[pc] is ListState list) lists.Add((pc, list));

        code.Open(header);
        var occurrences = string.Concat(lists.Select(entry =>
            $", new global::Extract.Matching.Compiled.ListOccurrence({entry.State}, {listField(entry.List.List)}, {entry.List.Next})"));
        code.Line($"internal static readonly global::Extract.Matching.Compiled.RuleLayout Layout = new global::Extract.Matching.Compiled.RuleLayout({automaton.Count}, {automaton.Start}, {automaton.RegisterCount}{occurrences});");
        foreach (var field in fields ?? []) code.Line(field);
        code.Line();
        foreach (var line in constructor.Split('\n')) code.Line(line);
        code.Line();
        EmitTables(code, automaton);
        code.Line();
        EmitFollow(code, automaton, lists, slotNames);
        code.Line();
        EmitStep(code, automaton, ids);
        if (FirstTests(automaton, ids) is { } first)
        {
            code.Line();
            code.Line("// The first token of every match passes one of these tests: other tokens are not tried.");
            code.Line($"protected override bool CanStartAt(int token) => token < Lattice.TokenCount && ({string.Join(" || ", first)});");
        }
        if (members is not null)
        {
            code.Line();
            members(code);
        }
        code.Close();
    }

    // Non-consuming states: one case group per kind of action, so that the switch stays small however
    // large the automaton; where a state goes next comes from the class's Next and Targets tables.
    private static void EmitFollow(CodeWriter code, Automaton automaton, List<(int State, ListState List)> lists, IReadOnlyList<string> slotNames)
    {
        var groups = new CaseGroups();
        for (int pc = 0; pc < automaton.Count; pc++)
        {
            switch (automaton.States[pc])
            {
                case SplitState split:
                    groups.Add(pc, "Fork(Targets[pc]); return false;", "alternatives and repetitions, in priority order");
                    break;
                case SaveState save:
                    int slot = save.Register / 2;
                    string slotName = slot < slotNames.Count ? slotNames[slot] : "slot " + slot;
                    string edge = save.Register % 2 == 0 ? "starts" : "ends";
                    groups.Add(pc, $"Save({save.Register}, Next[pc]); return false;", $"{CSharp.XmlEscape(slotName)} {edge}");
                    break;
                case AssertState assert:
                    groups.Add(pc, $"Assert(global::Extract.Matching.Compiled.PositionAnchor.{assert.Anchor}, Next[pc]); return false;", assert.Anchor.ToString());
                    break;
                case ListState list:
                    int occurrence = lists.FindIndex(entry => entry.State == pc);
                    groups.Add(pc, $"EnterList({occurrence}); return false;", Comment(list.Element));
                    break;
            }
        }
        code.Open("protected override bool Follow(int pc)");
        code.Open("switch (pc)");
        groups.Emit(code);
        code.Line("default: return true;");
        code.Close();
        code.Close();
    }

    // Consuming states: one case group per distinct test, the state after it from the Next table.
    private void EmitStep(CodeWriter code, Automaton automaton, WordIds ids)
    {
        var groups = new CaseGroups();
        for (int pc = 0; pc < automaton.Count; pc++)
        {
            switch (automaton.States[pc])
            {
                case MatchState:
                    groups.Add(pc, "Accept(); return;", "the whole pattern matched");
                    break;
                case ConsumeState consume:
                    ids.Begin(pc);
                    groups.Add(pc, Consume(consume, ids) + " return;", consume.Element.Length > 0 ? Comment(consume.Element) : Describe(consume.Test));
                    break;
            }
        }
        code.Open("protected override void Step(int pc, int token, bool boundary)");
        code.Open("switch (pc)");
        groups.Emit(code);
        code.Close();
        code.Close();
    }

    /// <summary>Where each state goes next (consume, save, assert, list states) and each split's targets.</summary>
    private static void EmitTables(CodeWriter code, Automaton automaton)
    {
        var next = automaton.States.Select(state => state switch
        {
            ConsumeState consume => consume.Next,
            SaveState save => save.Next,
            AssertState assert => assert.Next,
            ListState list => list.Next,
            _ => -1,
        });
        code.Line($"private static readonly int[] Next = new int[] {{ {string.Join(", ", next)} }};");
        if (!automaton.States.Any(state => state is SplitState))
        {
            code.Line("private static readonly int[][] Targets = global::System.Array.Empty<int[]>();");
            return;
        }
        var targets = automaton.States.Select(state => state is SplitState split ? $"new int[] {{ {string.Join(", ", split.Next)} }}" : "None");
        code.Line("private static readonly int[] None = global::System.Array.Empty<int>();");
        code.Line($"private static readonly int[][] Targets = new int[][] {{ {string.Join(", ", targets)} }};");
    }

    private static string Consume(ConsumeState consume, WordIds ids)
    {
        switch (consume.Unit)
        {
            case ConsumeUnit.Enclitic:
                return $"if (!boundary && CurrentSplit >= 0{And(OnEnclitic(consume.Test, ids))}) TakeEnclitic(Next[pc]);";
            case ConsumeUnit.Stem when consume.Test is StemIn stems:
                var set = ids.Next(stems.Ids);
                return $"if (boundary && token < Lattice.TokenCount && HasForm(token, {set})) TakeStem(Next[pc], {set});";
            case ConsumeUnit.Stem:
                return $"if (boundary && token < Lattice.TokenCount{And(OnToken(consume.Test, ids))}) TakeStem(Next[pc]);";
            default:
                return $"if (boundary && token < Lattice.TokenCount{And(OnToken(consume.Test, ids))}) TakeToken(Next[pc]);";
        }
    }

    /// <summary>
    /// The conditions of which one holds on the first token of every match: the word sets of the first
    /// elements (one set when their ids are constants), or their whole token tests (a class, a negated
    /// word); null when a match can be empty or start with something else.
    /// </summary>
    private List<string>? FirstTests(Automaton automaton, WordIds ids)
    {
        var constants = new SortedSet<int>();
        var expressions = new List<string>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(automaton.Start);
        while (stack.Count > 0)
        {
            int pc = stack.Pop();
            if (!seen.Add(pc)) continue;
            switch (automaton.States[pc])
            {
                case SplitState split:
                    foreach (int next in split.Next) stack.Push(next);
                    break;
                case SaveState save:
                    stack.Push(save.Next);
                    break;
                case AssertState assert:
                    stack.Push(assert.Next);
                    break;
                case ConsumeState { Unit: ConsumeUnit.Enclitic }:
                    break;   // an enclitic is never at a token boundary, where matches start
                case ConsumeState { Test: StemIn or KeyIn } consume when ids.AreConstants:
                    constants.UnionWith(consume.Test is StemIn stem ? stem.Ids : ((KeyIn)consume.Test).Ids);
                    break;
                case ConsumeState consume:
                    ids.Begin(pc);
                    var condition = OnToken(consume.Test, ids);
                    if (condition == "true") return null;
                    expressions.Add(condition);
                    break;
                case ListState list when list.List < lists.Count && lists[list.List].Entries.All(entry => entry.Count > 0):
                    constants.UnionWith(lists[list.List].Entries.Select(entry => entry[0]));
                    break;
                default:
                    return null;
            }
        }
        if (constants.Count > 0)
            expressions.Insert(0, $"HasForm(token, {(constants.Count == 1 ? constants.Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : sets.Field(constants.ToEquatableArray()))})");
        return expressions.Count == 0 ? null : expressions.Distinct().ToList();
    }

    /// <summary>The test on a whole token, as a C# condition over <c>token</c>.</summary>
    private static string OnToken(TokenTest test, WordIds ids) => test switch
    {
        StemIn stem => $"HasForm(token, {ids.Next(stem.Ids)})",
        KeyIn key => KeyTest(ids.Next(key.Ids), key.Ids.Count == 1, "Lattice.KeyId(token)"),
        ClassIs { Class: TokenClass.Any } => "true",
        ClassIs { Class: TokenClass.Word } => "KindOf(token) is global::Extract.Analysis.TokenKind.Arabic or global::Extract.Analysis.TokenKind.Latin",
        ClassIs { Class: TokenClass.Num } => "KindOf(token) == global::Extract.Analysis.TokenKind.Number",
        ClassIs { Class: TokenClass.Punct } => "KindOf(token) == global::Extract.Analysis.TokenKind.Punctuation",
        ClassIs { Class: TokenClass.Pron } => "Lattice.IsPronoun(token)",
        ClassIs => "false",
        IsContent => "Lattice.IsContent(token)",
        IsRelativePronoun => "Lattice.IsRelative(token)",
        NotTest not => $"!({OnToken(not.Operand, ids)})",
        AnyTest { Options.Count: 0 } => "false",
        AnyTest any => "(" + string.Join(" || ", any.Options.Select(option => OnToken(option, ids))) + ")",
        _ => throw new NotSupportedException("token test " + test.GetType().Name),
    };

    /// <summary>The test on the enclitic the thread stands before, as a C# condition.</summary>
    private static string OnEnclitic(TokenTest test, WordIds ids) => test switch
    {
        StemIn stem => KeyTest(ids.Next(stem.Ids), stem.Ids.Count == 1, "EncliticId"),
        KeyIn key => KeyTest(ids.Next(key.Ids), key.Ids.Count == 1, "EncliticId"),
        ClassIs { Class: TokenClass.Pron or TokenClass.Any } => "true",
        ClassIs or IsContent or IsRelativePronoun => "false",
        NotTest not => $"!({OnEnclitic(not.Operand, ids)})",
        AnyTest { Options.Count: 0 } => "false",
        AnyTest any => "(" + string.Join(" || ", any.Options.Select(option => OnEnclitic(option, ids))) + ")",
        _ => throw new NotSupportedException("token test " + test.GetType().Name),
    };

    private static string KeyTest(string ids, bool single, string key) => single ? $"{key} == {ids}" : $"{ids}.Contains({key})";

    private static string And(string condition) => condition == "true" ? "" : " && " + condition;

    private static string Describe(TokenTest test) => test switch
    {
        IsContent => "a content word (default phrase)",
        IsRelativePronoun => "a relative pronoun",
        ClassIs cls => cls.Class.ToString(),
        StemIn stem => stem.Ids.Any(id => id < 0) ? "a stem of the rule's words" : $"one of {stem.Ids.Count} stems",
        KeyIn key => key.Ids.Any(id => id < 0) ? "an exact word of the rule's words" : $"one of {key.Ids.Count} exact words",
        NotTest not => "not " + Describe(not.Operand),
        AnyTest any => string.Join(" or ", any.Options.Select(Describe)),
        _ => test.GetType().Name,
    };

    private static string Comment(string element) => CSharp.XmlEscape(element.Replace('\n', ' ').Replace('\r', ' '));
}
