namespace Extract.Language.Morphology;

/// <summary>The derived form of an Arabic verb: I–X, or the quadriliteral form I (سيطر).</summary>
public enum VerbForm
{
    /// <summary>فعل</summary>
    I = 1,
    /// <summary>فعّل</summary>
    II,
    /// <summary>فاعل</summary>
    III,
    /// <summary>أفعل</summary>
    IV,
    /// <summary>تفعّل</summary>
    V,
    /// <summary>تفاعل</summary>
    VI,
    /// <summary>انفعل</summary>
    VII,
    /// <summary>افتعل</summary>
    VIII,
    /// <summary>افعلّ</summary>
    IX,
    /// <summary>استفعل</summary>
    X,
    /// <summary>فعلل (سيطر، ترجم)</summary>
    Quadriliteral,
}

/// <summary>How the root's weak letters shape the paradigm.</summary>
public enum RootClass
{
    /// <summary>Three (or four) strong radicals.</summary>
    Sound,
    /// <summary>Middle radical و or ي (قال، استعاد).</summary>
    Hollow,
    /// <summary>Final radical و or ي (رمى، دعا، استولى).</summary>
    Defective,
    /// <summary>Second and third radicals alike (مدّ، احتلّ).</summary>
    Doubled,
    /// <summary>First radical و (وصل → يصل).</summary>
    Assimilated,
}

/// <summary>
/// A verb's citation form (third person masculine singular perfect) analyzed into form, root class
/// and the stems its paradigm is built from. Harakat are read (a shadda on the second radical means
/// form II, on the last a doubled root) and then dropped.
/// </summary>
/// <param name="Lemma">The citation form without harakat.</param>
/// <param name="Form">The derived form.</param>
/// <param name="Class">The root class.</param>
/// <param name="Radicals">The root's radicals as far as the written form shows them (a hollow or defective radical as ا or ى).</param>
public sealed record VerbLemma(string Lemma, VerbForm Form, RootClass Class, string Radicals)
{
    private const char Shadda = '\u0651';

    /// <summary>Analyzes a citation form such as سَيطَر، اِستَعَاد، شَكَّل، تَمّ.</summary>
    public static VerbLemma Analyze(string citation)
    {
        bool shaddaOnSecond = false, shaddaOnLast = false;
        var letters = new System.Text.StringBuilder();
        foreach (char c in citation.Trim())
        {
            if (c == Shadda)
            {
                if (letters.Length == 2 || (letters.Length == 3 && letters[0] == 'ت')) shaddaOnSecond = true;
                shaddaOnLast = true;
                continue;
            }
            if (IsDiacritic(c)) continue;
            letters.Append(c is 'ٱ' or 'إ' ? 'ا' : c);
        }
        string w = letters.ToString();
        if (w.Length < 2) return new VerbLemma(w, VerbForm.I, RootClass.Sound, w);
        return Classify(w, shaddaOnSecond, shaddaOnLast && !shaddaOnSecond);
    }

    private static VerbLemma Classify(string w, bool shaddaOnSecond, bool shaddaOnLast)
    {
        int n = w.Length;
        bool defectiveEnd = n >= 3 && w[^1] is 'ى' or 'ا' && !(n == 3 && w[1] == 'ا');
        if (n >= 6 && w.StartsWith("است"))
        {
            string root = w[3..];
            return new(w, VerbForm.X, ClassOf(root, defectiveEnd), root);
        }
        if (n == 5 && w.StartsWith("است"))
        {
            string root = w[3..];   // استمر، استعد → doubled X
            return new(w, VerbForm.X, RootClass.Doubled, root);
        }
        if (w[0] == 'ا' && n >= 4 && w[2] is 'ت' or 'ط' or 'د')
        {
            string root = string.Concat(w[1].ToString(), w[3..]);
            var cls = n == 4 ? RootClass.Doubled : ClassOf(root, defectiveEnd);
            return new(w, VerbForm.VIII, cls, root);
        }
        if (w[0] == 'ا' && n == 4 && shaddaOnSecond)   // اتّخذ، ادّعى: VIII with the first radical assimilated
            return new(w, VerbForm.VIII, defectiveEnd ? RootClass.Defective : RootClass.Sound, w[1..]);
        if (w[0] == 'ا' && n >= 4 && w[1] == 'ن')
            return new(w, VerbForm.VII, n == 4 ? RootClass.Doubled : ClassOf(w[2..], defectiveEnd), w[2..]);
        if (w[0] == 'ا' && n == 5 && w[1] == 'ت')   // اتخذ، اتصل: assimilated VIII written with ت doubled
            return new(w, VerbForm.VIII, RootClass.Sound, w[1..]);
        if (w[0] is 'أ' && n == 4)
            return new(w, VerbForm.IV, ClassOf(w[1..], defectiveEnd), w[1..]);
        if (w[0] is 'أ' && n == 3 && shaddaOnLast)   // أحبّ
            return new(w, VerbForm.IV, RootClass.Doubled, w[1..] + w[^1]);
        if (w[0] == 'ت' && n == 5 && w[2] == 'ا')
            return new(w, VerbForm.VI, ClassOf(string.Concat(w[1].ToString(), w[3..]), defectiveEnd), string.Concat(w[1].ToString(), w[3..]));
        if (w[0] == 'ت' && n == 4)
            return new(w, VerbForm.V, defectiveEnd ? RootClass.Defective : RootClass.Sound, w[1..]);
        if (n == 4 && w[1] == 'ا')
            return new(w, VerbForm.III, defectiveEnd ? RootClass.Defective : RootClass.Sound, string.Concat(w[0].ToString(), w[2..]));
        if (n == 4)
            return new(w, VerbForm.Quadriliteral, RootClass.Sound, w);
        if (n == 2 || (n == 3 && shaddaOnLast && !shaddaOnSecond && w[1] == w[2]))
            return new(w, VerbForm.I, RootClass.Doubled, n == 2 ? w + w[1] : w);
        if (n == 3)
        {
            var form = shaddaOnSecond ? VerbForm.II : VerbForm.I;
            if (w[1] == 'ا') return new(w, form, RootClass.Hollow, w);
            if (defectiveEnd || w[2] == 'ي') return new(w, form, RootClass.Defective, w);
            if (w[0] == 'و' && form == VerbForm.I) return new(w, form, RootClass.Assimilated, w);
            return new(w, form, RootClass.Sound, w);
        }
        return new(w, VerbForm.Quadriliteral, RootClass.Sound, w);
    }

    private static RootClass ClassOf(string root, bool defectiveEnd) =>
        root.Length == 3 && root[1] == 'ا' ? RootClass.Hollow
        : defectiveEnd ? RootClass.Defective
        : root.Length == 2 ? RootClass.Doubled
        : RootClass.Sound;

    private static bool IsDiacritic(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u0610' and <= '\u061A');
}
