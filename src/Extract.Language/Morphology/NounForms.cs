namespace Extract.Language.Morphology;

/// <summary>
/// The nouns a verb lends its family (<c>~~word</c>): masdar(s), active and passive participles,
/// each with feminine and plural suffixes and with the article.
/// </summary>
public static class NounForms
{
    // Form I masdars are not predictable; the common ones of news about conflict, then defaults.
    private static readonly Dictionary<string, string[]> FormIMasdars = new()
    {
        ["دخل"] = ["دخول"], ["سقط"] = ["سقوط"], ["خرج"] = ["خروج"], ["هجم"] = ["هجوم"], ["طرد"] = ["طرد"],
        ["بسط"] = ["بسط"], ["قتل"] = ["قتل"], ["حكم"] = ["حكم"], ["فتح"] = ["فتح"], ["قصف"] = ["قصف"],
        ["سيطر"] = ["سيطرة"], ["حصل"] = ["حصول"], ["وصل"] = ["وصول"], ["عبر"] = ["عبور"], ["نزح"] = ["نزوح"],
        ["قال"] = ["قول"], ["عاد"] = ["عودة"], ["قام"] = ["قيام"], ["كان"] = ["كون"], ["زار"] = ["زيارة"],
        ["رمى"] = ["رمي"], ["دعا"] = ["دعوة", "دعاء"], ["مد"] = ["مد"], ["حل"] = ["حل"], ["سعى"] = ["سعي"],
    };

    private static readonly string[] Inflections = ["", "ة", "ون", "ين", "ات", "ان", "تان", "تين", "ي"];
    private static readonly string[] Pronouns = ["ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"];

    /// <summary>The masdars of <paramref name="verb"/>.</summary>
    public static IEnumerable<string> Masdars(VerbLemma verb)
    {
        string r = verb.Radicals;
        return (verb.Form, verb.Class) switch
        {
            (VerbForm.I, _) when FormIMasdars.TryGetValue(verb.Lemma, out var known) => known,
            (VerbForm.I, RootClass.Hollow) => [$"{r[0]}و{r[2]}", $"{r[0]}ي{r[2]}", $"{r[0]}و{r[2]}ة"],
            (VerbForm.I, RootClass.Defective) => [$"{r[0]}{r[1]}ي", $"{r[0]}{r[1]}اء", $"{r[0]}{r[1]}و"],
            (VerbForm.I, RootClass.Doubled) => [$"{r[0]}{r[1]}"],
            (VerbForm.I, RootClass.Assimilated) => [$"{r[0]}{r[1]}و{r[2]}", $"{r[1]}{r[2]}ة"],
            (VerbForm.I, _) => [r, $"{r[0]}{r[1]}و{r[2]}", $"{r[0]}{r[1]}ا{r[2]}", $"{r[0]}{r[1]}ا{r[2]}ة"],
            (VerbForm.II, RootClass.Defective) => [$"ت{r[0]}{r[1]}ية"],
            (VerbForm.II, _) => [$"ت{r[0]}{r[1]}ي{r[2]}", $"ت{r[0]}{r[1]}{r[2]}ة"],
            (VerbForm.III, _) => [$"م{r[0]}ا{r[1]}{r[2]}ة", $"{r[0]}{r[1]}ا{r[2]}"],
            (VerbForm.IV, RootClass.Hollow) => [$"إ{r[0]}ا{r[2]}ة"],
            (VerbForm.IV, RootClass.Defective) => [$"إ{r[0]}{r[1]}اء"],
            (VerbForm.IV, RootClass.Doubled) => [$"إ{r[0]}{r[1]}ا{r[1]}"],
            (VerbForm.IV, _) => [$"إ{r[0]}{r[1]}ا{r[2]}"],
            (VerbForm.V, RootClass.Defective) => [$"ت{r[0]}{r[1]}ي"],
            (VerbForm.V, _) => [$"ت{r}"],
            (VerbForm.VI, _) => [verb.Lemma],
            (VerbForm.VII, RootClass.Hollow) => [$"ان{r[0]}يا{r[2]}"],
            (VerbForm.VII, _) => [$"ان{Lengthened(r)}"],
            (VerbForm.VIII, RootClass.Hollow) => [$"ا{r[0]}تيا{r[2]}"],
            (VerbForm.VIII, RootClass.Defective) => [$"ا{r[0]}ت{r[1]}اء"],
            (VerbForm.VIII, RootClass.Doubled) => [$"{verb.Lemma}ا{verb.Lemma[^1]}"],
            (VerbForm.VIII, _) => [$"{verb.Lemma[..^1]}ا{verb.Lemma[^1]}"],
            (VerbForm.X, RootClass.Hollow) => [$"است{r[0]}ا{r[2]}ة"],
            (VerbForm.X, RootClass.Defective) => [$"است{(r[0] == 'و' ? 'ي' : r[0])}{r[1]}اء"],
            (VerbForm.X, RootClass.Doubled) => [$"است{r}ا{r[^1]}"],
            (VerbForm.X, _) => [$"است{r[0]}{r[1]}ا{r[2]}"],
            (VerbForm.Quadriliteral, _) => [$"{r}ة"],
            _ => [],
        };
    }

