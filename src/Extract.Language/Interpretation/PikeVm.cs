using Extract.Language.Model;

namespace Extract.Language.Interpretation;

/// <summary>
/// A Pike VM over the position lattice (see <see cref="Automaton"/>): all threads step together
/// through B(0), M(0), B(1)… so time is linear in tokens × states whatever the pattern, with no
/// backtracking. Threads are kept in priority order, so the match found is the leftmost one and,
/// among those, the one a backtracking matcher would find first (greedy/lazy as written).
/// Not thread-safe: use one instance per thread.
/// </summary>
internal sealed class PikeVm
{
    private readonly VmProgram program;
    private readonly int registers;
    private ThreadList current;
    private ThreadList next;
    private readonly int[] marks;
    private int stamp;
    private int[] work;
    private Job[] stack = new Job[64];

    public PikeVm(VmProgram program)
    {
        this.program = program;
        registers = program.RegisterCount;
        current = new ThreadList(registers);
        next = new ThreadList(registers);
        marks = new int[program.Count * 2];
        work = new int[registers];
    }

    /// <summary>Observes the run, for explanations.</summary>
    public Trace? Trace { get; set; }

    /// <summary>
    /// Finds the first match starting at a token boundary at or after <paramref name="fromToken"/>
    /// (only at <paramref name="fromToken"/> when <paramref name="anchored"/>), ending at or before step
    /// <paramref name="maxStep"/>; with <paramref name="requiredEnd"/> ≥ 0, only a match ending exactly
    /// at that step counts. <paramref name="startSplit"/> starts the run at M(fromToken) on that split.
    /// </summary>
    public bool Find(Lattice lattice, int fromToken, bool anchored, int maxStep, int requiredEnd, out VmMatch match, int startSplit = -1)
    {
        match = default;
        bool found = false;
        int lastStep = Math.Min(maxStep, lattice.TokenCount * 2);
        int firstStep = startSplit >= 0 ? fromToken * 2 + 1 : fromToken * 2;
        current.Clear();
        NewStamp();
        for (int step = firstStep; step <= lastStep; step++)
        {
            int stepStamp = stamp;
            bool canStart = !found && (step & 1) == 0 && (!anchored || step == firstStep);
            if (step == firstStep && startSplit >= 0)
            {
                Array.Fill(work, -1);
                AddThread(lattice, current, stepStamp, program.Start, step, startSplit, step, -1);
            }
            else if (canStart)
            {
                Array.Fill(work, -1);
                AddThread(lattice, current, stepStamp, program.Start, step, -1, step, Trace is null ? -1 : Trace.Root(step));
            }
            NewStamp();
            if (current.Count == 0)
            {
                if (found || anchored) break;
                continue;
            }
            next.Clear();
            for (int t = 0; t < current.Count; t++)
            {
                ref var thread = ref current.Items[t];
                if (thread.Skip)
                {
                    current.CopyRegisters(t, work);
                    AddThread(lattice, next, stamp, thread.Pc, step + 1, -1, thread.Start, thread.Trail);
                    continue;
                }
                int pc = thread.Pc;
                switch (program.Ops[pc])
                {
                    case VmProgram.Op.Match:
                        if (requiredEnd >= 0 && step != requiredEnd) break;
                        match = new VmMatch(thread.Start, step, thread.Split, current.RegistersOf(t).ToArray(), thread.Trail);
                        found = true;
                        t = current.Count;  // lower-priority threads are cut
                        break;
                    case VmProgram.Op.Consume:
                        Consume(lattice, ref thread, t, step);
                        break;
                    case VmProgram.Op.Trie:
                        ConsumeTrieWord(lattice, ref thread, t, step);
                        break;
                }
            }
            (current, next) = (next, current);
            if (step == lastStep) break;
        }
        return found;
    }

    private void Consume(Lattice lattice, ref VmThread thread, int index, int step)
    {
        int pc = thread.Pc;
        var predicate = program.Predicates[pc]!;
        var unit = (ConsumeUnit)program.Arg[pc];
        int token = step >> 1;
        bool atBoundary = (step & 1) == 0;
        bool matched = false;
        if (unit == ConsumeUnit.Enclitic)
        {
            if (!atBoundary && thread.Split >= 0 && predicate.OnEnclitic(lattice, thread.Split))
            {
                current.CopyRegisters(index, work);
                AddThread(lattice, next, stamp, program.Next[pc], step + 1, -1, thread.Start, Advance(thread.Trail, pc, token));
                matched = true;
            }
        }
        else if (atBoundary && token < lattice.TokenCount && predicate.OnToken(lattice, token))
        {
            matched = true;
            int trail = Advance(thread.Trail, pc, token);
            next.AddSkip(current, index, program.Next[pc], thread.Start, trail, marks, stamp, program.Count);
            if (unit == ConsumeUnit.Stem)
            {
                int split = FirstSplit(lattice, token, (predicate as IdSetPredicate)?.Ids);
                if (split >= 0)
                {
                    current.CopyRegisters(index, work);
                    AddThread(lattice, next, stamp, program.Next[pc], step + 1, split, thread.Start, trail);
                }
            }
        }
        if (!matched) Trace?.Failed(thread.Trail, pc, step);
    }

