using System.Buffers;
using System.ComponentModel;

namespace Extract.Matching.Compiled;

/// <summary>
/// Trigger dispatch for a generated pack: from each trigger word to the rules it triggers, so that a
/// document costs one lookup per distinct word it contains, not one per rule — a rule whose trigger
/// words are absent costs nothing. Rules without a trigger always run.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TriggerIndex
{
    private readonly Dictionary<int, int[]> rulesByWord = [];
    private readonly int[] always;
    private readonly int ruleCount;

    /// <summary>Indexes <paramref name="triggers"/>: the trigger word ids of each rule, in rule order.</summary>
    public TriggerIndex(int[][] triggers)
    {
        ruleCount = triggers.Length;
        var byWord = new Dictionary<int, List<int>>();
        var alwaysRun = new List<int>();
        for (int rule = 0; rule < triggers.Length; rule++)
        {
            if (triggers[rule].Length == 0) alwaysRun.Add(rule);
            foreach (int id in triggers[rule])
            {
                if (!byWord.TryGetValue(id, out var rules)) byWord[id] = rules = [];
                if (rules.Count == 0 || rules[^1] != rule) rules.Add(rule);
            }
        }
        foreach (var (id, rules) in byWord) rulesByWord[id] = rules.ToArray();
        always = alwaysRun.ToArray();
    }

    /// <summary>Runs, in rule order, every rule of <paramref name="rules"/> triggered in <paramref name="lattice"/>.</summary>
    public void RunTriggered(RuleSpec[] rules, MatchLattice lattice, List<MatchCandidate> sink)
    {
        var selected = ArrayPool<bool>.Shared.Rent(ruleCount);
        try
        {
            Array.Clear(selected, 0, ruleCount);
            foreach (int rule in always) selected[rule] = true;
            foreach (int id in lattice.PresentIds)
                if (rulesByWord.TryGetValue(id, out var triggered))
                    foreach (int rule in triggered) selected[rule] = true;
            for (int rule = 0; rule < ruleCount; rule++)
                if (selected[rule]) RuleRunner.Run(rules[rule], lattice, sink);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(selected);
        }
    }
}
