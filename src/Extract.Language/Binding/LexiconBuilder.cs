using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>Interns the closed word classes of <see cref="ClosedClasses"/> into a pack's <see cref="PhraseLexicon"/>.</summary>
internal static class LexiconBuilder
{
    /// <summary>
    /// Builds the lexicon; <paramref name="verbForms"/> are extra verb forms that end a default phrase
    /// (the morphology's forms of the frequent verbs and of the pack's <c>~lexeme</c> words).
    /// </summary>
    public static PhraseLexicon Build(VocabularyBuilder vocabulary, IEnumerable<string> verbForms)
    {
        var pronouns = Intern(vocabulary, ClosedClasses.Pronouns);
        var relatives = Intern(vocabulary, ClosedClasses.RelativePronouns);
        var stops = Intern(vocabulary, ClosedClasses.Prepositions
            .Concat(ClosedClasses.Particles)
            .Concat(ClosedClasses.VerbLemmas)
            .Concat(ClosedClasses.VerbForms)
            .Concat(verbForms));
        stops.UnionWith(pronouns);
        stops.UnionWith(relatives);
        return new PhraseLexicon(Sorted(stops), Sorted(pronouns), Sorted(relatives));
    }

    private static HashSet<int> Intern(VocabularyBuilder vocabulary, IEnumerable<string> words)
    {
        var ids = new HashSet<int>();
        foreach (var word in words)
        {
            var keys = MatchingKeys.Of(word);
            if (keys.Length == 1 && keys[0].Length > 0) ids.Add(vocabulary.Intern(keys[0]));
        }
        return ids;
    }

    private static EquatableArray<int> Sorted(HashSet<int> ids) => ids.Order().ToEquatableArray();
}
