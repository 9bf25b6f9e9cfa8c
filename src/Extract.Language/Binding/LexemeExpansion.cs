using Extract.Language.Morphology;

namespace Extract.Language.Binding;

/// <summary>
/// The one place where the binder asks the morphology for the forms of a lexeme (<c>~w</c>) or of
/// its family (<c>~~w</c>).
/// </summary>
internal static class LexemeExpansion
{
    public static IReadOnlyList<string>? Expand(string lemma, bool family) =>
        family ? Lexemes.ExpandFamily(lemma) : Lexemes.Expand(lemma);
}
