using System.Buffers;
using Pidgin;
using Pidgin.Configuration;

namespace Extract.Language.Syntax;

/// <summary>
/// How the rule grammar runs Pidgin. Pidgin rents a small array for the list of what was expected in
/// nearly every choice and repetition, and returns it moments later, even when nothing was added to
/// it. Each thread gets its own configuration, whose pool is a plain stack of such arrays: renting
/// costs a pop instead of a trip through the shared pool.
/// </summary>
internal static class ParserConfiguration
{
    [ThreadStatic]
    private static IConfiguration<LexToken>? current;

    /// <summary>The configuration for parses on this thread.</summary>
    public static IConfiguration<LexToken> Current => current ??= Configuration.Default<LexToken>().WithArrayPoolProvider(new StackPools());

    // Pools used by one thread only. Parsing a span of tokens rents only lists of expectations; the
    // type test is resolved when the method is compiled for that (value) type.
    private sealed class StackPools : IArrayPoolProvider
    {
        private readonly StackPool<Expected<LexToken>> expectations = new();

        public ArrayPool<T> GetArrayPool<T>() =>
            typeof(T) == typeof(Expected<LexToken>) ? (ArrayPool<T>)(object)expectations : ArrayPool<T>.Shared;
    }

    // Arrays of one small size are reused; other sizes are allocated and dropped. Pidgin reads only the
    // part of an array it wrote, so returned arrays are not cleared.
    private sealed class StackPool<T> : ArrayPool<T>
    {
        private const int Size = 16;

        private readonly Stack<T[]> free = new();

        public override T[] Rent(int minimumLength) =>
            minimumLength <= Size && free.Count > 0 ? free.Pop() : new T[Math.Max(minimumLength, Size)];

        public override void Return(T[] array, bool clearArray = false)
        {
            if (array.Length == Size && free.Count < 64) free.Push(array);
        }
    }
}
