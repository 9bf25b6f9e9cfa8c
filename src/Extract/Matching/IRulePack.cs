namespace Extract.Matching;

/// <summary>A compiled or interpreted rule pack: finds relations in documents.</summary>
public interface IRulePack
{
    /// <summary>The pack's name as declared by <c>pack</c> (e.g. <c>Arabic.Control</c>).</summary>
    string Name { get; }

    /// <summary>Metadata of every rule in the pack, in file order.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Finds all relations in an analyzed document, in text order, overlaps resolved.</summary>
    IReadOnlyList<Relation> Match(Document document);

    /// <summary>Analyzes <paramref name="text"/> and finds all relations in it.</summary>
    IReadOnlyList<Relation> Match(string text);
}

/// <summary>What a pack knows about one of its rules.</summary>
/// <param name="Name">The rule's name (<c>line_7</c> for a rule written as a bare pattern).</param>
/// <param name="Relation">The relation it produces.</param>
/// <param name="Priority">Its priority (0 unless declared).</param>
/// <param name="File">The rule file, relative to the pack folder.</param>
/// <param name="Line">The line of the rule in <paramref name="File"/>.</param>
/// <param name="Source">The rule's pattern as written.</param>
public sealed record RuleInfo(string Name, string Relation, int Priority, string File, int Line, string Source);
