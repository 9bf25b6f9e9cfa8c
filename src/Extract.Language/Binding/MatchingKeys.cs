using Extract.Matching;

namespace Extract.Language.Binding;

/// <summary>
/// Derives matching keys for rule literals and list entries with the same analyzer that analyzes
/// documents, so a literal and the text it should match are tokenized and normalized alike.
/// </summary>
public static class MatchingKeys
{
    /// <summary>The keys of the tokens of <paramref name="text"/> (one for a single word; several for a multiword entry).</summary>
    public static string[] Of(string text)
    {
        var document = Document.Analyze(text);
        var keys = new string[document.Tokens.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = document.KeyOf(document.Tokens[i]).ToString();
        return keys;
    }
}
