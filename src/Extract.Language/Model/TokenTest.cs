namespace Extract.Language.Model;

/// <summary>
/// A predicate over one token or one clitic segment, evaluated on vocabulary ids and token kinds only
/// (analyze once, match many: no strings at match time).
/// </summary>
public abstract record TokenTest;

/// <summary>
/// True when one of the token's stem forms has an id in <see cref="Ids"/>. The stem forms of a token
/// are its whole key and, for each candidate segmentation, the stem's key and (when the segmentation
/// has the article) ال + stem. On an enclitic segment: the segment's key.
/// </summary>
/// <param name="Ids">Sorted vocabulary ids.</param>
public sealed record StemIn(EquatableArray<int> Ids) : TokenTest;

/// <summary>True when the whole token's key has an id in <see cref="Ids"/> (no clitic stripping).</summary>
/// <param name="Ids">Sorted vocabulary ids.</param>
public sealed record KeyIn(EquatableArray<int> Ids) : TokenTest;

/// <summary>True when the token (or segment) belongs to a built-in class.</summary>
/// <param name="Class">The class.</param>
public sealed record ClassIs(TokenClass Class) : TokenTest;

/// <summary>True when the token can be part of a default phrase (see <see cref="PhraseLexicon"/>).</summary>
public sealed record IsContent : TokenTest;

/// <summary>True when the token is a relative pronoun (التي، الذي…; see <see cref="PhraseLexicon"/>).</summary>
public sealed record IsRelativePronoun : TokenTest;

/// <summary>True when <see cref="Operand"/> is false.</summary>
/// <param name="Operand">The negated test.</param>
public sealed record NotTest(TokenTest Operand) : TokenTest;

/// <summary>True when any of <see cref="Options"/> is true.</summary>
/// <param name="Options">The alternatives.</param>
public sealed record AnyTest(EquatableArray<TokenTest> Options) : TokenTest;
