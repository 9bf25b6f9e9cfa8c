using Extract.Language.Model;

namespace Extract.Language.Interpretation;

/// <summary>One rule lowered for the VM: its pattern, its clauses and its slots' antecedent patterns.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(RuleModel rule, int index, IReadOnlyList<ListTrie> tries, int vocabularySize, Dictionary<TokenTest, Predicate> cache)
    {
        Rule = rule;
        Index = index;
        Main = new VmRunner(new VmProgram(rule.Automaton, tries, vocabularySize, cache));
        Clauses = rule.Clauses.Select(clause => new VmRunner(new VmProgram(clause.Automaton, tries, vocabularySize, cache))).ToArray();
        Antecedents = rule.Slots.Select(slot => new VmRunner(new VmProgram(slot.Antecedent, tries, vocabularySize, cache))).ToArray();
        Trigger = [.. rule.Trigger];
    }

    public RuleModel Rule { get; }
    public int Index { get; }
    public VmRunner Main { get; }
    public VmRunner[] Clauses { get; }
    public VmRunner[] Antecedents { get; }
    public int[] Trigger { get; }
}

/// <summary>A VM program with one VM per thread, so that a pack can match documents in parallel.</summary>
internal sealed class VmRunner(VmProgram program)
{
    private readonly ThreadLocal<PikeVm> vms = new(() => new PikeVm(program));

    public VmProgram Program => program;

    /// <summary>The calling thread's VM.</summary>
    public PikeVm Vm => vms.Value!;
}
