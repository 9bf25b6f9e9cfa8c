namespace Extract.Matching.Compiled;

/// <summary>
/// A list's entries as a trie over word ids (node 0 is the root), built once from the compact table
/// a generated pack carries: <c>[length, id, id, …, length, id, …]</c>, entries in the list's order.
/// </summary>
public sealed class ListTrie
{
    private readonly Dictionary<long, int> children = [];
    private readonly List<bool> final = [false];
    private readonly List<bool> inner = [false];
    private readonly IdSet words;   // every id of every entry: most tokens are rejected with one bit test

    /// <summary>Builds the trie of the entries in <paramref name="table"/>.</summary>
    public ListTrie(ReadOnlySpan<int> table)
    {
        int at = 0, maxId = -1;
        var ids = new List<int>();
        while (at < table.Length)
        {
            int length = table[at++];
            int node = 0;
            for (int w = 0; w < length && at < table.Length; w++)
            {
                int id = table[at++];
                ids.Add(id);
                maxId = Math.Max(maxId, id);
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
        words = new IdSet(maxId + 1, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
    }

    /// <summary>The number of nodes, the root included.</summary>
    public int NodeCount { get; }

    /// <summary>True when an entry ends at <paramref name="node"/>.</summary>
    public bool IsFinal(int node) => final[node];

    /// <summary>True when some entry continues after <paramref name="node"/>.</summary>
    public bool HasChildren(int node) => inner[node];

    /// <summary>The child of <paramref name="node"/> along word <paramref name="id"/>, or -1.</summary>
    public int Child(int node, int id) =>
        words.Contains(id) && children.TryGetValue(((long)node << 32) | (uint)id, out int child) ? child : -1;
}
