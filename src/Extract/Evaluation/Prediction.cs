using Extract.Matching;

namespace Extract.Evaluation;

/// <summary>A relation a pack found in a document, as input to <see cref="Scorer"/>.</summary>
/// <param name="Doc">The document's identifier, as the gold file names it.</param>
/// <param name="Relation">The extraction.</param>
public sealed record Prediction(string Doc, Relation Relation);
