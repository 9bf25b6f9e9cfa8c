namespace Extract.Evaluation;

/// <summary>
/// What a gold annotation accepts for one argument: a predicted phrase is correct when it contains
/// one of <see cref="Core"/> and lies within one of <see cref="Max"/> (see <see cref="PhraseMatcher"/>).
/// </summary>
/// <param name="Core">The minimal phrases, any of which the prediction must contain.</param>
/// <param name="Max">The maximal phrases, one of which must contain the prediction.</param>
public sealed record GoldArgument(IReadOnlyList<string> Core, IReadOnlyList<string> Max)
{
    /// <inheritdoc />
    public override string ToString() => Core.Count > 0 ? $"\"{Core[0]}\"" : "\"\"";
}

/// <summary>One relation of a gold file (DESIGN.md §5), one line of JSON.</summary>
/// <param name="Doc">The document it belongs to.</param>
/// <param name="Id">Its identifier, unique in the file.</param>
/// <param name="Tier"><c>core</c> for a plain construction, <c>hard</c> for one that needs more.</param>
/// <param name="Relation">The relation name, such as <c>Control</c>.</param>
/// <param name="Arguments">The arguments by role (<c>controller</c>, <c>controlled</c>), in file order.</param>
/// <param name="Status">The <c>status</c> attribute the text supports, or null.</param>
/// <param name="Negated">True when the text denies the relation.</param>
/// <param name="Construction">The annotator's note on the construction, or null.</param>
/// <param name="Line">The line of the gold file it was read from (1-based).</param>
public sealed record GoldRelation(
    string Doc,
    string Id,
    string Tier,
    string Relation,
    IReadOnlyList<KeyValuePair<string, GoldArgument>> Arguments,
    string? Status,
    bool Negated,
    string? Construction,
    int Line)
{
    /// <summary>The argument for <paramref name="role"/>, or null.</summary>
    public GoldArgument? this[string role]
    {
        get
        {
            foreach (var pair in Arguments)
                if (pair.Key == role) return pair.Value;
            return null;
        }
    }

    /// <summary>Reads <c>S3 Control(controller: "الجيش السوري", controlled: "حارة الأصيلة") [hard]</c>.</summary>
    public override string ToString() =>
        $"{Id} {Relation}({string.Join(", ", Arguments.Select(a => $"{a.Key}: {a.Value}"))}) [{Tier}]";
}
