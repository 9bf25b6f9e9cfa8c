using Extract.Matching;

namespace Extract.Language.Model;

/// <summary>
/// The literals of one pack, interned: every word, list entry word and closed-class word the pack
/// mentions is stored once as a matching key, and rules refer to it by its index (its id).
/// </summary>
/// <param name="Keys">The matching keys; the id of a key is its index.</param>
public sealed record Vocabulary(EquatableArray<string> Keys)
{
    /// <summary>The number of ids.</summary>
    public int Count => Keys.Count;

    /// <summary>Builds the allocation-free lookup table that runtime matchers use.</summary>
    public KeyTable CreateTable() => new(Keys.AsSpan().ToArray());
}

/// <summary>Interns matching keys into ids while a pack is being bound.</summary>
public sealed class VocabularyBuilder
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];

    /// <summary>The id of <paramref name="key"/>, adding it if new.</summary>
    public int Intern(string key)
    {
        if (ids.TryGetValue(key, out int id)) return id;
        id = keys.Count;
        ids.Add(key, id);
        keys.Add(key);
        return id;
    }

    /// <summary>The id of <paramref name="key"/> if it is already interned, else -1.</summary>
    public int Find(string key) => ids.TryGetValue(key, out int id) ? id : -1;

    /// <summary>The key of <paramref name="id"/>.</summary>
    public string KeyOf(int id) => keys[id];

    /// <summary>The vocabulary built so far.</summary>
    public Vocabulary Build() => new(keys.ToEquatableArray());
}