    /// <summary>The active and passive participles of <paramref name="verb"/>.</summary>
    public static IEnumerable<string> Participles(VerbLemma verb)
    {
        string r = verb.Radicals;
        string stem = VerbParadigms.ImperfectStem(verb);
        return (verb.Form, verb.Class) switch
        {
            (VerbForm.I, RootClass.Hollow) => [$"{r[0]}ائ{r[2]}", $"م{r[0]}و{r[2]}", $"م{r[0]}ي{r[2]}"],
            (VerbForm.I, RootClass.Defective) => [$"{r[0]}ا{r[1]}", $"{r[0]}ا{r[1]}ي", $"م{r[0]}{r[1]}ي", $"م{r[0]}{r[1]}و"],
            (VerbForm.I, RootClass.Doubled) => [$"{r[0]}ا{r[1]}", $"م{r[0]}{r[1]}و{r[1]}"],
            (VerbForm.I, _) => [$"{r[0]}ا{r[1]}{r[2]}", $"م{r[0]}{r[1]}و{r[2]}"],
            (_, RootClass.Hollow) => [$"م{ImperfectLong(stem)}", $"م{stem}"],
            (_, RootClass.Defective) => [$"م{stem[..^1]}", $"م{stem[..^1]}ي", $"م{stem[..^1]}ى"],
            (_, RootClass.Doubled) => [$"م{stem.TrimEnd(stem[^1])}{stem[^1]}"],
            _ => [$"م{stem}"],
        };
    }

    /// <summary>Each noun with its inflections, its article, and (masdars ending in ة) its pronoun suffixes.</summary>
    public static IEnumerable<string> Inflect(IEnumerable<string> nouns)
    {
        foreach (var noun in nouns)
        {
            bool feminine = noun.EndsWith('ة');
            var forms = feminine
                ? new[] { noun, noun[..^1] + "ات", noun[..^1] + "تان", noun[..^1] + "تين" }
                : Inflections.Select(suffix => noun + suffix).ToArray();
            foreach (var form in forms)
            {
                yield return form;
                yield return "ال" + form;
            }
            if (feminine)
                foreach (var pronoun in Pronouns) yield return noun[..^1] + "ت" + pronoun;
            else
                foreach (var pronoun in Pronouns) yield return noun + pronoun;
        }
    }

    private static string ImperfectLong(string stem)
    {
        int vowel = stem.LastIndexOf('ا', stem.Length - 2);
        return vowel > 0 ? stem.Remove(vowel, 1).Insert(vowel, "ي") : stem;
    }

    private static string Lengthened(string r) => r.Length >= 3 ? $"{r[0]}{r[1]}ا{r[2..]}" : r;
}
