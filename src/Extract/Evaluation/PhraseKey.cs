using System.Text;
using Extract.Text;

namespace Extract.Evaluation;

/// <summary>
/// The form in which gold and predicted phrases are compared: the matching key of DESIGN.md §4
/// (<see cref="ArabicNormalizer.Key"/>: diacritics, tatweel and invisible controls removed,
/// presentation forms folded, أ إ آ ٱ→ا, ى→ي, ة→ه, digits to ASCII, Latin lower case), and the
/// phrase cut into words: runs of letters and digits, each other visible character a word of its
/// own. Comparing word sequences keeps <c>دينة</c> from matching inside <c>مدينة</c>.
/// </summary>
public static class PhraseKey
{
    /// <summary>The words of <paramref name="phrase"/> in key form, joined by single spaces.</summary>
    public static string Of(string phrase)
    {
        string key = ArabicNormalizer.Key(phrase);
        var builder = new StringBuilder(key.Length + 8);
        foreach (char c in key)
        {
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
        return builder.ToString().Trim();
    }
}
