using System.ComponentModel;

namespace Extract.Matching.Compiled;

/// <summary><c>role: Slot</c> in a generated rule's output.</summary>
/// <param name="Role">The role.</param>
/// <param name="Slot">The slot's number.</param>
public readonly record struct RuleArgument(string Role, int Slot);

/// <summary><c>attr: value</c> in a generated rule's output or in a <c>when … set</c> clause.</summary>
/// <param name="Name">The attribute.</param>
/// <param name="Value">Its value.</param>
public readonly record struct RuleAttribute(string Name, string Value);

/// <summary>An <c>unless</c> or <c>when</c> clause of a generated rule.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ClauseSpec
{
    private readonly ThreadLocal<CompiledRule> automaton;

    /// <summary>Describes a clause; <paramref name="automaton"/> makes its pattern's matcher.</summary>
    public ClauseSpec(bool unless, bool before, RuleAttribute[] sets, Func<CompiledRule> automaton)
    {
        Unless = unless;
        Before = before;
        Sets = sets;
        this.automaton = new ThreadLocal<CompiledRule>(automaton);
    }

    /// <summary>True for <c>unless</c> (discard the match), false for <c>when</c> (set attributes).</summary>
    public bool Unless { get; }

    /// <summary>True when the pattern is looked for right before the match, false right after it.</summary>
    public bool Before { get; }

    /// <summary>The attributes a <c>when</c> clause sets.</summary>
    public RuleAttribute[] Sets { get; }

    /// <summary>The calling thread's matcher of the clause's pattern.</summary>
    public CompiledRule Automaton => automaton.Value!;
}

/// <summary>Everything a generated rule needs besides its automaton: its output, its clauses, its slots' antecedents.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RuleSpec
{
    private readonly ThreadLocal<CompiledRule> main;
    private readonly ThreadLocal<CompiledRule>[] antecedents;

    /// <summary>
    /// Describes a rule. With a <paramref name="trigger"/> and a bounded <paramref name="maxTokens"/>, a
    /// match can only start within <paramref name="maxTokens"/> tokens before a trigger word, and the
    /// matcher starts nowhere else; nor where the next token of one of the <paramref name="requirements"/>
    /// (word sets every match contains a token of) is that far or farther.
    /// </summary>
    public RuleSpec(
        string name,
        string relation,
        int priority,
        int index,
        RuleArgument[] arguments,
        RuleAttribute[] attributes,
        ClauseSpec[] clauses,
        Func<CompiledRule> main,
        Func<CompiledRule>[] antecedents,
        int[]? trigger = null,
        int maxTokens = -1,
        IdSet[]? requirements = null)
    {
        Requirements = requirements ?? [];
        Trigger = trigger ?? [];
        MaxTokens = maxTokens;
        Name = name;
        Relation = relation;
        Priority = priority;
        Index = index;
        Arguments = arguments;
        Attributes = attributes;
        Clauses = clauses;
        this.main = new ThreadLocal<CompiledRule>(main);
        this.antecedents = Array.ConvertAll(antecedents, factory => new ThreadLocal<CompiledRule>(factory));
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>The relation it produces.</summary>
    public string Relation { get; }

    /// <summary>Its priority.</summary>
    public int Priority { get; }

    /// <summary>Its position in file order.</summary>
    public int Index { get; }

    /// <summary>The output roles, in the order written.</summary>
    public RuleArgument[] Arguments { get; }

    /// <summary>The literal attributes, in the order written.</summary>
    public RuleAttribute[] Attributes { get; }

    /// <summary>The clauses, in order.</summary>
    public ClauseSpec[] Clauses { get; }

    /// <summary>Sorted word ids of which every match contains one (empty: no such word).</summary>
    public int[] Trigger { get; }

    /// <summary>Word sets of which every match contains a token from each, besides the trigger.</summary>
    public IdSet[] Requirements { get; }

    /// <summary>The most tokens a match touches, or -1 when unbounded.</summary>
    public int MaxTokens { get; }

    /// <summary>The calling thread's matcher of the rule's pattern.</summary>
    public CompiledRule Main => main.Value!;

    /// <summary>The calling thread's matcher of one phrase of slot <paramref name="slot"/>'s type.</summary>
    public CompiledRule Antecedent(int slot) => antecedents[slot].Value!;
}
