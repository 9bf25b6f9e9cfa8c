using System.Text;

namespace Extract.Evaluation;

/// <summary>
/// The form in which gold and predicted phrases are compared: the matching key of DESIGN.md §4
/// (diacritics, tatweel and invisible controls removed; presentation forms folded; أ إ آ ٱ→ا,
/// ى→ي, ة→ه; Persian letter variants and all digits folded), Latin letters lower-cased, and the
/// phrase cut into words: runs of letters and digits, each other visible character a word of its
/// own. Comparing word sequences keeps <c>دينة</c> from matching inside <c>مدينة</c>.
/// </summary>
public static class PhraseKey
{
    /// <summary>The words of <paramref name="phrase"/> in key form, joined by single spaces.</summary>
    public static string Of(string phrase)
    {
        var builder = new StringBuilder(phrase.Length + 8);
        foreach (char raw in phrase.Normalize(NormalizationForm.FormC))
        {
            if (IsPresentationForm(raw))
            {
                foreach (char folded in raw.ToString().Normalize(NormalizationForm.FormKC)) Append(builder, folded);
                continue;
            }
            Append(builder, raw);
        }
        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, char c)
    {
        if (IsIgnorable(c)) return;
        c = Fold(c);
        if (char.IsWhiteSpace(c))
        {
            if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        else if (char.IsLetterOrDigit(c))
        {
            if (builder.Length > 0 && builder[^1] != ' ' && !char.IsLetterOrDigit(builder[^1])) builder.Append(' ');
            builder.Append(c);
        }
        else
        {
            if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
            builder.Append(c).Append(' ');
        }
    }

    private static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' && c != '\uFEFF';

    private static bool IsIgnorable(char c) =>
        c is '\u0640'
        or >= '\u064B' and <= '\u065F'
        or '\u0670'
        or >= '\u0610' and <= '\u061A'
        or >= '\u06D6' and <= '\u06ED'
        or >= '\u200B' and <= '\u200F'
        or >= '\u202A' and <= '\u202E'
        or >= '\u2066' and <= '\u2069'
        or '\uFEFF';

    private static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' or 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ھ' => 'ه',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        _ => c,
    };
}