    // A list entry's next word: from B(i), every stem form of token i that continues the trie.
    private void ConsumeTrieWord(Lattice lattice, ref VmThread thread, int index, int step)
    {
        int pc = thread.Pc;
        var trie = program.Tries[pc]!;
        int node = program.Arg[pc];
        int root = program.TrieBase[pc];
        int token = step >> 1;
        bool matched = false;
        if ((step & 1) == 0 && token < lattice.TokenCount)
        {
            int trail = thread.Trail;
            for (int f = lattice.FormStart[token]; f < lattice.FormStart[token + 1]; f++)
            {
                int child = trie.Child(node, lattice.FormId[f]);
                if (child < 0) continue;
                if (!matched) trail = Advance(thread.Trail, pc, token);
                matched = true;
                next.AddSkip(current, index, root + child, thread.Start, trail, marks, stamp, program.Count);
            }
            if (matched)
            {
                for (int f = lattice.FormStart[token]; f < lattice.FormStart[token + 1]; f++)
                {
                    int child = trie.Child(node, lattice.FormId[f]);
                    if (child < 0 || !trie.IsFinal(child) || lattice.FormSplit[f] < 0) continue;
                    current.CopyRegisters(index, work);
                    AddThread(lattice, next, stamp, program.Next[pc], step + 1, lattice.FormSplit[f], thread.Start, trail);
                    break;
                }
            }
        }
        if (!matched) Trace?.Failed(thread.Trail, pc, step);
    }

    // For a stem test, the split of the first form whose stem passes and that has one; otherwise the
    // token's first split, whatever its stem.
    private static int FirstSplit(Lattice lattice, int token, BitSet? ids)
    {
        if (ids is null) return lattice.FirstSplit[token];
        for (int f = lattice.FormStart[token]; f < lattice.FormStart[token + 1]; f++)
            if (lattice.FormSplit[f] >= 0 && ids.Contains(lattice.FormId[f])) return lattice.FormSplit[f];
        return -1;
    }

    private int Advance(int trail, int pc, int token) => Trace is null ? -1 : Trace.Advance(trail, pc, token);

    // Follows every epsilon path from pc in priority order (explicit stack: no recursion depth limit),
    // adding the consuming and accepting states reached to list, with the registers of that path.
    private void AddThread(Lattice lattice, ThreadList list, int listStamp, int pc0, int step, int split, int start, int trail)
    {
        int top = 0;
        Push(ref top, new Job(pc0, -1, 0));
        while (top > 0)
        {
            var job = stack[--top];
            if (job.Register >= 0)
            {
                work[job.Register] = job.Value;
                continue;
            }
            int pc = job.Pc;
            if (marks[pc] == listStamp) continue;
            marks[pc] = listStamp;
            switch (program.Ops[pc])
            {
                case VmProgram.Op.Split:
                    var targets = program.Targets[pc];
                    for (int i = targets.Length - 1; i >= 0; i--) Push(ref top, new Job(targets[i], -1, 0));
                    break;
                case VmProgram.Op.Save:
                    int register = program.Arg[pc];
                    Push(ref top, new Job(-1, register, work[register]));
                    work[register] = Offset(lattice, step, split, closing: (register & 1) == 1);
                    Push(ref top, new Job(program.Next[pc], -1, 0));
                    break;
                case VmProgram.Op.Assert:
                    if (Holds(lattice, (Anchor)program.Arg[pc], step)) Push(ref top, new Job(program.Next[pc], -1, 0));
                    break;
                case VmProgram.Op.Trie:
                    var trie = program.Tries[pc]!;
                    int node = program.Arg[pc];
                    if (trie.IsFinal(node)) Push(ref top, new Job(program.Next[pc], -1, 0));
                    if (trie.HasChildren(node)) list.Add(pc, false, split, start, trail, work);
                    break;
                default:
                    list.Add(pc, false, split, start, trail, work);
                    break;
            }
        }
    }

    private void Push(ref int top, Job job)
    {
        if (top == stack.Length) Array.Resize(ref stack, stack.Length * 2);
        stack[top++] = job;
    }

    private static bool Holds(Lattice lattice, Anchor anchor, int step)
    {
        if ((step & 1) == 1) return false;
        int token = step >> 1;
        return anchor switch
        {
            Anchor.SentenceStart => lattice.IsSentenceStart(token),
            Anchor.SentenceEnd => lattice.IsSentenceEnd(token),
            _ => lattice.IsInsideSentence(token),
        };
    }

    /// <summary>The text offset of a position: a token's start (opening) or the previous token's end (closing).</summary>
    public static int Offset(Lattice lattice, int step, int split, bool closing)
    {
        if ((step & 1) == 1) return split >= 0 ? lattice.Splits[split].Offset : lattice.Token(step >> 1).Start;
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

/// <summary>A match found by the VM: start and end steps, the split at the end, the registers.</summary>
internal readonly record struct VmMatch(int StartStep, int EndStep, int EndSplit, int[] Registers, int Trail);
