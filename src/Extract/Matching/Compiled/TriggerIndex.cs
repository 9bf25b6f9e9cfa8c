using System.ComponentModel;

namespace Extract.Matching.Compiled;

/// <summary>
/// Trigger dispatch for a generated pack. One pass over a document's word forms finds the tokens where
/// each rule's trigger words occur, and those of each word set a rule requires besides
/// (<see cref="RuleSpec.Requirements"/>). A rule runs only when its trigger and all its requirements
/// occur, and it starts its search only near them (<see cref="RuleRunner"/>); a rule whose words are
/// absent costs nothing. Rules without a trigger always run.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TriggerIndex
{
    private static readonly int[] NoSlots = [];

    // A slot is a word set whose occurrences are collected: slot r is rule r's trigger, the slots after
    // the rules are the distinct requirement sets.
    private readonly int[][] slotsById;
    private readonly int[][] ruleSlots;   // per rule: its trigger's slot, then its requirements'
    private readonly int[] alwaysRules;   // the rules without a trigger, in order
    private readonly int ruleCount;
    private readonly ThreadLocal<TriggerHits> hits;

    /// <summary>Indexes the trigger word ids of each rule (<paramref name="triggers"/>) and the requirements of <paramref name="rules"/>, in rule order.</summary>
    public TriggerIndex(int[][] triggers, RuleSpec[] rules)
    {
        ruleCount = triggers.Length;
        var always = new bool[ruleCount];
        var byId = new Dictionary<int, List<int>>();
        void Index(int id, int slot)
        {
            if (!byId.TryGetValue(id, out var slots)) byId[id] = slots = [];
            if (slots.Count == 0 || slots[^1] != slot) slots.Add(slot);
        }
        for (int rule = 0; rule < ruleCount; rule++)
        {
            if (triggers[rule].Length == 0) always[rule] = true;
            foreach (int id in triggers[rule]) Index(id, rule);
        }
        var setSlots = new Dictionary<IdSet, int>(ReferenceEqualityComparer.Instance);
        ruleSlots = new int[ruleCount][];
        for (int rule = 0; rule < ruleCount; rule++)
        {
            var sets = rule < rules.Length && !always[rule] ? rules[rule].Requirements : [];
            ruleSlots[rule] = new int[sets.Length + 1];
            ruleSlots[rule][0] = rule;
            for (int r = 0; r < sets.Length; r++)
            {
                if (!setSlots.TryGetValue(sets[r], out int slot))
                {
                    setSlots[sets[r]] = slot = ruleCount + setSlots.Count;
                    foreach (int id in sets[r].Members()) Index(id, slot);
                }
                ruleSlots[rule][r + 1] = slot;
            }
        }
        alwaysRules = Enumerable.Range(0, ruleCount).Where(rule => always[rule]).ToArray();
        int maxId = byId.Count == 0 ? -1 : byId.Keys.Max();
        slotsById = new int[maxId + 1][];
        Array.Fill(slotsById, NoSlots);
        foreach (var (id, slots) in byId) slotsById[id] = slots.ToArray();
        int slotCount = ruleCount + setSlots.Count;
        hits = new ThreadLocal<TriggerHits>(() => new TriggerHits(slotCount));
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
                if ((uint)id >= (uint)slotsById.Length) continue;
                foreach (int slot in slotsById[id]) found.Add(slot, token);
            }
        // Only the rules whose trigger occurs, and those that always run, in rule order: a pack of
        // 10,000 rules does not test 10,000 rules per document.
        var triggered = found.Triggered(ruleCount);
        int next = 0;
        foreach (int rule in alwaysRules)
        {
            for (; next < triggered.Count && triggered[next] < rule; next++) RunIfAllOccur(rules, triggered[next], lattice, sink, found);
            RuleRunner.Run(rules[rule], lattice, sink, null, []);
        }
        for (; next < triggered.Count; next++) RunIfAllOccur(rules, triggered[next], lattice, sink, found);
    }

    private void RunIfAllOccur(RuleSpec[] rules, int rule, MatchLattice lattice, List<MatchCandidate> sink, TriggerHits found)
    {
        if (AllOccur(found, ruleSlots[rule])) RuleRunner.Run(rules[rule], lattice, sink, found, ruleSlots[rule]);
    }

    private static bool AllOccur(TriggerHits found, int[] slots)
    {
        foreach (int slot in slots)
            if (found.Count(slot) == 0) return false;
        return true;
    }
}

/// <summary>For each slot (a rule's trigger or a required word set), the tokens where its words occur, in order (one thread's buffers, reused).</summary>
internal sealed class TriggerHits(int slotCount)
{
    private readonly int[] counts = new int[slotCount];
    private readonly int[][] tokens = new int[slotCount][];
    private readonly List<int> touched = [];
    private readonly List<int> triggered = [];

    public void Clear()
    {
        foreach (int slot in touched) counts[slot] = 0;
        touched.Clear();
    }

    public void Add(int slot, int token)
    {
        int count = counts[slot];
        ref var list = ref tokens[slot];
        list ??= new int[8];
        if (count > 0 && list[count - 1] == token) return;
        if (count == 0) touched.Add(slot);
        Analysis.ArrayBuffer.Grow(ref list, count + 1);
        list[count] = token;
        counts[slot] = count + 1;
    }

    public int Count(int slot) => counts[slot];

    /// <summary>The slots below <paramref name="ruleCount"/> (rules' triggers) that occur, in increasing order.</summary>
    public List<int> Triggered(int ruleCount)
    {
        triggered.Clear();
        foreach (int slot in touched)
            if (slot < ruleCount) triggered.Add(slot);
        triggered.Sort();
        return triggered;
    }

    public ReadOnlySpan<int> Of(int slot) => tokens[slot].AsSpan(0, counts[slot]);
}
