using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>
/// Turns list entries (inline or from a file) into a <see cref="ListModel"/>: each entry is analyzed
/// into words, each word normalized to its matching key and interned; duplicates (after
/// normalization) are dropped and reported. Entries are sorted by their ids, so the model does not
/// depend on the order of the file; 100,000 entries cost one analysis each.
/// </summary>
internal static class ListBuilder
{
    /// <summary>One entry as written and where.</summary>
    public readonly record struct RawEntry(string Text, SourceLocation Location);

    /// <summary>A duplicate entry: its text, where it is, and the line of its first occurrence.</summary>
    public readonly record struct Duplicate(string Text, SourceLocation Location, SourceLocation First);

    public static ListModel Build(
        string name,
        SourceLocation location,
        IEnumerable<RawEntry> entries,
        VocabularyBuilder vocabulary,
        List<Duplicate> duplicates,
        List<RawEntry> empty)
    {
        var seen = new Dictionary<EquatableArray<int>, SourceLocation>();
        foreach (var entry in entries)
        {
            var keys = MatchingKeys.Of(entry.Text);
            if (keys.Length == 0)
            {
                empty.Add(entry);
                continue;
            }
            var ids = new int[keys.Length];
            for (int i = 0; i < keys.Length; i++) ids[i] = vocabulary.Intern(keys[i]);
            var sequence = new EquatableArray<int>(ids);
            if (seen.TryGetValue(sequence, out var first)) duplicates.Add(new Duplicate(entry.Text, entry.Location, first));
            else seen.Add(sequence, entry.Location);
        }
        var sorted = seen.Keys.ToArray();
        Array.Sort(sorted, Compare);
        return new ListModel(name, sorted, location);
    }

    private static int Compare(EquatableArray<int> a, EquatableArray<int> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Count.CompareTo(b.Count);
    }
}
