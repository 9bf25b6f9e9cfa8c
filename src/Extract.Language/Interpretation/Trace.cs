namespace Extract.Language.Interpretation;

/// <summary>
/// Records, during one VM run, which element matched which token on every thread's path (as a tree
/// of trail nodes shared between threads), and the farthest step where some element failed.
/// </summary>
internal sealed class Trace
{
    private readonly List<(int Parent, int Pc, int Token, int Start, int Depth)> nodes = [];

    /// <summary>The step at which the deepest attempt failed (the attempt that matched the most elements first).</summary>
    public int FarthestStep { get; private set; } = -1;

    /// <summary>The trail of that attempt.</summary>
    public int FarthestTrail { get; private set; } = -1;

    private int farthestDepth = -1;

    /// <summary>The states that failed there, in priority order, without repeats.</summary>
    public List<int> FailedStates { get; } = [];

    /// <summary>A new trail for a match attempt starting at <paramref name="step"/>.</summary>
    public int Root(int step)
    {
        nodes.Add((-1, -1, -1, step, 0));
        return nodes.Count - 1;
    }

    /// <summary>A trail extended by state <paramref name="pc"/> matching token <paramref name="token"/>.</summary>
    public int Advance(int trail, int pc, int token)
    {
        int start = trail >= 0 ? nodes[trail].Start : -1;
        int depth = trail >= 0 ? nodes[trail].Depth + 1 : 1;
        nodes.Add((trail, pc, token, start, depth));
        return nodes.Count - 1;
    }

    /// <summary>Notes that state <paramref name="pc"/> did not match at <paramref name="step"/>.</summary>
    public void Failed(int trail, int pc, int step)
    {
        int depth = trail >= 0 ? nodes[trail].Depth : 0;
        if (depth > farthestDepth)
        {
            farthestDepth = depth;
            FarthestStep = step;
            FarthestTrail = trail;
            FailedStates.Clear();
        }
        if (depth == farthestDepth && step == FarthestStep && !FailedStates.Contains(pc)) FailedStates.Add(pc);
    }

    /// <summary>The start step of a trail's attempt.</summary>
    public int StartOf(int trail) => trail >= 0 ? nodes[trail].Start : -1;

    /// <summary>The (state, token) pairs matched along a trail, first to last.</summary>
    public List<(int Pc, int Token)> Path(int trail)
    {
        var path = new List<(int, int)>();
        for (int node = trail; node >= 0; node = nodes[node].Parent)
            if (nodes[node].Pc >= 0) path.Add((nodes[node].Pc, nodes[node].Token));
        path.Reverse();
        return path;
    }
}
