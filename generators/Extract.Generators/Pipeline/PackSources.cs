using Extract.Language.Model;

namespace Extract.Generators.Pipeline;

/// <summary>
/// The input of one pack: every rule file of one folder (a pack may span several files there) and
/// the list files they name. Equatable, so that a pack whose files did not change is not rebuilt.
/// </summary>
internal sealed record PackSources(string FolderKey, EquatableArray<SourceFile> Rules, EquatableArray<SourceFile> Lists)
{
    /// <summary>
    /// Groups rule files by folder, each with the list files it names, in a stable order (by path) so
    /// that the same files always give equal inputs.
    /// </summary>
    public static IEnumerable<PackSources> Group(IReadOnlyList<SourceFile> ruleFiles, IReadOnlyList<SourceFile> listFiles)
    {
        var lists = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var list in listFiles) lists[list.Key] = list;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = ruleFiles
            .Where(file => seen.Add(file.Key))
            .GroupBy(file => file.FolderKey, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var rules = folder.OrderBy(file => file.Key, StringComparer.Ordinal).ToArray();
            var named = rules
                .SelectMany(file => file.ListReferences())
                .Distinct(StringComparer.Ordinal)
                .OrderBy(key => key, StringComparer.Ordinal)
                .Where(lists.ContainsKey)
                .Select(key => lists[key])
                .ToArray();
            yield return new PackSources(folder.Key, rules, named);
        }
    }

    /// <summary>The text of a list file named by one of the rules, by its path as the binder resolved it; null when not given.</summary>
    public string? ListText(string path)
    {
        var key = PathKey.Of(path);
        foreach (var list in Lists)
            if (list.Key == key) return list.Text;
        return null;
    }
}
