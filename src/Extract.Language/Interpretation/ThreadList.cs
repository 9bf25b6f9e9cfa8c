namespace Extract.Language.Interpretation;

/// <summary>One VM thread: a state, whether it is skipping the rest of a token, its split, start and trail.</summary>
internal struct VmThread
{
    public int Pc;
    public bool Skip;
    public int Split;
    public int Start;
    public int Trail;
}

/// <summary>The threads of one step, in priority order, with their registers in one flat array.</summary>
internal sealed class ThreadList(int registers)
{
    public VmThread[] Items = new VmThread[16];
    private int[] values = new int[16 * Math.Max(registers, 1)];
    private readonly int width = Math.Max(registers, 1);

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public ReadOnlySpan<int> RegistersOf(int index) => values.AsSpan(index * width, registers);

    public void CopyRegisters(int index, int[] target) => RegistersOf(index).CopyTo(target);

    public void Add(int pc, bool skip, int split, int start, int trail, int[] registersToCopy)
    {
        int index = Grow();
        Items[index] = new VmThread { Pc = pc, Skip = skip, Split = split, Start = start, Trail = trail };
        registersToCopy.AsSpan(0, registers).CopyTo(values.AsSpan(index * width));
    }

    /// <summary>Adds a thread that skips the rest of the current token, deduplicated on (pc, skip).</summary>
    public void AddSkip(ThreadList source, int sourceIndex, int pc, int start, int trail, int[] marks, int stamp, int stateCount)
    {
        if (marks[stateCount + pc] == stamp) return;
        marks[stateCount + pc] = stamp;
        int index = Grow();
        Items[index] = new VmThread { Pc = pc, Skip = true, Split = -1, Start = start, Trail = trail };
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
