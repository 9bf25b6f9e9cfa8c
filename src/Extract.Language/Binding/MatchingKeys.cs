using System.Globalization;
using System.Text;

namespace Extract.Language.Binding;

/// <summary>
/// Derives matching keys for rule literals and list entries: the words of the text (split at white
/// space; each punctuation mark is a word of its own, as the tokenizer does), each normalized to the
/// matching key of DESIGN §4 — NFC; presentation forms folded; tatweel, harakat, Quranic marks,
/// zero-width and bidi controls removed; ی→ي ک→ك ھ→ه; Arabic-Indic and extended digits to ASCII;
/// then أ إ آ ٱ→ا, ى→ي, ة→ه.
/// </summary>
public static class MatchingKeys
{
    /// <summary>The keys of the words of <paramref name="text"/> (one for a single word; several for a multiword entry).</summary>
    public static string[] Of(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in Normalize(text))
        {
            if (char.IsWhiteSpace(c))
            {
                Flush(words, word);
            }
            else if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                Flush(words, word);
                words.Add(c.ToString());
            }
            else
            {
                word.Append(c);
            }
        }
        Flush(words, word);
        return words.ToArray();
    }

    /// <summary>The matching key of one word.</summary>
    public static string Key(string word) => string.Concat(Of(word));

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length == 0) return;
        words.Add(word.ToString());
        word.Clear();
    }

    private static string Normalize(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(composed.Length);
        foreach (char c in composed)
        {
            if (c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE'))
            {
                foreach (char folded in c.ToString().Normalize(NormalizationForm.FormKC)) Append(key, folded);
                continue;
            }
            Append(key, c);
        }
        return key.ToString();
    }

    private static void Append(StringBuilder key, char c)
    {
        if (IsRemoved(c)) return;
        key.Append(c switch
        {
            '\u06CC' => '\u064A',
            '\u06A9' => '\u0643',
            '\u06BE' => '\u0647',
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
            '\u0649' => '\u064A',
            '\u0629' => '\u0647',
            _ => c,
        });
    }

    private static bool IsRemoved(char c) => c is '\u0640'
        or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED')
        or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
