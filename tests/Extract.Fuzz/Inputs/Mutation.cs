using CsCheck;

namespace Extract.Fuzz.Inputs;

/// <summary>
/// Byte-level mutation of seed inputs, as a mutational fuzzer does it: flip a bit, overwrite a byte,
/// insert a byte that matters to the format, delete or duplicate a range. Positions are fractions of
/// the length, so that CsCheck shrinks a failing case to fewer, smaller edits.
/// </summary>
public static class Mutation
{
    /// <summary>One edit: its kind, where (in millionths of the length), a byte value and a length.</summary>
    public readonly record struct Edit(int Kind, int At, int Value, int Length);

    // Bytes that change the meaning of a rule file, a JSON line or UTF-8: structure, quotes, line
    // breaks, NUL, lead bytes of multi-byte sequences, lone continuation bytes.
    private static readonly byte[] Interesting =
        [0x00, 0xFF, 0xC0, 0xC3, 0xD8, 0xD9, 0xE2, 0xEF, 0xF0, 0x80, 0xBF, (byte)'\n', (byte)'\r', (byte)'"', (byte)'\\', (byte)'(', (byte)')',
         (byte)'|', (byte)'#', (byte)':', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)'~', (byte)'!', (byte)'_', (byte)'<',
         (byte)'>', (byte)'=', (byte)' ', (byte)'\t', (byte)'?', (byte)'*', (byte)'+', (byte)'0', (byte)'9', (byte)'.', (byte)'/'];

    private static readonly Gen<Edit> Edits =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1_000_000], Gen.Int[0, 255], Gen.Int[1, 64], (kind, at, value, length) => new Edit(kind, at, value, length));

    /// <summary>One of <paramref name="seeds"/> with 1 to <paramref name="maxEdits"/> edits.</summary>
    public static Gen<byte[]> Of(IReadOnlyList<byte[]> seeds, int maxEdits = 8) =>
        from seed in Gen.Int[0, seeds.Count - 1]
        from edits in Edits.Array[1, maxEdits]
        select Apply(seeds[seed], edits);

    public static byte[] Apply(byte[] seed, Edit[] edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var edit in edits)
        {
            int at = (int)((long)edit.At * bytes.Count / 1_000_001);
            int length = Math.Min(edit.Length, bytes.Count - at);
            switch (edit.Kind)
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << (edit.Value & 7)); break;
                case 1 when bytes.Count > 0: bytes[at] = (byte)edit.Value; break;
                case 2: bytes.Insert(at, Interesting[edit.Value % Interesting.Length]); break;
                case 3: bytes.RemoveRange(at, length); break;
                case 4: bytes.InsertRange(at, bytes.GetRange(at, length)); break;
                case 5: bytes.Insert(at, (byte)edit.Value); break;
            }
        }
        return bytes.ToArray();
    }
}
