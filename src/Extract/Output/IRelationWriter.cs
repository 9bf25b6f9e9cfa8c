using Extract.Matching;

namespace Extract.Output;

/// <summary>Writes the relations found in a stream of documents, one document at a time, in input order.</summary>
public interface IRelationWriter
{
    /// <summary>Writes the relations of one document (possibly none).</summary>
    void Write(string documentId, string text, IReadOnlyList<Relation> relations);

    /// <summary>Finishes the output (closing brackets, summaries). Call once, after the last document.</summary>
    void Complete();
}
