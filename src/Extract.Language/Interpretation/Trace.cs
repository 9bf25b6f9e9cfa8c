namespace Extract.Language.Interpretation;

/// <summary>
/// Records, during one VM run, which element matched which token on every thread's path (as a tree
/// of trail nodes shared between threads), and the farthest step where some element failed.
/// </summary>
internal sealed class Trace
{
    private readonly List<(int Parent, int Pc, int Token, int Start)> nodes = [];

    /// <summary>The farthest step at which an element failed to match.</summary>
    public int FarthestStep { get; private set; } = -1;

    /// <summary>The trail of the first thread that failed at <see cref="FarthestStep"/>.</summary>
    public int FarthestTrail { get; private set; } = -1;

    /// <summary>The states that failed at <see cref="FarthestStep"/>, in priority order, without repeats.</summary>
    public List<int> FailedStates { get; } = [];

    /// <summary>A new trail for a match attempt starting at <paramref name="step"/>.</summary>
    public int Root(int step)
    {
        nodes.Add((-1, -1, -1, step));
        return nodes.Count - 1;
    }

    /// <summary>A trail extended by state <paramref name="pc"/> matching token <paramref name="token"/>.</summary>
    public int Advance(int trail, int pc, int token)
    {
        int start = trail >= 0 ? nodes[trail].Start : -1;
        nodes.Add((trail, pc, token, start));
        return nodes.Count - 1;
    }

    /// <summary>Notes that state <paramref name="pc"/> did not match at <paramref name="step"/>.</summary>
    public void Failed(int trail, int pc, int step)
    {
        if (step > FarthestStep)
        {
            FarthestStep = step;
            FarthestTrail = trail;
            FailedStates.Clear();
        }
        if (step == FarthestStep && !FailedStates.Contains(pc)) FailedStates.Add(pc);
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
