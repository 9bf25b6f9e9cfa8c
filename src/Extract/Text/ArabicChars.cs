using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extract.Text;

/// <summary>Character facts the normalizer and the tokenizer share.</summary>
public static class ArabicChars
{
    /// <summary>True for characters normalization removes: tatweel, harakat and Quranic marks, zero-width and bidi controls.</summary>
    public static bool IsRemoved(char c) => c switch
    {
        '\u0640' => true,                                  // tatweel
        >= '\u064B' and <= '\u065F' => true,               // harakat
        '\u0670' => true,                                  // superscript alef
        >= '\u0610' and <= '\u061A' => true,               // Quranic marks
        >= '\u06D6' and <= '\u06ED' => true,               // Quranic annotation signs
        >= '\u200B' and <= '\u200F' => true,               // zero-width space/joiners, LRM, RLM
        >= '\u202A' and <= '\u202E' => true,               // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => true,               // bidi isolates
        '\uFEFF' => true,                                  // BOM / zero-width no-break space
        _ => false,
    };

    /// <summary>True for the zero-width and bidi controls: they separate nothing and belong to no word.</summary>
    public static bool IsInvisibleControl(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C';

    /// <summary>True for Arabic letters, including presentation forms and extended letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicLetter(char c) =>
        (uint)(c - '\u0621') <= '\u064A' - '\u0621' ? c != '\u0640' : IsOtherArabicLetter(c);   // most letters of a text are basic (ء…ي, not tatweel)

    private static bool IsOtherArabicLetter(char c) => c switch
    {
        >= '\u066E' and <= '\u066F' => true,
        >= '\u0671' and <= '\u06D3' => true,
        '\u06D5' or '\u06EE' or '\u06EF' or '\u06FF' => true,
        >= '\u06FA' and <= '\u06FC' => true,
        >= '\u0750' and <= '\u077F' => true,
        >= '\u08A0' and <= '\u08C9' => true,
        >= '\uFB50' and <= '\uFDFB' => char.IsLetter(c),
        >= '\uFE80' and <= '\uFEFC' => true,
        _ => false,
    };

    /// <summary>True for the presentation forms of harakat (U+FE70–FE7F), which normalize to nothing.</summary>
    public static bool IsPresentationHaraka(char c) => c is >= '\uFE70' and <= '\uFE7F';

    /// <summary>The ASCII digit for any decimal digit (Arabic-Indic, extended, ASCII…), or '\0'.</summary>
    public static char AsciiDigit(char c)
    {
        if (c is >= '0' and <= '9') return c;
        if (c is >= '\u0621' and <= '\u064A') return '\0';   // the common case: a basic Arabic letter
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + c - 0x0660);
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + c - 0x06F0);
        if (c < 0x80 || !char.IsDigit(c)) return '\0';
        int value = (int)CharUnicodeInfo.GetNumericValue(c);
        return value is >= 0 and <= 9 ? (char)('0' + value) : '\0';
    }

    /// <summary>True for a combining mark (general categories Mn, Mc, Me).</summary>
    public static bool IsMark(char c) =>
        c >= '\u0300' && c is not (>= '\u0621' and <= '\u064A') && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The matching-key folding of one normalized character: أ إ آ ٱ → ا, ى → ي, ة → ه, Latin to lower case.</summary>
    public static char ToKey(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        >= '\u0621' and <= '\u064A' => c,
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
        _ => char.IsUpper(c) ? char.ToLowerInvariant(c) : c,
    };
}
