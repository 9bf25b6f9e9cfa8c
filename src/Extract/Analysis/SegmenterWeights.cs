namespace Extract.Analysis;

/// <summary>
/// How much each kind of clitic costs a candidate segmentation. A candidate scores the log frequency
/// of its stem (with the article joined back) minus these costs; the best score ranks first.
/// </summary>
/// <param name="Conjunction">Cost of splitting و or ف.</param>
/// <param name="Preposition">Cost of splitting ب ل ك.</param>
/// <param name="Future">Cost of splitting the future prefix س.</param>
/// <param name="Article">Cost of splitting the article ال (its stem is looked up with the article, so this only orders otherwise equal candidates).</param>
/// <param name="Enclitic">Cost of splitting an enclitic pronoun.</param>
/// <param name="PrepositionWithPronoun">Score of a preposition standing before a pronoun (لها، به), which has no stem to look up.</param>
public sealed record SegmenterWeights(float Conjunction, float Preposition, float Future, float Article, float Enclitic, float PrepositionWithPronoun)
{
    /// <summary>The weights the built-in analyzer uses.</summary>
    public static SegmenterWeights Default { get; } = new(-1f, 0f, 0f, -3f, 0f, 20f);
}
