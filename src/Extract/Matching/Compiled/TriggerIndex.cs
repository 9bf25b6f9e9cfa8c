using System.ComponentModel;

namespace Extract.Matching.Compiled;

/// <summary>
/// Trigger dispatch for a generated pack: from each trigger word to the rules it triggers. One pass
/// over a document's word forms finds, for every rule, the tokens where its trigger words occur; a rule
/// whose trigger words are absent costs nothing, and a triggered rule starts its search only near its
/// trigger words (<see cref="RuleRunner"/>). Rules without a trigger always run.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TriggerIndex
{
    private static readonly int[] NoRules = [];

    private readonly int[][] rulesById;      // by word id: the rules it triggers, in rule order
    private readonly bool[] always;
    private readonly int ruleCount;
    private readonly ThreadLocal<TriggerHits> hits;

    /// <summary>Indexes <paramref name="triggers"/>: the trigger word ids of each rule, in rule order.</summary>
    public TriggerIndex(int[][] triggers)
    {
        ruleCount = triggers.Length;
        always = new bool[ruleCount];
        int maxId = -1;
        foreach (var trigger in triggers)
            foreach (int id in trigger) maxId = Math.Max(maxId, id);
        var byId = new List<int>?[maxId + 1];
        for (int rule = 0; rule < triggers.Length; rule++)
        {
            if (triggers[rule].Length == 0) always[rule] = true;
            foreach (int id in triggers[rule])
            {
                var rules = byId[id] ??= [];
                if (rules.Count == 0 || rules[^1] != rule) rules.Add(rule);
            }
        }
        rulesById = Array.ConvertAll(byId, rules => rules?.ToArray() ?? NoRules);
        hits = new ThreadLocal<TriggerHits>(() => new TriggerHits(ruleCount));
    }

    /// <summary>Runs, in rule order, every rule of <paramref name="rules"/> triggered in <paramref name="lattice"/>.</summary>
    public void RunTriggered(RuleSpec[] rules, MatchLattice lattice, List<MatchCandidate> sink)
    {
        var found = hits.Value!;
        found.Clear();
        for (int token = 0; token < lattice.TokenCount; token++)
            for (int f = lattice.FirstForm(token); f < lattice.FirstForm(token + 1); f++)
            {
                int id = lattice.FormId(f);
                if ((uint)id >= (uint)rulesById.Length) continue;
                foreach (int rule in rulesById[id]) found.Add(rule, token);
            }
        for (int rule = 0; rule < ruleCount; rule++)
        {
            if (always[rule]) RuleRunner.Run(rules[rule], lattice, sink, ReadOnlySpan<int>.Empty);
            else if (found.Count(rule) > 0) RuleRunner.Run(rules[rule], lattice, sink, found.Of(rule));
        }
    }

    /// <summary>For each rule, the tokens where one of its trigger words occurs, in order (one thread's buffers, reused).</summary>
    private sealed class TriggerHits(int ruleCount)
    {
        private readonly int[] counts = new int[ruleCount];
        private readonly int[][] tokens = new int[ruleCount][];
        private readonly List<int> touched = [];

        public void Clear()
        {
            foreach (int rule in touched) counts[rule] = 0;
            touched.Clear();
        }

        public void Add(int rule, int token)
        {
            int count = counts[rule];
            ref var list = ref tokens[rule];
            list ??= new int[8];
            if (count > 0 && list[count - 1] == token) return;
            if (count == 0) touched.Add(rule);
            Analysis.ArrayBuffer.Grow(ref list, count + 1);
            list[count] = token;
            counts[rule] = count + 1;
        }

        public int Count(int rule) => counts[rule];

        public ReadOnlySpan<int> Of(int rule) => tokens[rule].AsSpan(0, counts[rule]);
    }
}
