using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Extract.Text;

/// <summary>Text decoded from UTF-8 bytes, with what had to be repaired.</summary>
/// <param name="Text">The decoded text (a leading BOM removed; invalid sequences replaced by U+FFFD).</param>
/// <param name="FirstInvalidByte">Byte offset of the first invalid sequence, or -1.</param>
/// <param name="InvalidSequences">How many invalid sequences were replaced.</param>
public readonly record struct DecodedText(string Text, long FirstInvalidByte, int InvalidSequences)
{
    /// <summary>True when the bytes were not valid UTF-8.</summary>
    public bool HadInvalidBytes => InvalidSequences > 0;
}

/// <summary>Decodes UTF-8 input and says where it was broken, instead of failing or repairing silently.</summary>
public static class Utf8Input
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Decodes <paramref name="bytes"/>; a BOM is not part of the text. <paramref name="baseOffset"/>
    /// is added to reported byte offsets (the position of these bytes in a larger input).
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, long baseOffset = 0)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[3..];
            baseOffset += 3;
        }
        if (Utf8.IsValid(bytes)) return new DecodedText(Encoding.UTF8.GetString(bytes), -1, 0);

        var builder = new StringBuilder(bytes.Length);
        long first = -1;
        int invalid = 0, position = 0;
        Span<char> pair = stackalloc char[2];
        while (position < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[position..], out var rune, out int consumed);
            if (status == OperationStatus.Done)
            {
                int written = rune.EncodeToUtf16(pair);
                builder.Append(pair[..written]);
            }
            else
            {
                if (first < 0) first = baseOffset + position;
                invalid++;
                builder.Append('\uFFFD');
                consumed = Math.Max(1, consumed);
            }
            position += consumed;
        }
        return new DecodedText(builder.ToString(), first, invalid);
    }
}
