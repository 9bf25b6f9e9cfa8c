using System.Globalization;
using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// How an automaton's word tests name their ids in emitted code: as constants (an id, or a static id
/// set), or as the constructor parameters of a shared shape (<c>w0</c>, <c>w1</c>…), numbered by
/// state and by the test's position inside the state.
/// </summary>
internal abstract class WordIds
{
    private int state = -1;
    private int leaf;

    /// <summary>Starts the tests of state <paramref name="pc"/>.</summary>
    public void Begin(int pc)
    {
        state = pc;
        leaf = 0;
    }

    /// <summary>The expression for the next word test's ids in the current state.</summary>
    public string Next(EquatableArray<int> ids) => Name(state, leaf++, ids);

    protected abstract string Name(int pc, int leaf, EquatableArray<int> ids);

    /// <summary>True when the ids are constants (they can be merged into one set).</summary>
    public abstract bool AreConstants { get; }
}

/// <summary>Ids written as constants: an integer, or a field of the pack's id sets.</summary>
internal sealed class ConstantWordIds(IdSetTable sets) : WordIds
{
    public override bool AreConstants => true;

    protected override string Name(int pc, int leaf, EquatableArray<int> ids) =>
        ids.Count == 1 ? ids[0].ToString(CultureInfo.InvariantCulture) : sets.Field(ids);
}

/// <summary>Ids written as the parameters of a shape shared by several rules.</summary>
internal sealed class ParameterWordIds(RuleShape shape) : WordIds
{
    public override bool AreConstants => false;

    protected override string Name(int pc, int leaf, EquatableArray<int> ids) => shape.ParameterName(pc, leaf);
}

/// <summary>
/// The shape of a rule's automaton: the automaton with every word test's ids blanked (one marker for a
/// single id, another for a set). Rules of one shape share one emitted class and pass their own ids.
/// </summary>
internal sealed class RuleShape
{
    private readonly Dictionary<(int Pc, int Leaf), int> parameters = [];

    private RuleShape(Automaton key) => Key = key;

    public Automaton Key { get; }

    /// <summary>Parameter types in order: <c>int</c> for a single id, an id set otherwise.</summary>
    public List<bool> IsSet { get; } = [];

    public string ParameterName(int pc, int leaf) => "w" + parameters[(pc, leaf)].ToString(CultureInfo.InvariantCulture);

    /// <summary>The constructor arguments of one rule of this shape: its ids, in parameter order.</summary>
    public static List<EquatableArray<int>> Arguments(Automaton automaton)
    {
        var arguments = new List<EquatableArray<int>>();
        foreach (var state in automaton.States)
            if (state is ConsumeState consume) Collect(consume.Test, arguments);
        return arguments;
    }

    public static RuleShape Of(Automaton automaton)
    {
        var states = automaton.States.Select(state => state is ConsumeState consume ? consume with { Test = Blank(consume.Test), Element = "" } : state is ListState list ? list with { Element = "" } : state).ToEquatableArray();
        var shape = new RuleShape(automaton with { States = states });
        for (int pc = 0; pc < automaton.Count; pc++)
        {
            if (automaton.States[pc] is not ConsumeState consume) continue;
            var leaves = new List<EquatableArray<int>>();
            Collect(consume.Test, leaves);
            for (int leaf = 0; leaf < leaves.Count; leaf++)
            {
                shape.parameters[(pc, leaf)] = shape.IsSet.Count;
                shape.IsSet.Add(leaves[leaf].Count != 1);
            }
        }
        return shape;
    }

    private static void Collect(TokenTest test, List<EquatableArray<int>> leaves)
    {
        switch (test)
        {
            case StemIn stem: leaves.Add(stem.Ids); break;
            case KeyIn key: leaves.Add(key.Ids); break;
            case NotTest not: Collect(not.Operand, leaves); break;
            case AnyTest any: foreach (var option in any.Options) Collect(option, leaves); break;
        }
    }

    // Markers of the blanked ids: one id, or a set (two markers, so that code asking "one id?" of a
    // shape's tests gets the same answer as for the rules' own tests).
    private static readonly EquatableArray<int> Single = EquatableArray.Of(-1);
    private static readonly EquatableArray<int> Many = EquatableArray.Of(-2, -2);

    private static TokenTest Blank(TokenTest test) => test switch
    {
        StemIn stem => new StemIn(stem.Ids.Count == 1 ? Single : Many),
        KeyIn key => new KeyIn(key.Ids.Count == 1 ? Single : Many),
        NotTest not => new NotTest(Blank(not.Operand)),
        AnyTest any => new AnyTest(any.Options.Select(Blank).ToEquatableArray()),
        _ => test,
    };
}
