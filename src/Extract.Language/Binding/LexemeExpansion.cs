namespace Extract.Language.Binding;

/// <summary>
/// The one place where the binder asks the morphology for the forms of a lexeme (<c>~w</c>) or of
/// its family (<c>~~w</c>). Null means the expansion is not available: the binder then reports
/// EXT0117 instead of guessing forms.
/// </summary>
internal static class LexemeExpansion
{
    public static IReadOnlyList<string>? Expand(string lemma, bool family) => null;
}
