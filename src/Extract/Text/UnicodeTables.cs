namespace Extract.Text;

/// <summary>Lookups over the generated Unicode tables (see tools/gen-unicode-tables.py).</summary>
internal static partial class UnicodeTables
{
    /// <summary>
    /// The letters an Arabic presentation form stands for (ﻷ → لأ, ﷲ → الله); empty for the
    /// presentation forms of harakat. False when <paramref name="c"/> is not a presentation form.
    /// </summary>
    public static bool TryGetPresentationLetters(char c, out ReadOnlySpan<char> letters)
    {
        int index = c switch
        {
            >= '\uFB50' and < '\uFE00' => c - 0xFB50,
            >= '\uFE70' and <= '\uFEFF' => c - 0xFE70 + (0xFE00 - 0xFB50),
            _ => -1,
        };
        if (index < 0 || PresentationIndex[index] == 0xFFFF)
        {
            letters = default;
            return false;
        }
        int entry = PresentationIndex[index];
        letters = PresentationLetters.AsSpan(entry >> 5, entry & 31);
        return true;
    }

    /// <summary>The canonical composition of two characters (ا + ٔ → أ), or '\0' when none exists.</summary>
    public static char Compose(char first, char second)
    {
        uint key = (uint)first << 16 | second;
        int found = CompositionKeys.BinarySearch(key);
        return found >= 0 ? CompositionValues[found] : '\0';
    }
}
