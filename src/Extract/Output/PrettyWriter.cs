using Extract.Matching;

namespace Extract.Output;

/// <summary>
/// One readable line per relation: its first argument → its second, the status, and the sentence
/// with the match marked between ⟦ ⟧, for people reading a terminal.
/// </summary>
public sealed class PrettyWriter(TextWriter output) : IRelationWriter
{
    private int _documents, _relations;

    /// <inheritdoc />
    public void Write(string documentId, string text, IReadOnlyList<Relation> relations)
    {
        _documents++;
        if (relations.Count == 0) return;
        output.WriteLine($"── {documentId}: {relations.Count} relation{(relations.Count == 1 ? "" : "s")}");
        foreach (var relation in relations)
        {
            _relations++;
            var arguments = relation.Arguments;
            string head = arguments.Count switch
            {
                0 => relation.Name,
                1 => $"{Describe(arguments[0].Value)}",
                _ => $"{Describe(arguments[0].Value)} → {Describe(arguments[1].Value)}",
            };
            string attributes = string.Join(", ", relation.Attributes.Select(a => a.Value == "true" ? a.Key : a.Value));
            output.WriteLine($"  {relation.Name}: {head}{(attributes.Length > 0 ? $"  [{attributes}]" : "")}  ({relation.Rule})");
            output.WriteLine($"    {Marked(text, relation.Span)}");
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        output.WriteLine($"{_relations} relation{(_relations == 1 ? "" : "s")} in {_documents} document{(_documents == 1 ? "" : "s")}");
        output.Flush();
    }

    private static string Describe(Argument argument) =>
        argument.Via is { } via ? $"{argument.Text} (via {via.Text})" : argument.Text;

    // The sentence around the match (to the nearest line break or sentence end), match marked.
    private static string Marked(string text, Span span)
    {
        int start = span.Start, end = span.End;
        while (start > 0 && start > span.Start - 120 && text[start - 1] is not ('\n' or '.' or '؟' or '!')) start--;
        while (end < text.Length && end < span.End + 120 && text[end] is not ('\n' or '.' or '؟' or '!')) end++;
        if (end < text.Length && text[end] is '.' or '؟' or '!') end++;
        return $"{text[start..span.Start].TrimStart()}⟦{text[span.Start..span.End]}⟧{text[span.End..end].TrimEnd()}".ReplaceLineEndings(" ");
    }
}
