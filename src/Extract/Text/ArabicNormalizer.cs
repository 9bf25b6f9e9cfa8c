namespace Extract.Text;

/// <summary>
/// Normalization for matching (DESIGN §4). The original text is never changed: normalization
/// writes a new string and, for every character it writes, the span of the original it came from.
/// Level one (<see cref="Normalize(string)"/>): canonical composition, presentation forms to letters,
/// tatweel, harakat, Quranic marks, zero-width and bidi controls removed, ی ک ھ → ي ك ه, every decimal
/// digit to ASCII, ٫ ٬ to . ,. Level two (<see cref="Key(string)"/>): also أ إ آ ٱ → ا, ى → ي, ة → ه
/// and Latin lower case; the key has the same length as the normalized text, character for character.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>The normalized form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => NormalizeWithMap(text).Normalized;

    /// <summary>The matching key of <paramref name="text"/>.</summary>
    public static string Key(string text) => NormalizeWithMap(text).Key;

    /// <summary>Normalizes <paramref name="text"/> and keeps the map back to the original.</summary>
    public static NormalizedText NormalizeWithMap(string text)
    {
        var norm = new char[Math.Max(4, text.Length + 8)];
        var starts = new int[norm.Length];
        var ends = new int[norm.Length];
        int count = 0;
        Append(text, 0, text.Length, ref norm, ref starts, ref ends, ref count);
        var key = new char[count];
        for (int i = 0; i < count; i++) key[i] = ArabicChars.ToKey(norm[i]);
        return new NormalizedText(text, new string(norm, 0, count), new string(key), new OffsetMap(starts[..count], ends[..count]));
    }

    /// <summary>
    /// Appends the normalized form of <c>text[start..end)</c> to <paramref name="output"/> from
    /// <paramref name="count"/> on, recording for each written character the original span
    /// <c>[starts[k], ends[k])</c>. Buffers grow as needed; nothing else is allocated.
    /// </summary>
    public static void Append(string text, int start, int end, ref char[] output, ref int[] starts, ref int[] ends, ref int count)
    {
        int first = count;
        int lastBase = -1;          // the last character written, while a following mark may still compose with it
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is >= '\u0621' and <= '\u064A' and not '\u0640')
            {
                // the common case: a basic Arabic letter, written as it is
                Put(c, i, i + 1, ref output, ref starts, ref ends, ref count);
                lastBase = count - 1;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                Put(c, i, i + 2, ref output, ref starts, ref ends, ref count);
                Put(text[i + 1], i, i + 2, ref output, ref starts, ref ends, ref count);
                lastBase = -1;
                i++;
                continue;
            }
            if (lastBase >= first && lastBase == count - 1 && c >= '\u0300' && ArabicChars.IsMark(c))
            {
                char composed = UnicodeTables.Compose(output[lastBase], c);
                if (composed != '\0')
                {
                    output[lastBase] = composed;
                    ends[lastBase] = i + 1;
                    continue;
                }
            }
            if (ArabicChars.IsRemoved(c))
            {
                // a diacritic or tatweel belongs to the letter before it
                if (count > first && !ArabicChars.IsInvisibleControl(c) && ends[count - 1] == i) ends[count - 1] = i + 1;
                continue;
            }
            if (UnicodeTables.TryGetPresentationLetters(c, out var letters))
            {
                foreach (char letter in letters) Put(Fold(letter), i, i + 1, ref output, ref starts, ref ends, ref count);
                lastBase = letters.IsEmpty ? lastBase : count - 1;
                continue;
            }
            char digit = ArabicChars.AsciiDigit(c);
            Put(digit != '\0' ? digit : Fold(c), i, i + 1, ref output, ref starts, ref ends, ref count);
            lastBase = ArabicChars.IsMark(c) ? lastBase : count - 1;
        }
    }

    /// <summary>Letter variants folded at the first level: ی → ي, ک → ك, ھ → ه, ٫ → ., ٬ → ,.</summary>
    private static char Fold(char c) => c switch
    {
        '\u06CC' => '\u064A',
        '\u06A9' => '\u0643',
        '\u06BE' => '\u0647',
        '\u066B' => '.',
        '\u066C' => ',',
        _ => c,
    };

    private static void Put(char c, int start, int end, ref char[] output, ref int[] starts, ref int[] ends, ref int count)
    {
        if (count == output.Length)
        {
            int size = Math.Max(16, output.Length * 2);
            Array.Resize(ref output, size);
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
        }
        output[count] = c;
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
