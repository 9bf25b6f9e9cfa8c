using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>What a capitalized name in a pattern refers to.</summary>
internal enum NameKind : byte { Unknown, List, Pattern, Class }

/// <summary>
/// The names of one pack (lists, patterns, built-in classes) with where each is declared and whether
/// it is used, plus the vocabulary being interned.
/// </summary>
internal sealed class PackScope
{
    private static readonly Dictionary<string, TokenClass> Classes = new(StringComparer.Ordinal)
    {
        ["Word"] = TokenClass.Word,
        ["Num"] = TokenClass.Num,
        ["Punct"] = TokenClass.Punct,
        ["Any"] = TokenClass.Any,
        ["Pron"] = TokenClass.Pron,
    };

    private readonly Dictionary<string, int> listIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> patternLocations = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public VocabularyBuilder Vocabulary { get; } = new();

    public List<ListModel> Lists { get; } = [];

    /// <summary>Every ~lexeme form the pack uses (they end default phrases).</summary>
    public HashSet<string> LexemeForms { get; } = new(StringComparer.Ordinal);

    public static bool IsClass(string name) => Classes.ContainsKey(name);

    public static TokenClass ClassOf(string name) => Classes[name];

    public bool IsDeclared(string name) => listIndex.ContainsKey(name) || patternLocations.ContainsKey(name) || IsClass(name);

    public int AddList(ListModel list)
    {
        listIndex[list.Name] = Lists.Count;
        Lists.Add(list);
        return Lists.Count - 1;
    }

    public void DeclarePattern(string name, SourceLocation location) => patternLocations[name] = location;

    public NameKind KindOf(string name) =>
        listIndex.ContainsKey(name) ? NameKind.List
        : patternLocations.ContainsKey(name) ? NameKind.Pattern
        : IsClass(name) ? NameKind.Class
        : NameKind.Unknown;

    public int ListIndexOf(string name) => listIndex[name];

    public void MarkUsed(string name) => used.Add(name);

    public IEnumerable<ListModel> UnusedLists => Lists.Where(list => !used.Contains(list.Name));

    public IEnumerable<(string Name, SourceLocation Location)> UnusedPatterns =>
        patternLocations.Where(pair => !used.Contains(pair.Key)).OrderBy(pair => pair.Value.File, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value.Line).Select(pair => (pair.Key, pair.Value));

    /// <summary>Every name a pattern may refer to, for "did you mean".</summary>
    public IEnumerable<string> KnownNames => listIndex.Keys.Concat(patternLocations.Keys).Concat(Classes.Keys);

    /// <summary>Where a list or pattern is declared, for messages.</summary>
    public SourceLocation? LocationOf(string name) =>
        listIndex.TryGetValue(name, out int index) ? Lists[index].Location
        : patternLocations.TryGetValue(name, out var location) ? location
        : null;
}
