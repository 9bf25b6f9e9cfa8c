namespace Extract.Language.Model;

/// <summary>
/// The most tokens a match of an automaton can touch, or -1 when unbounded (a loop that consumes).
/// With a rule's trigger, it bounds where a match can start: within that many tokens before an
/// occurrence of a trigger word, so that a matcher need not start threads anywhere else.
/// </summary>
public static class MatchLength
{
    /// <summary>
    /// An upper bound on the number of tokens a match touches (each consumed token, stem and enclitic
    /// counts as one, a list entry as its longest entry), or -1 when the automaton can loop while
    /// consuming.
    /// </summary>
    public static int MaxTokens(Automaton automaton, IReadOnlyList<ListModel> lists)
    {
        int count = automaton.Count;
        var longest = new int[count];          // the longest path from a state to acceptance, in tokens
        var state = new byte[count];           // 0 unseen, 1 on the stack, 2 done
        var stack = new Stack<(int Pc, int Edge)>();
        stack.Push((automaton.Start, 0));
        state[automaton.Start] = 1;
        while (stack.Count > 0)
        {
            var (pc, edge) = stack.Pop();
            var edges = Edges(automaton.States[pc], lists);
            if (edge < edges.Count)
            {
                stack.Push((pc, edge + 1));
                int target = edges[edge].Target;
                if (target < 0 || target >= count) continue;
                if (state[target] == 1) return -1;    // a cycle: bounded only if it consumes nothing, which the builder never emits
                if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
                continue;
            }
            int best = 0;
            foreach (var (target, weight) in edges)
                if (target >= 0 && target < count) best = Math.Max(best, longest[target] + weight);
            longest[pc] = best;
            state[pc] = 2;
        }
        return longest[automaton.Start];
    }

    private static List<(int Target, int Weight)> Edges(AutomatonState state, IReadOnlyList<ListModel> lists) => state switch
    {
        SplitState split => split.Next.Select(next => (next, 0)).ToList(),
        SaveState save => [(save.Next, 0)],
        AssertState assert => [(assert.Next, 0)],
        ConsumeState consume => [(consume.Next, 1)],
        ListState list => [(list.Next, list.List < lists.Count ? Math.Max(1, lists[list.List].Entries.Select(entry => entry.Count).DefaultIfEmpty(1).Max()) : 1)],
        _ => [],
    };
}
