namespace Extract.Language.Morphology;

/// <summary>
/// Conjugates a verb, unvocalized: perfect (active and passive, every person, number and gender),
/// imperfect (indicative, subjunctive, jussive) and imperative. Forms are stems without clitics.
/// </summary>
public static class VerbParadigms
{
    private static readonly string[] PerfectAfterLongStem = ["", "ت", "ا", "تا", "وا"];
    private static readonly string[] PerfectAfterShortStem = ["ت", "تما", "تم", "تن", "نا", "ن"];
    private static readonly string[] ImperfectPrefixes = ["ي", "ت", "ن", "أ"];
    private static readonly string[] ImperfectSuffixes = ["", "ان", "ون", "ين", "ا", "وا", "ي"];

    /// <summary>Every conjugated form of <paramref name="verb"/>.</summary>
    public static IEnumerable<string> Conjugate(VerbLemma verb) => verb.Lemma == "رأى" ? Ra2a(verb) : verb.Class switch
    {
        RootClass.Hollow => Hollow(verb),
        RootClass.Defective => Defective(verb),
        RootClass.Doubled => Doubled(verb),
        _ => Sound(verb),
    };

    /// <summary>The stem the imperfect prefixes attach to (يـسيطر، يـستخدم، يـحكم).</summary>
    public static string ImperfectStem(VerbLemma verb)
    {
        string w = verb.Lemma;
        return verb.Form switch
        {
            VerbForm.IV or VerbForm.VII or VerbForm.VIII or VerbForm.IX or VerbForm.X => w[1..],
            VerbForm.I when verb.Class == RootClass.Assimilated => w[1..],
            _ => w,
        };
    }

    private static IEnumerable<string> Sound(VerbLemma verb)
    {
        string perfect = verb.Lemma, stem = ImperfectStem(verb);
        foreach (var suffix in PerfectAfterLongStem.Concat(PerfectAfterShortStem)) yield return perfect + suffix;
        foreach (var form in Imperfect(stem, stem)) yield return form;
        foreach (var form in Imperative(verb, stem)) yield return form;
        if (verb.Class == RootClass.Assimilated)   // passive imperfect keeps the و: يوجد، توصف
            foreach (var form in Imperfect(perfect, perfect)) yield return form;
    }

    // قال/قلت، استعاد/استعدت؛ يقول/يقل، يستعيد/يستعد
    private static IEnumerable<string> Hollow(VerbLemma verb)
    {
        string perfect = verb.Lemma;
        int vowel = perfect.LastIndexOf('ا', perfect.Length - 2);
        string shortPerfect = vowel > 0 ? perfect.Remove(vowel, 1) : perfect;
        foreach (var suffix in PerfectAfterLongStem) yield return perfect + suffix;
        foreach (var suffix in PerfectAfterShortStem) yield return shortPerfect + suffix;
        // passive perfect: قيل، استعيد، أعيد
        string passive = vowel > 0 ? perfect.Remove(vowel, 1).Insert(vowel, "ي") : perfect;
        foreach (var suffix in PerfectAfterLongStem) yield return passive + suffix;

        string stem = ImperfectStem(verb);
        int stemVowel = stem.LastIndexOf('ا', stem.Length - 2);
        if (stemVowel < 0) stemVowel = stem.Length - 2;
        string shortStem = stem.Remove(stemVowel, 1);
        var longStems = verb.Form switch
        {
            VerbForm.I => new[] { stem.Remove(stemVowel, 1).Insert(stemVowel, "و"), stem.Remove(stemVowel, 1).Insert(stemVowel, "ي"), stem },
            VerbForm.VII or VerbForm.VIII => new[] { stem },
            _ => new[] { stem.Remove(stemVowel, 1).Insert(stemVowel, "ي"), stem },   // يعيد، يستعيد; passive يعاد، يستعاد
        };
        foreach (var longStem in longStems)
            foreach (var form in Imperfect(longStem, shortStem)) yield return form;
        foreach (var form in Imperative(verb, shortStem)) yield return form;
        foreach (var longStem in longStems) yield return longStem;
    }

