using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>The slots of the rule being bound, numbered by first appearance.</summary>
internal sealed class RuleContext(IReadOnlySet<string> outputSlots, bool isClause)
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public List<(string Name, string? Type, PatternNode Body)> Slots { get; } = [];

    /// <summary>Names the output uses as slots: such a name is a slot even if it is not a single letter.</summary>
    public IReadOnlySet<string> OutputSlots => outputSlots;

    /// <summary>True while binding an <c>unless</c>/<c>when</c> pattern, where slots are not allowed.</summary>
    public bool IsClause => isClause;

    /// <summary>Set when an error was reported, to avoid cascades (e.g. "matches empty" after an unknown name).</summary>
    public bool HasErrors { get; set; }

    /// <summary>The macros being expanded, innermost last, for cycle detection.</summary>
    public List<string> Expanding { get; } = [];

    public int SlotIndex(string name, string? type, PatternNode body)
    {
        if (index.TryGetValue(name, out int existing)) return existing;
        index[name] = Slots.Count;
        Slots.Add((name, type, body));
        return Slots.Count - 1;
    }

    public bool Binds(string name) => index.ContainsKey(name);

    public int IndexOf(string name) => index[name];
}
