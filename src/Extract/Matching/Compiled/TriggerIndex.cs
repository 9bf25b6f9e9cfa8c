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
    // A slot is a word set whose occurrences are collected: slot r is rule r's trigger, the slots after
    // the rules are the distinct requirement sets.
    // Per word id, its slots in one flat array: most words belong to one slot, held in place as slot + 1;
    // a word of several slots holds -(offset + 1) into manySlots, where its slot count and slots follow;
    // 0: none. The pass over a document reads one int per form instead of a small array per word.
    private readonly int[] slotsOfId;
    private readonly int[] manySlots;
    private readonly int[][] ruleSlots;        // per rule: its trigger's slot, then its requirements'
    private readonly int[] alwaysRules;        // the rules without a trigger, in order
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
        slotsOfId = new int[maxId + 1];
        var many = new List<int>();
        foreach (var (id, slots) in byId)
        {
            if (slots.Count == 1)
            {
                slotsOfId[id] = slots[0] + 1;
                continue;
            }
            slotsOfId[id] = -(many.Count + 1);
            many.Add(slots.Count);
            many.AddRange(slots);
        }
        manySlots = many.ToArray();
        int slotCount = ruleCount + setSlots.Count;
        hits = new ThreadLocal<TriggerHits>(() => new TriggerHits(slotCount));
    }

    /// <summary>Runs, in rule order, every rule of <paramref name="rules"/> triggered in <paramref name="lattice"/>.</summary>
    public void RunTriggered(RuleSpec[] rules, MatchLattice lattice, List<MatchCandidate> sink)
    {
        var found = hits.Value!;
        found.Clear();
        // Forms, not tokens: most tokens have none in a pack's vocabulary.
        for (int f = 0; f < lattice.FormCount; f++)
        {
            int id = lattice.FormId(f);
            if ((uint)id >= (uint)slotsOfId.Length) continue;
            int slots = slotsOfId[id];
            if (slots > 0) found.Add(slots - 1, lattice.FormToken(f));
            else if (slots < 0)
            {
                int at = -slots - 1;
                for (int s = at + 1; s <= at + manySlots[at]; s++) found.Add(manySlots[s], lattice.FormToken(f));
            }
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

    // A triggered rule runs when a word of each of its requirements (its slots after the trigger's) occurs too.
    private void RunIfAllOccur(RuleSpec[] rules, int rule, MatchLattice lattice, List<MatchCandidate> sink, TriggerHits found)
    {
        var slots = ruleSlots[rule];
        for (int r = 1; r < slots.Length; r++)
            if (found.Count(slots[r]) == 0) return;
        RuleRunner.Run(rules[rule], lattice, sink, found, slots);
    }
}

/// <summary>
/// For each slot (a rule's trigger or a required word set), the tokens where its words occur, in order
/// (one thread's buffers, reused). Occurrences are logged as they come, each linked to the slot's
/// previous one, so that adding one touches a single slot record; a slot's list is laid out in order
/// only when a rule that runs asks for it (<see cref="Of"/>).
/// </summary>
internal sealed class TriggerHits(int slotCount)
{
    private readonly SlotHits[] slots = new SlotHits[slotCount];
    private int[] occurrenceToken = new int[256];
    private int[] occurrencePrevious = new int[256];   // the same slot's previous occurrence
    private int occurrenceCount;
    private int[] lists = new int[256];                  // the slots' lists laid out by Of
    private int listLength;
    private readonly List<int> touched = [];
    private readonly List<int> triggered = [];

    // Count: occurrences; Last: the latest occurrence; Listed: where Of laid the list out, + 1 (0: not yet).
    private struct SlotHits
    {
        public int Count, Last, Listed;
    }

    public void Clear()
    {
        foreach (int slot in touched) slots[slot] = default;
        touched.Clear();
        occurrenceCount = listLength = 0;
    }

    /// <summary>Records that a word of <paramref name="slot"/> occurs at <paramref name="token"/> (tokens of a slot come in increasing order).</summary>
    public void Add(int slot, int token)
    {
        ref var hit = ref slots[slot];
        if (hit.Count > 0 && occurrenceToken[hit.Last] == token) return;
        if (hit.Count == 0) touched.Add(slot);
        int at = occurrenceCount++;
        Analysis.ArrayBuffer.Grow(ref occurrenceToken, occurrenceCount);
        Analysis.ArrayBuffer.Grow(ref occurrencePrevious, occurrenceCount);
        occurrenceToken[at] = token;
        occurrencePrevious[at] = hit.Last;
        hit.Last = at;
        hit.Count++;
    }

    public int Count(int slot) => slots[slot].Count;

    /// <summary>The slots below <paramref name="ruleCount"/> (rules' triggers) that occur, in increasing order.</summary>
    public List<int> Triggered(int ruleCount)
    {
        triggered.Clear();
        foreach (int slot in touched)
            if (slot < ruleCount) triggered.Add(slot);
        triggered.Sort();
        return triggered;
    }

    /// <summary>The tokens where <paramref name="slot"/>'s words occur, in increasing order.</summary>
    public ReadOnlySpan<int> Of(int slot)
    {
        ref var hit = ref slots[slot];
        if (hit.Count == 0) return [];
        if (hit.Listed == 0)
        {
            int at = listLength;
            Analysis.ArrayBuffer.Grow(ref lists, at + hit.Count);
            for (int i = hit.Count - 1, occurrence = hit.Last; i >= 0; i--, occurrence = occurrencePrevious[occurrence])
                lists[at + i] = occurrenceToken[occurrence];
            listLength += hit.Count;
            hit.Listed = at + 1;
        }
        return lists.AsSpan(hit.Listed - 1, hit.Count);
    }
}
