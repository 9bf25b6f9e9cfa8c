using System.ComponentModel;
using Extract.Analysis;

namespace Extract.Matching.Compiled;

/// <summary>
/// The engine under a generated rule: a Pike VM over the position lattice (token boundary B(i), clitic
/// boundary M(i), in lockstep), with no backtracking. A generated rule supplies its automaton as code —
/// <see cref="Follow"/> for the states that do not consume (splits, captures, anchors) and
/// <see cref="Step"/> for the states that consume a token, a stem or an enclitic — and this class keeps
/// the threads in priority order, so the match found is the leftmost one and, among those, the one a
/// backtracking matcher would find first. Not thread-safe: one instance per thread.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class CompiledRule
{
    private readonly RuleLayout layout;
    private readonly int registers;
    private RuleThreads current;
    private RuleThreads next;
    private readonly int[] marks;
    private int stamp;
    private readonly int[] work;
    private Job[] stack = new Job[64];

    // The context of the closure or the step being run.
    private MatchLattice lattice = null!;
    private int jobTop;
    private int closureStep;
    private int closureSplit;
    private int stepIndex;
    private int stepStep;
    private bool found;
    private bool stepFound;
    private int requiredEndStep = -1;
    private RuleMatch match;

    /// <summary>Creates the engine for a rule of the given shape.</summary>
    protected CompiledRule(RuleLayout layout)
    {
        this.layout = layout;
        registers = layout.RegisterCount;
        current = new RuleThreads(registers);
        next = new RuleThreads(registers);
        marks = new int[layout.Count * 2];
        work = new int[registers];
    }

    /// <summary>
    /// Finds the first match starting at a token boundary at or after <paramref name="fromToken"/> (only
    /// there when <paramref name="anchored"/>), ending at or before step <paramref name="maxStep"/>; with
    /// <paramref name="requiredEnd"/> ≥ 0 only a match ending exactly at that step counts;
    /// <paramref name="startSplit"/> ≥ 0 starts at M(fromToken) on that split.
    /// </summary>
    public bool Find(MatchLattice lattice, int fromToken, bool anchored, int maxStep, int requiredEnd, out RuleMatch result, int startSplit = -1)
    {
        this.lattice = lattice;
        requiredEndStep = requiredEnd;
        stepFound = false;
        found = false;
        match = default;
        int lastStep = Math.Min(maxStep, lattice.TokenCount * 2);
        int firstStep = startSplit >= 0 ? fromToken * 2 + 1 : fromToken * 2;
        current.Clear();
        NewStamp();
        var windows = anchored || startSplit >= 0 ? null : NextStart;
        for (int step = firstStep; step <= lastStep; step++)
        {
            if (windows is not null && current.Count == 0 && (step & 1) == 0)
            {
                // No thread alive: go straight to the next token where a match can start, or stop.
                int token = step >> 1;
                if (found || token >= lattice.TokenCount) break;
                int start = windows.Next(token);
                if (start >= lattice.TokenCount) break;
                step = start * 2;
                if (step > lastStep) break;
            }
            int stepStamp = stamp;
            bool canStart = !found && (step & 1) == 0 && (!anchored || step == firstStep)
                && (windows is null || ((step >> 1) < lattice.TokenCount && windows.Next(step >> 1) == step >> 1))
                && CanStartAt(step >> 1);
            if (step == firstStep && startSplit >= 0)
            {
                Array.Fill(work, -1);
                AddThread(current, stepStamp, layout.Start, step, startSplit, step);
            }
            else if (canStart)
            {
                Array.Fill(work, -1);
                AddThread(current, stepStamp, layout.Start, step, -1, step);
            }
            NewStamp();
            if (current.Count == 0)
            {
                if (found || anchored) break;
                continue;
            }
            next.Clear();
            stepStep = step;
            for (int t = 0; t < current.Count; t++)
            {
                ref var thread = ref current.Items[t];
                if (thread.Skip)
                {
                    current.CopyRegisters(t, work);
                    AddThread(next, stamp, thread.Pc, step + 1, -1, thread.Start);
                    continue;
                }
                stepIndex = t;
                if (thread.Pc >= layout.StateCount)
                {
                    StepTrie(ref thread, t, step);
                    continue;
                }
                int token = step >> 1;
                Step(thread.Pc, token, (step & 1) == 0);
                if (stepFound)
                {
                    stepFound = false;
                    t = current.Count;  // lower-priority threads are cut
                }
            }
            (current, next) = (next, current);
            if (step == lastStep) break;
        }
        result = match;
        return found;
    }


    /// <summary>
    /// Follows state <paramref name="pc"/> without consuming: a generated switch that calls
    /// <see cref="Fork"/>, <see cref="Save"/>, <see cref="Assert"/> or <see cref="EnterList"/> and returns false, or returns true
    /// for a state that consumes or accepts (it becomes a thread).
    /// </summary>
    protected abstract bool Follow(int pc);

    /// <summary>
    /// Runs consuming or accepting state <paramref name="pc"/> at token <paramref name="token"/>
    /// (<paramref name="boundary"/>: at B(token), else at M(token)): a generated switch that tests the
    /// token and calls <see cref="TakeToken"/>, <see cref="TakeStem(int, int)"/>, <see cref="TakeStem(int)"/>, <see cref="TakeEnclitic"/> or <see cref="Accept"/>.
    /// </summary>
    protected abstract void Step(int pc, int token, bool boundary);

    /// <summary>
    /// False when no match can start at token <paramref name="token"/>: a generated rule whose every
    /// match begins with one of a few words overrides this to skip the other tokens (the result is the
    /// same, only faster). Called with <c>token == TokenCount</c> at the end of the document.
    /// </summary>
    protected virtual bool CanStartAt(int token) => true;

    /// <summary>
    /// Where matches can start, set by the rule runner for one unanchored search: for each token, the
    /// first token at or after it where a match can start (token count: none); null: anywhere.
    /// </summary>
    internal StartFinder? NextStart { get; set; }

    /// <summary>The lattice being matched.</summary>
    protected MatchLattice Lattice => lattice;

    /// <summary>The split the current thread stands on at M(token), or -1.</summary>
    protected int CurrentSplit => current.Items[stepIndex].Split;

    /// <summary>The key id of the enclitic the current thread stands before, or -1.</summary>
    protected int EncliticId => CurrentSplit >= 0 ? lattice.SplitAt(CurrentSplit).EncliticId : -1;

    /// <summary>True when token <paramref name="token"/> has a stem form with id <paramref name="id"/>.</summary>
    protected bool HasForm(int token, int id)
    {
        for (int f = lattice.FirstForm(token); f < lattice.FirstForm(token + 1); f++)
            if (lattice.FormId(f) == id) return true;
        return false;
    }

    /// <summary>True when token <paramref name="token"/> has a stem form in <paramref name="ids"/>.</summary>
    protected bool HasForm(int token, IdSet ids)
    {
        for (int f = lattice.FirstForm(token); f < lattice.FirstForm(token + 1); f++)
            if (ids.Contains(lattice.FormId(f))) return true;
        return false;
    }

    /// <summary>The kind of token <paramref name="token"/>.</summary>
    protected TokenKind KindOf(int token) => lattice.Token(token).Kind;

    /// <summary>Continues at <paramref name="pc"/> (a split target or the next state).</summary>
    private void Go(int pc) => Push(new Job(pc, -1, 0));

    /// <summary>Continues at every state of <paramref name="targets"/>, the first with the highest priority.</summary>
    protected void Fork(int[] targets)
    {
        for (int i = targets.Length - 1; i >= 0; i--) Push(new Job(targets[i], -1, 0));
    }

    /// <summary>Enters list occurrence <paramref name="occurrence"/> (its trie's root).</summary>
    protected void EnterList(int occurrence) => Go(layout.TrieRoot[occurrence]);

    /// <summary>Saves the current offset into <paramref name="register"/>, then continues at <paramref name="pc"/>.</summary>
    protected void Save(int register, int pc)
    {
        Push(new Job(-1, register, work[register]));
        work[register] = Offset(lattice, closureStep, closureSplit, closing: (register & 1) == 1);
        Go(pc);
    }

    /// <summary>Continues at <paramref name="pc"/> when the position satisfies <paramref name="anchor"/>.</summary>
    protected void Assert(PositionAnchor anchor, int pc)
    {
        if ((closureStep & 1) == 1) return;
        int token = closureStep >> 1;
        bool holds = anchor switch
        {
            PositionAnchor.SentenceStart => lattice.IsSentenceStart(token),
            PositionAnchor.SentenceEnd => lattice.IsSentenceEnd(token),
            _ => lattice.IsInsideSentence(token),
        };
        if (holds) Go(pc);
    }

    /// <summary>The current token matched whole: continue at <paramref name="pc"/> after it.</summary>
    protected void TakeToken(int pc)
    {
        ref var thread = ref current.Items[stepIndex];
        next.AddSkip(current, stepIndex, pc, thread.Start, marks, stamp, layout.Count);
    }

    /// <summary>
    /// The current token matched on stem form <paramref name="id"/>: continue after the whole token, and
    /// also at its clitic boundary when that form's segmentation has an enclitic.
    /// </summary>
    protected void TakeStem(int pc, int id)
    {
        TakeToken(pc);
        int token = stepStep >> 1;
        for (int f = lattice.FirstForm(token); f < lattice.FirstForm(token + 1); f++)
            if (lattice.FormSplit(f) >= 0 && lattice.FormId(f) == id)
            {
                SplitTo(pc, lattice.FormSplit(f));
                return;
            }
    }

    /// <summary>Like <see cref="TakeStem(int, int)"/> for a set of stems: the first form in the set with an enclitic.</summary>
    protected void TakeStem(int pc, IdSet ids)
    {
        TakeToken(pc);
        int token = stepStep >> 1;
        for (int f = lattice.FirstForm(token); f < lattice.FirstForm(token + 1); f++)
            if (lattice.FormSplit(f) >= 0 && ids.Contains(lattice.FormId(f)))
            {
                SplitTo(pc, lattice.FormSplit(f));
                return;
            }
    }

    /// <summary>
    /// The current token matched a class that allows clitics (<c>Word</c>, <c>Any</c>): continue after the
    /// whole token, and also at the clitic boundary of its first segmentation that has an enclitic.
    /// </summary>
    protected void TakeStem(int pc)
    {
        TakeToken(pc);
        int split = lattice.FirstSplit(stepStep >> 1);
        if (split >= 0) SplitTo(pc, split);
    }

    /// <summary>The enclitic matched: continue at <paramref name="pc"/> after the token.</summary>
    protected void TakeEnclitic(int pc)
    {
        ref var thread = ref current.Items[stepIndex];
        current.CopyRegisters(stepIndex, work);
        AddThread(next, stamp, pc, stepStep + 1, -1, thread.Start);
    }

    /// <summary>The current thread reached the accepting state: a match, unless it must end elsewhere.</summary>
    protected void Accept()
    {
        if (requiredEndStep >= 0 && stepStep != requiredEndStep) return;
        ref var thread = ref current.Items[stepIndex];
        match = new RuleMatch(thread.Start, stepStep, thread.Split, current.RegistersOf(stepIndex).ToArray());
        found = true;
        stepFound = true;
    }

    private void SplitTo(int pc, int split)
    {
        ref var thread = ref current.Items[stepIndex];
        current.CopyRegisters(stepIndex, work);
        AddThread(next, stamp, pc, stepStep + 1, split, thread.Start);
    }

    // A list entry's next word: from B(i), every stem form of token i that continues the trie.
    private void StepTrie(ref RuleThread thread, int index, int step)
    {
        int pc = thread.Pc;
        int occurrence = layout.TrieOccurrence[pc - layout.StateCount];
        var list = layout.Lists[occurrence];
        int root = layout.TrieRoot[occurrence];
        int node = pc - root;
        int token = step >> 1;
        if ((step & 1) != 0 || token >= lattice.TokenCount) return;
        int splitForm = -1;   // the first form ending an entry whose segmentation has an enclitic
        for (int f = lattice.FirstForm(token); f < lattice.FirstForm(token + 1); f++)
        {
            int child = list.Trie.Child(node, lattice.FormId(f));
            if (child < 0) continue;
            next.AddSkip(current, index, root + child, thread.Start, marks, stamp, layout.Count);
            if (splitForm < 0 && list.Trie.IsFinal(child) && lattice.FormSplit(f) >= 0) splitForm = f;
        }
        if (splitForm < 0) return;
        current.CopyRegisters(index, work);
        AddThread(next, stamp, list.Next, step + 1, lattice.FormSplit(splitForm), thread.Start);
    }

    // Follows every epsilon path from pc0 in priority order (explicit stack), adding the consuming and
    // accepting states reached to the list, with the registers of that path.
    private void AddThread(RuleThreads list, int listStamp, int pc0, int step, int split, int start)
    {
        int savedTop = jobTop, savedStep = closureStep, savedSplit = closureSplit;
        closureStep = step;
        closureSplit = split;
        int bottom = jobTop;
        Push(new Job(pc0, -1, 0));
        while (jobTop > bottom)
        {
            var job = stack[--jobTop];
            if (job.Register >= 0)
            {
                work[job.Register] = job.Value;
                continue;
            }
            int pc = job.Pc;
            if (marks[pc] == listStamp) continue;
            marks[pc] = listStamp;
            if (pc >= layout.StateCount)
            {
                int occurrence = layout.TrieOccurrence[pc - layout.StateCount];
                var trie = layout.Lists[occurrence].Trie;
                int node = pc - layout.TrieRoot[occurrence];
                if (trie.IsFinal(node)) Go(layout.Lists[occurrence].Next);
                if (trie.HasChildren(node)) list.Add(pc, false, split, start, work);
                continue;
            }
            if (Follow(pc)) list.Add(pc, false, split, start, work);
        }
        jobTop = savedTop;
        closureStep = savedStep;
        closureSplit = savedSplit;
    }

    private void Push(Job job)
    {
        if (jobTop == stack.Length) Array.Resize(ref stack, stack.Length * 2);
        stack[jobTop++] = job;
    }

    /// <summary>The text offset of a position: a token's start (opening) or the previous token's end (closing).</summary>
    public static int Offset(MatchLattice lattice, int step, int split, bool closing)
    {
        if ((step & 1) == 1) return split >= 0 ? lattice.SplitAt(split).Offset : lattice.Token(step >> 1).Start;
        int token = step >> 1;
        if (closing || token >= lattice.TokenCount)
            return token == 0 ? (lattice.TokenCount > 0 ? lattice.Token(0).Start : 0) : lattice.Token(token - 1).End;
        return lattice.Token(token).Start;
    }

    private void NewStamp()
    {
        if (++stamp == int.MaxValue)
        {
            Array.Clear(marks);
            stamp = 1;
        }
    }

    private readonly record struct Job(int Pc, int Register, int Value);
}

/// <summary>Zero-width conditions of generated rules (the model's anchors).</summary>
public enum PositionAnchor : byte
{
    /// <summary><c>&lt;s&gt;</c>.</summary>
    SentenceStart,
    /// <summary><c>&lt;/s&gt;</c>.</summary>
    SentenceEnd,
    /// <summary>Between two tokens of one sentence.</summary>
    InsideSentence,
}

/// <summary>A match found by a generated rule: start and end steps, the split at the end, the registers.</summary>
/// <param name="StartStep">The step where the match starts (2 × token, +1 at a clitic boundary).</param>
/// <param name="EndStep">The step where it ends.</param>
/// <param name="EndSplit">The split the match ends on, or -1.</param>
/// <param name="Registers">The capture registers (offsets in the original text, or -1).</param>
public readonly record struct RuleMatch(int StartStep, int EndStep, int EndSplit, int[] Registers);
