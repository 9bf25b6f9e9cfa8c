using Extract.Matching;
using Extract.Text;

namespace Extract.Language.Binding;

/// <summary>
/// Derives matching keys for rule literals and list entries with the analyzer that analyzes
/// documents, so that a literal and the text it should match are tokenized and normalized alike
/// (DESIGN §4: NFC, presentation forms folded, marks and controls removed, digits ASCII, then
/// أ إ آ ٱ→ا, ى→ي, ة→ه).
/// </summary>
public static class MatchingKeys
{
    /// <summary>The keys of the tokens of <paramref name="text"/> (one for a single word; several for a multiword entry).</summary>
    public static string[] Of(string text)
    {
        var document = Document.Analyze(text);
        var tokens = document.Tokens;
        var keys = new string[tokens.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = document.KeyOf(tokens[i]).ToString();
        return keys;
    }

    /// <summary>The matching key of one word (no tokenization).</summary>
    public static string Key(string word) => ArabicNormalizer.Key(word);
}
