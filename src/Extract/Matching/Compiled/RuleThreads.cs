namespace Extract.Matching.Compiled;

/// <summary>One thread of a generated rule's VM: a state, whether it skips the rest of a token, its split and start.</summary>
internal struct RuleThread
{
    public int Pc;
    public bool Skip;
    public int Split;
    public int Start;
}

/// <summary>The threads of one step, in priority order, with their registers in one flat array.</summary>
internal sealed class RuleThreads(int registers)
{
    public RuleThread[] Items = new RuleThread[16];
    private int[] values = new int[16 * Math.Max(registers, 1)];
    private readonly int width = Math.Max(registers, 1);

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public ReadOnlySpan<int> RegistersOf(int index) => values.AsSpan(index * width, registers);

    public void CopyRegisters(int index, int[] target) => RegistersOf(index).CopyTo(target);

    public void Add(int pc, bool skip, int split, int start, int[] registersToCopy)
    {
        int index = Grow();
        Items[index] = new RuleThread { Pc = pc, Skip = skip, Split = split, Start = start };
        registersToCopy.AsSpan(0, registers).CopyTo(values.AsSpan(index * width));
    }

    /// <summary>Adds a thread that skips the rest of the current token, deduplicated on (pc, skip).</summary>
    public void AddSkip(RuleThreads source, int sourceIndex, int pc, int start, int[] marks, int stamp, int stateCount)
    {
        if (marks[stateCount + pc] == stamp) return;
        marks[stateCount + pc] = stamp;
        int index = Grow();
        Items[index] = new RuleThread { Pc = pc, Skip = true, Split = -1, Start = start };
        source.RegistersOf(sourceIndex).CopyTo(values.AsSpan(index * width));
    }

    private int Grow()
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
            Array.Resize(ref values, values.Length * 2);
        }
        return Count++;
    }
}
