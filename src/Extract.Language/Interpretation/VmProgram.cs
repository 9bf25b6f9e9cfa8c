using Extract.Language.Model;

namespace Extract.Language.Interpretation;

/// <summary>
/// An <see cref="Automaton"/> lowered for the Pike VM: flat instruction arrays, predicates compiled
/// to bit sets, and every list occurrence expanded into its own copy of the list's trie of states
/// (a trie node is a state, so threads inside a list entry are deduplicated like any other).
/// </summary>
internal sealed class VmProgram
{
    public enum Op : byte { Match, Split, Save, Assert, Consume, Trie }

    public readonly int Count;
    public readonly int Start;
    public readonly int RegisterCount;
    public readonly Op[] Ops;
    public readonly int[] Next;
    public readonly int[] Arg;              // Save: register; Assert: anchor; Consume: unit; Trie: node
    public readonly int[][] Targets;        // Split
    public readonly Predicate?[] Predicates;
    public readonly string[] Elements;
    public readonly ListTrie?[] Tries;      // Trie: the list's trie
    public readonly int[] TrieBase;         // Trie: pc of the occurrence's root

    public VmProgram(Automaton automaton, IReadOnlyList<ListTrie> tries, int vocabularySize, Dictionary<TokenTest, Predicate> cache)
    {
        int baseCount = automaton.Count;
        var occurrences = new List<(int Pc, ListState State)>();
        int total = baseCount;
        for (int pc = 0; pc < baseCount; pc++)
            if (automaton.States[pc] is ListState list)
            {
                occurrences.Add((total, list));
                total += tries[list.List].NodeCount;
            }
        Count = total;
        Start = automaton.Start;
        RegisterCount = automaton.RegisterCount;
        Ops = new Op[total];
        Next = new int[total];
        Arg = new int[total];
        Targets = new int[total][];
        Predicates = new Predicate?[total];
        Elements = new string[total];
        Tries = new ListTrie?[total];
        TrieBase = new int[total];
        int occurrence = 0;
        for (int pc = 0; pc < baseCount; pc++)
        {
            Elements[pc] = "";
            switch (automaton.States[pc])
            {
                case MatchState:
                    Ops[pc] = Op.Match;
                    break;
                case SplitState split:
                    Ops[pc] = Op.Split;
                    Targets[pc] = split.Next.AsSpan().ToArray();
                    break;
                case SaveState save:
                    Ops[pc] = Op.Save;
                    Arg[pc] = save.Register;
                    Next[pc] = save.Next;
                    break;
                case AssertState assert:
                    Ops[pc] = Op.Assert;
                    Arg[pc] = (int)assert.Anchor;
                    Next[pc] = assert.Next;
                    break;
                case ConsumeState consume:
                    Ops[pc] = Op.Consume;
                    Arg[pc] = (int)consume.Unit;
                    Next[pc] = consume.Next;
                    Predicates[pc] = Predicate.Compile(consume.Test, vocabularySize, cache);
                    Elements[pc] = consume.Element;
                    break;
                case ListState list:
                {
                    var (root, _) = occurrences[occurrence++];
                    Ops[pc] = Op.Split;
                    Targets[pc] = [root];
                    var trie = tries[list.List];
                    for (int node = 0; node < trie.NodeCount; node++)
                    {
                        Ops[root + node] = Op.Trie;
                        Arg[root + node] = node;
                        Next[root + node] = list.Next;
                        Tries[root + node] = trie;
                        TrieBase[root + node] = root;
                        Elements[root + node] = list.Element;
                    }
                    break;
                }
            }
        }
    }
}

/// <summary>A list's entries as a trie over word ids; node 0 is the root.</summary>
internal sealed class ListTrie
{
    private readonly Dictionary<long, int> children = [];
    private readonly List<bool> final = [false];
    private readonly List<bool> inner = [false];

    public ListTrie(ListModel list)
    {
        foreach (var entry in list.Entries)
        {
            int node = 0;
            foreach (int id in entry)
            {
                long key = ((long)node << 32) | (uint)id;
                if (!children.TryGetValue(key, out int child))
                {
                    child = final.Count;
                    final.Add(false);
                    inner.Add(false);
                    children.Add(key, child);
                    inner[node] = true;
                }
                node = child;
            }
            if (node != 0) final[node] = true;
        }
        NodeCount = final.Count;
    }

    public int NodeCount { get; }

    /// <summary>True when an entry ends at <paramref name="node"/>.</summary>
    public bool IsFinal(int node) => final[node];

    /// <summary>True when some entry continues after <paramref name="node"/>.</summary>
    public bool HasChildren(int node) => inner[node];

    /// <summary>The child of <paramref name="node"/> along word <paramref name="id"/>, or -1.</summary>
    public int Child(int node, int id) =>
        id >= 0 && children.TryGetValue(((long)node << 32) | (uint)id, out int child) ? child : -1;
}
