using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Language.Interpretation;

/// <summary>
/// Runs a <see cref="RuleProgram"/> over analyzed documents with a Pike VM: time linear in tokens ×
/// automaton size for every rule, only rules whose trigger literal occurs in the document run, overlaps
/// resolved with <see cref="OverlapResolver"/>. Thread-safe; deterministic.
/// </summary>
public sealed class Interpreter
{
    private readonly KeyTable table;
    private readonly PhraseSets phrase;
    private readonly CompiledRule[] rules;
    private readonly Dictionary<int, int[]> rulesByTrigger;
    private readonly int[] alwaysRun;

    /// <summary>Prepares <paramref name="program"/> for matching.</summary>
    public Interpreter(RuleProgram program)
    {
        Program = program;
        table = program.Vocabulary.CreateTable();
        phrase = new PhraseSets(program.Lexicon);
        var tries = program.Lists.Select(list => new ListTrie(list)).ToArray();
        var cache = new Dictionary<TokenTest, Predicate>();
        rules = program.Rules.Select((rule, index) => new CompiledRule(rule, index, tries, program.Vocabulary.Count, cache)).ToArray();
        rulesByTrigger = rules
            .SelectMany(rule => rule.Trigger.Select(id => (id, rule.Index)))
            .GroupBy(pair => pair.id)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Index).Distinct().ToArray());
        alwaysRun = rules.Where(rule => rule.Trigger.Length == 0).Select(rule => rule.Index).ToArray();
    }

    /// <summary>The program being run.</summary>
    public RuleProgram Program { get; }

    /// <summary>All relations in <paramref name="document"/>, overlaps resolved, in text order.</summary>
    public IReadOnlyList<Relation> Match(Document document)
    {
        var lattice = new Lattice(document, table, phrase);
        var candidates = new List<MatchCandidate>();
        foreach (int rule in Triggered(lattice)) RuleMatcher.Run(rules[rule], lattice, candidates);
        return OverlapResolver.Resolve(candidates, Program.Overlap == OverlapMode.All);
    }

    /// <summary>The relations rule number <paramref name="ruleIndex"/> alone finds in <paramref name="document"/>.</summary>
    public IReadOnlyList<Relation> MatchRule(Document document, int ruleIndex)
    {
        var lattice = new Lattice(document, table, phrase);
        var candidates = new List<MatchCandidate>();
        RuleMatcher.Run(rules[ruleIndex], lattice, candidates);
        return OverlapResolver.Resolve(candidates, Program.Overlap == OverlapMode.All);
    }

    internal Lattice Analyze(Document document) => new(document, table, phrase);

    internal CompiledRule Compiled(int ruleIndex) => rules[ruleIndex];

    // The rules whose trigger literal occurs in the document (one lookup per distinct word, not one
    // per rule), plus the rules without a trigger, in file order.
    private List<int> Triggered(Lattice lattice)
    {
        var selected = new List<int>(alwaysRun);
        foreach (int id in lattice.Present)
            if (rulesByTrigger.TryGetValue(id, out var triggered)) selected.AddRange(triggered);
        selected.Sort();
        int kept = 0;
        for (int i = 0; i < selected.Count; i++)
            if (i == 0 || selected[i] != selected[i - 1]) selected[kept++] = selected[i];
        selected.RemoveRange(kept, selected.Count - kept);
        return selected;
    }
}
