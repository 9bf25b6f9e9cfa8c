namespace Extract.Language.Morphology;

/// <summary>
/// Lexeme expansion for the rule language: <c>~word</c> is every inflected form of a verb,
/// <c>~~word</c> also its family of nouns. Forms are unvocalized stems without clitics (the analyzer
/// strips clitics; the binder applies the matching key), deterministic and without duplicates.
/// </summary>
public static class Lexemes
{
    /// <summary>Every conjugated form of the verb whose citation form is <paramref name="lemma"/>, the citation form first.</summary>
    public static IReadOnlyList<string> Expand(string lemma)
    {
        var verb = VerbLemma.Analyze(lemma);
        return Distinct([verb.Lemma, .. VerbParadigms.Conjugate(verb).SelectMany(Spellings)]);
    }

    // Spelling variants news text uses: وا written و before a pronoun (شاركوه → شاركو + ه); a
    // hamza on alif after the imperfect prefix written on waw (يأكد → يؤكد).
    private static IEnumerable<string> Spellings(string form)
    {
        yield return form;
        if (form.EndsWith("وا")) yield return form[..^1];
        if (form.Length > 2 && form[0] is 'ي' or 'ت' or 'ن' && form[1] == 'أ') yield return form[0] + "ؤ" + form[2..];
    }

    /// <summary><see cref="Expand"/> plus the masdars and participles, inflected and with the article.</summary>
    public static IReadOnlyList<string> ExpandFamily(string lemma)
    {
        var verb = VerbLemma.Analyze(lemma);
        var nouns = NounForms.Masdars(verb).Concat(NounForms.Participles(verb));
        return Distinct([.. Expand(lemma), .. NounForms.Inflect(nouns)]);
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var form in forms)
            if (form.Length >= 2 && seen.Add(form)) result.Add(form);
        return result;
    }
}
