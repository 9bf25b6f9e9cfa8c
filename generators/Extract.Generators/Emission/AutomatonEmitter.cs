using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// Turns one <see cref="Automaton"/> into a nested class deriving from the runtime's <c>CompiledRule</c>:
/// the states that do not consume become a <c>Follow</c> switch (splits, captures, anchors, list
/// entries), the consuming states a <c>Step</c> switch with their token tests as integer comparisons.
/// </summary>
internal sealed class AutomatonEmitter(IdSetTable sets, Func<int, string> listField, IReadOnlyList<ListModel> lists)
{
    /// <summary>Writes the class; <paramref name="members"/> adds members of the rule it belongs to, if any.</summary>
    public void Emit(CodeWriter code, string className, Automaton automaton, IReadOnlyList<string> slotNames, Action<CodeWriter>? members = null)
    {
        var lists = new List<(int State, ListState List)>();
        for (int pc = 0; pc < automaton.Count; pc++)
            if (automaton.States[pc] is ListState list) lists.Add((pc, list));

        code.Open($"private sealed class {className} : global::Extract.Matching.Compiled.CompiledRule");
        var occurrences = string.Concat(lists.Select(entry =>
            $", new global::Extract.Matching.Compiled.ListOccurrence({entry.State}, {listField(entry.List.List)}, {entry.List.Next})"));
        code.Line($"internal static readonly global::Extract.Matching.Compiled.RuleLayout Layout = new global::Extract.Matching.Compiled.RuleLayout({automaton.Count}, {automaton.Start}, {automaton.RegisterCount}{occurrences});");
        code.Line();
        code.Line($"public {className}() : base(Layout) {{ }}");
        code.Line();
        EmitFollow(code, automaton, lists, slotNames);
        code.Line();
        EmitStep(code, automaton);
        if (FirstWords(automaton) is { } first)
        {
            code.Line();
            code.Line("// Every match starts with one of these words: other tokens are not tried.");
            var test = first.Count == 1 ? first[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : sets.Field(first);
            code.Line($"protected override bool CanStartAt(int token) => token < Lattice.TokenCount && HasForm(token, {test});");
        }
        if (members is not null)
        {
            code.Line();
            members(code);
        }
        code.Close();
    }

    private static void EmitFollow(CodeWriter code, Automaton automaton, List<(int State, ListState List)> lists, IReadOnlyList<string> slotNames)
    {
        code.Open("protected override bool Follow(int pc)");
        code.Open("switch (pc)");
        for (int pc = 0; pc < automaton.Count; pc++)
        {
            switch (automaton.States[pc])
            {
                case SplitState split:
                    var targets = split.Next.Reverse().Select(target => $"Go({target}); ");
                    code.Line($"case {pc}: {string.Concat(targets)}return false; // try {string.Join(", then ", split.Next)}");
                    break;
                case SaveState save:
                    int slot = save.Register / 2;
                    string slotName = slot < slotNames.Count ? slotNames[slot] : "slot " + slot;
                    string edge = save.Register % 2 == 0 ? "starts" : "ends";
                    code.Line($"case {pc}: Save({save.Register}, {save.Next}); return false; // {CSharp.XmlEscape(slotName)} {edge}");
                    break;
                case AssertState assert:
                    code.Line($"case {pc}: Assert(global::Extract.Matching.Compiled.PositionAnchor.{assert.Anchor}, {assert.Next}); return false;");
                    break;
                case ListState list:
                    int occurrence = lists.FindIndex(entry => entry.State == pc);
                    code.Line($"case {pc}: EnterList({occurrence}); return false; // {Comment(list.Element)}");
                    break;
            }
        }
        code.Line("default: return true;");
        code.Close();
        code.Close();
    }

    private void EmitStep(CodeWriter code, Automaton automaton)
    {
        code.Open("protected override void Step(int pc, int token, bool boundary)");
        code.Open("switch (pc)");
        for (int pc = 0; pc < automaton.Count; pc++)
        {
            switch (automaton.States[pc])
            {
                case MatchState:
                    code.Line($"case {pc}: Accept(); return; // the whole pattern matched");
                    break;
                case ConsumeState consume:
                    code.Line($"case {pc}: // {(consume.Element.Length > 0 ? Comment(consume.Element) : Describe(consume.Test))}");
                    code.Indent();
                    EmitConsume(code, consume);
                    code.Line("return;");
                    code.Outdent();
                    break;
            }
        }
        code.Close();
        code.Close();
    }

    private void EmitConsume(CodeWriter code, ConsumeState consume)
    {
        switch (consume.Unit)
        {
            case ConsumeUnit.Enclitic:
                code.Line($"if (!boundary && CurrentSplit >= 0{And(OnEnclitic(consume.Test))}) TakeEnclitic({consume.Next});");
                break;
            case ConsumeUnit.Stem when consume.Test is StemIn stems:
                var set = stems.Ids.Count == 1 ? stems.Ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : sets.Field(stems.Ids);
                code.Line($"if (boundary && token < Lattice.TokenCount && HasForm(token, {set})) TakeStem({consume.Next}, {set});");
                break;
            default:
                code.Line($"if (boundary && token < Lattice.TokenCount{And(OnToken(consume.Test))}) TakeToken({consume.Next});");
                break;
        }
    }

    /// <summary>
    /// The ids of which one is a stem form of the first token of every match, or null when the first
    /// element is not a word, an exact word or a list (or the pattern can match nothing at all).
    /// </summary>
    private EquatableArray<int>? FirstWords(Automaton automaton)
    {
        var ids = new SortedSet<int>();
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
                case ConsumeState { Unit: ConsumeUnit.Token or ConsumeUnit.Stem, Test: StemIn stems }:
                    ids.UnionWith(stems.Ids);
                    break;
                case ConsumeState { Unit: ConsumeUnit.Token, Test: KeyIn keys }:
                    ids.UnionWith(keys.Ids);
                    break;
                case ListState list when list.List < lists.Count && lists[list.List].Entries.All(entry => entry.Count > 0):
                    ids.UnionWith(lists[list.List].Entries.Select(entry => entry[0]));
                    break;
                default:
                    return null;
            }
        }
        if (ids.Count == 0) return null;
        return ids.ToEquatableArray();
    }

    /// <summary>The test on a whole token, as a C# condition over <c>token</c>.</summary>
    public string OnToken(TokenTest test) => test switch
    {
        StemIn { Ids.Count: 1 } stem => $"HasForm(token, {stem.Ids[0]})",
        StemIn stem => $"HasForm(token, {sets.Field(stem.Ids)})",
        KeyIn { Ids.Count: 1 } key => $"Lattice.KeyId(token) == {key.Ids[0]}",
        KeyIn key => $"{sets.Field(key.Ids)}.Contains(Lattice.KeyId(token))",
        ClassIs { Class: TokenClass.Any } => "true",
        ClassIs { Class: TokenClass.Word } => "KindOf(token) is global::Extract.Analysis.TokenKind.Arabic or global::Extract.Analysis.TokenKind.Latin",
        ClassIs { Class: TokenClass.Num } => "KindOf(token) == global::Extract.Analysis.TokenKind.Number",
        ClassIs { Class: TokenClass.Punct } => "KindOf(token) == global::Extract.Analysis.TokenKind.Punctuation",
        ClassIs { Class: TokenClass.Pron } => "Lattice.IsPronoun(token)",
        ClassIs => "false",
        IsContent => "Lattice.IsContent(token)",
        IsRelativePronoun => "Lattice.IsRelative(token)",
        NotTest not => $"!({OnToken(not.Operand)})",
        AnyTest { Options.Count: 0 } => "false",
        AnyTest any => "(" + string.Join(" || ", any.Options.Select(option => OnToken(option))) + ")",
        _ => throw new NotSupportedException("token test " + test.GetType().Name),
    };

    /// <summary>The test on the enclitic the thread stands before, as a C# condition.</summary>
    public string OnEnclitic(TokenTest test) => test switch
    {
        StemIn { Ids.Count: 1 } stem => $"EncliticId == {stem.Ids[0]}",
        StemIn stem => $"{sets.Field(stem.Ids)}.Contains(EncliticId)",
        KeyIn { Ids.Count: 1 } key => $"EncliticId == {key.Ids[0]}",
        KeyIn key => $"{sets.Field(key.Ids)}.Contains(EncliticId)",
        ClassIs { Class: TokenClass.Pron or TokenClass.Any } => "true",
        ClassIs or IsContent or IsRelativePronoun => "false",
        NotTest not => $"!({OnEnclitic(not.Operand)})",
        AnyTest { Options.Count: 0 } => "false",
        AnyTest any => "(" + string.Join(" || ", any.Options.Select(option => OnEnclitic(option))) + ")",
        _ => throw new NotSupportedException("token test " + test.GetType().Name),
    };

    private static string And(string condition) => condition == "true" ? "" : " && " + condition;

    private static string Describe(TokenTest test) => test switch
    {
        IsContent => "a content word (default phrase)",
        IsRelativePronoun => "a relative pronoun",
        ClassIs cls => cls.Class.ToString(),
        StemIn stem => $"one of {stem.Ids.Count} stems",
        KeyIn key => $"one of {key.Ids.Count} exact words",
        NotTest not => "not " + Describe(not.Operand),
        AnyTest any => string.Join(" or ", any.Options.Select(Describe)),
        _ => test.GetType().Name,
    };

    private static string Comment(string element) => CSharp.XmlEscape(element.Replace('\n', ' ').Replace('\r', ' '));
}
