using System.Globalization;
using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>The id sets the rules test against, deduplicated, each emitted once as a static field.</summary>
internal sealed class IdSetTable
{
    private readonly Dictionary<EquatableArray<int>, string> names = [];
    private readonly List<(string Name, EquatableArray<int> Ids)> sets = [];

    /// <summary>The qualified field holding <paramref name="ids"/>.</summary>
    public string Field(EquatableArray<int> ids)
    {
        if (!names.TryGetValue(ids, out var name))
        {
            name = "Set" + sets.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(ids, name);
            sets.Add((name, ids));
        }
        return "Sets." + name;
    }

    public void Emit(CodeWriter code, string vocabularySize)
    {
        code.Line("/// <summary>The word sets the rules test tokens against (vocabulary ids).</summary>");
        code.Open("private static class Sets");
        foreach (var (name, ids) in sets)
            code.Line($"internal static readonly global::Extract.Matching.Compiled.IdSet {name} = new global::Extract.Matching.Compiled.IdSet({vocabularySize}, new int[] {{ {CSharp.IntList(ids)} }});");
        code.Close();
    }
}