    // رمى/رمت/رموا/رميت؛ دعا/دعوت؛ استولى/استوليت؛ يرمي/يرمون/يرم
    private static IEnumerable<string> Defective(VerbLemma verb)
    {
        string perfect = verb.Lemma, basis = perfect[..^1];
        bool wawFinal = perfect[^1] == 'ا' && verb.Form == VerbForm.I;
        string glide = wawFinal ? "و" : "ي";
        yield return perfect;
        yield return basis + "ت";
        yield return basis + "تا";
        yield return basis + "وا";
        yield return basis + glide + "ا";
        foreach (var suffix in PerfectAfterShortStem) yield return basis + glide + suffix;
        if (verb.Form == VerbForm.I && !wawFinal)
            foreach (var suffix in PerfectAfterShortStem) yield return basis + "و" + suffix;
        yield return basis + "ا";            // before a pronoun: أبقاه → أبقا + ه
        yield return basis + "ي";            // passive: رمي، استولي
        yield return basis + "يت";

        string stem = ImperfectStem(verb)[..^1];
        string[] finals = verb.Form switch
        {
            VerbForm.I => ["ي", "و", "ى"],
            VerbForm.V or VerbForm.VI => ["ى"],
            _ => ["ي", "ى"],
        };
        foreach (var prefix in ImperfectPrefixes)
        {
            yield return prefix + stem;                       // jussive
            foreach (var last in finals) yield return prefix + stem + last;
        }
        foreach (var prefix in new[] { "ي", "ت" })
        {
            yield return prefix + stem + "ون";
            yield return prefix + stem + "وا";
            yield return prefix + stem + "ين";
            yield return prefix + stem + "يان";
            yield return prefix + stem + "يا";
            yield return prefix + stem + "وان";
        }
        yield return "ا" + stem;
        yield return "ا" + stem + "وا";
        yield return stem;
        yield return stem + "وا";
    }

    // مدّ/مددت؛ احتلّ/احتللت؛ يمد/يمددن
    private static IEnumerable<string> Doubled(VerbLemma verb)
    {
        string perfect = verb.Lemma.Length >= 3 && verb.Lemma[^1] == verb.Lemma[^2] ? verb.Lemma[..^1] : verb.Lemma;
        string longPerfect = perfect + perfect[^1];
        foreach (var suffix in PerfectAfterLongStem) yield return perfect + suffix;
        foreach (var suffix in PerfectAfterShortStem) yield return longPerfect + suffix;
        string stem = ImperfectStem(verb with { Lemma = perfect });
        foreach (var form in Imperfect(stem, stem + stem[^1])) yield return form;
        foreach (var form in Imperative(verb, stem)) yield return form;
    }

    // رأى drops its hamza in the imperfect: يرى، ترون، ير.
    private static IEnumerable<string> Ra2a(VerbLemma verb)
    {
        foreach (var form in Defective(verb)) yield return form;
        foreach (var form in Defective(verb with { Lemma = "رى" }))
            if (form.Length > 1 && form[0] is 'ي' or 'ت' or 'ن' or 'أ') yield return form;
    }

    private static IEnumerable<string> Imperfect(string longStem, string shortStem)
    {
        foreach (var prefix in ImperfectPrefixes)
        {
            yield return prefix + longStem;
            if (prefix is "ي" or "ت")
            {
                foreach (var suffix in ImperfectSuffixes) yield return prefix + longStem + suffix;
                yield return prefix + shortStem;
                yield return prefix + shortStem + "ن";
            }
            else yield return prefix + shortStem;
        }
    }

    private static IEnumerable<string> Imperative(VerbLemma verb, string stem)
    {
        string basis = verb.Form switch
        {
            VerbForm.I or VerbForm.VII or VerbForm.VIII or VerbForm.X => "ا" + stem,
            VerbForm.IV => "أ" + stem,
            _ => stem,
        };
        yield return basis;
        yield return basis + "ي";
        yield return basis + "وا";
        yield return basis + "ا";
    }
}
