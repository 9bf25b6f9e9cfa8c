using System.Globalization;
using System.Text;
using Extract.Text;

namespace Extract.Analysis;

/// <summary>A raw token: a kind and a span of the original text, before normalization.</summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Kind">What kind of run it is.</param>
public readonly record struct RawToken(int Start, int End, TokenKind Kind);

/// <summary>
/// Splits text into tokens: Arabic letter runs (marks, tatweel and joiners inside a word stay in it),
/// numbers (85.5, 1,000, ٨٥٫٥), runs of other letters, URLs and hashtags whole, one punctuation mark
/// a token (an ellipsis "..." is one), and emoji with their modifiers. White space, control characters
/// and stray bidi or zero-width controls separate tokens and belong to none; every other character
/// belongs to exactly one token, and no token splits a surrogate pair.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>, calling <paramref name="sink"/> for each token in order.</summary>
    public static void Tokenize<TSink>(string text, ref TSink sink) where TSink : ITokenSink
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsSeparator(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (StartsUrl(text, i)) { i = ScanUrl(text, i); kind = TokenKind.Url; }
            else if ((c == '#' || c == '@') && i + 1 < text.Length && IsWordChar(text, i + 1)) { i = ScanHashtag(text, i + 1); kind = TokenKind.Hashtag; }
            else if (ArabicChars.AsciiDigit(c) != '\0') { i = ScanNumber(text, i); kind = TokenKind.Number; }
            else if (ArabicChars.IsArabicLetter(c)) { i = ScanArabic(text, i); kind = TokenKind.Arabic; }
            else if (IsOtherLetter(text, i)) { i = ScanOtherLetters(text, i); kind = TokenKind.Latin; }
            else if (c == '.') { while (i < text.Length && text[i] == '.') i++; kind = TokenKind.Punctuation; }
            else
            {
                i = ScanSymbol(text, i);
                kind = IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            sink.Add(new RawToken(start, i, kind));
        }
    }

    /// <summary>Tokenizes into a list (convenient; the analyzer uses the allocation-free overload).</summary>
    public static List<RawToken> Tokenize(string text)
    {
        var sink = new ListSink();
        Tokenize(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>True for characters that separate tokens and belong to none.</summary>
    public static bool IsSeparator(char c) =>
        c is not (> ' ' and < '\u007F' or >= '\u0621' and <= '\u064A') && (char.IsWhiteSpace(c) || char.IsControl(c) || ArabicChars.IsInvisibleControl(c));

    private static bool IsPunctuation(char c) => char.IsPunctuation(c);

    private static bool IsOtherLetter(string text, int i) =>
        Rune.TryGetRuneAt(text, i, out var rune) && Rune.IsLetter(rune) && !ArabicChars.IsArabicLetter(text[i]);

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        return c == '_' || ArabicChars.IsArabicLetter(c) || ArabicChars.AsciiDigit(c) != '\0'
            || (Rune.TryGetRuneAt(text, i, out var rune) && Rune.IsLetter(rune));
    }

    // Marks, tatweel and zero-width joiners inside an Arabic word belong to it; trailing marks too,
    // trailing bidi or zero-width controls do not.
    private static int ScanArabic(string text, int i)
    {
        int end = i + 1;
        int j = i + 1;
        while (j < text.Length)
        {
            char c = text[j];
            if (ArabicChars.IsArabicLetter(c)) { j++; end = j; }
            else if (c == '\u0640' || ArabicChars.IsPresentationHaraka(c) || (ArabicChars.IsMark(c) && !char.IsSurrogate(c))) { j++; end = j; }
            else if (ArabicChars.IsInvisibleControl(c)) j++;
            else break;
        }
        return end;
    }

    private static int ScanOtherLetters(string text, int i)
    {
        while (i < text.Length)
        {
            if (Rune.TryGetRuneAt(text, i, out var rune) && (Rune.IsLetter(rune) || IsMarkRune(rune)) && !ArabicChars.IsArabicLetter(text[i]))
                i += rune.Utf16SequenceLength;
            else break;
        }
        return i;
    }

    // Digits, with single . , ٫ ٬ separators between digits: 85.5, 1,000, ٨٥٫٥.
    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length && ArabicChars.AsciiDigit(text[i]) != '\0') i++;
        while (i + 1 < text.Length && text[i] is '.' or ',' or '\u066B' or '\u066C' && ArabicChars.AsciiDigit(text[i + 1]) != '\0')
        {
            i++;
            while (i < text.Length && ArabicChars.AsciiDigit(text[i]) != '\0') i++;
        }
        return i;
    }

    private static int ScanHashtag(string text, int i)
    {
        while (i < text.Length)
        {
            if (text[i] == '_' || ArabicChars.AsciiDigit(text[i]) != '\0' || ArabicChars.IsArabicLetter(text[i]) || text[i] == '\u0640') { i++; continue; }
            if (Rune.TryGetRuneAt(text, i, out var rune) && (Rune.IsLetter(rune) || IsMarkRune(rune))) { i += rune.Utf16SequenceLength; continue; }
            break;
        }
        return i;
    }

    private static bool StartsUrl(string text, int i) =>
        text[i] is 'h' or 'H' or 'w' or 'W' && (Matches(text, i, "http://") || Matches(text, i, "https://") || Matches(text, i, "www."));

    private static bool Matches(string text, int i, string prefix) =>
        string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0
        || (i + prefix.Length <= text.Length && text.AsSpan(i, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase));

    // A URL runs to white space; closing punctuation at its end is not part of it.
    private static int ScanUrl(string text, int i)
    {
        int start = i;
        while (i < text.Length && !IsSeparator(text[i]) && text[i] is not ('"' or '«' or '»' or '<' or '>')) i++;
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '،' or '؛' or '؟') i--;
        if (char.IsHighSurrogate(text[i - 1]) && i < text.Length && char.IsLowSurrogate(text[i])) i++;
        return i;
    }

    // One symbol: a code point (never half a surrogate pair) with its combining marks, variation
    // selectors, skin-tone modifiers and zero-width-joiner sequences.
    private static int ScanSymbol(string text, int i)
    {
        i += Rune.TryGetRuneAt(text, i, out var first) ? first.Utf16SequenceLength : 1;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\uFE0E' or '\uFE0F' || (ArabicChars.IsMark(c) && !ArabicChars.IsArabicLetter(c))) { i++; continue; }
            if (Rune.TryGetRuneAt(text, i, out var rune) && rune.Value is >= 0x1F3FB and <= 0x1F3FF) { i += 2; continue; }
            if (c == '\u200D' && i + 1 < text.Length && Rune.TryGetRuneAt(text, i + 1, out var joined) && joined.Value > 0xFFFF)
            {
                i += 1 + joined.Utf16SequenceLength;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsMarkRune(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private struct ListSink : ITokenSink
    {
        public ListSink() { }
        public List<RawToken> Tokens { get; } = [];
        public void Add(RawToken token) => Tokens.Add(token);
    }
}

/// <summary>Receives tokens from the <see cref="Tokenizer"/>.</summary>
public interface ITokenSink
{
    /// <summary>Called once per token, in text order.</summary>
    void Add(RawToken token);
}
