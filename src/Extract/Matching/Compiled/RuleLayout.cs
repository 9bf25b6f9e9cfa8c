namespace Extract.Matching.Compiled;

/// <summary>Where a rule's automaton enters a list: the list state, the list's trie, and the state after the entry.</summary>
/// <param name="State">The automaton state that matches one entry of the list.</param>
/// <param name="Trie">The list's trie.</param>
/// <param name="Next">The state that follows the entry.</param>
public readonly record struct ListOccurrence(int State, ListTrie Trie, int Next);

/// <summary>
/// The shape of a generated rule's automaton: its own states (numbered as in the rule's model), then,
/// for every list occurrence, one state per trie node (so threads inside a list entry are deduplicated
/// like any other thread).
/// </summary>
public sealed class RuleLayout
{
    internal readonly int[] TrieOccurrence;   // per trie state (pc - StateCount): its occurrence
    internal readonly int[] TrieRoot;         // per occurrence: the pc of its root node
    internal readonly ListOccurrence[] Lists;

    /// <summary>Lays out a rule with <paramref name="stateCount"/> states and the given list occurrences.</summary>
    public RuleLayout(int stateCount, int start, int registerCount, params ListOccurrence[] lists)
    {
        StateCount = stateCount;
        Start = start;
        RegisterCount = registerCount;
        Lists = lists;
        TrieRoot = new int[lists.Length];
        int total = stateCount;
        for (int i = 0; i < lists.Length; i++)
        {
            TrieRoot[i] = total;
            total += lists[i].Trie.NodeCount;
        }
        Count = total;
        TrieOccurrence = new int[total - stateCount];
        for (int i = 0; i < lists.Length; i++)
            for (int node = 0; node < lists[i].Trie.NodeCount; node++)
                TrieOccurrence[TrieRoot[i] + node - stateCount] = i;
    }

    /// <summary>The number of the automaton's own states.</summary>
    public int StateCount { get; }

    /// <summary>The initial state.</summary>
    public int Start { get; }

    /// <summary>The number of capture registers (two per slot).</summary>
    public int RegisterCount { get; }

    /// <summary>All states, trie nodes included.</summary>
    public int Count { get; }
}
