using System.Buffers;
using Pidgin.Configuration;

namespace Extract.Language.Syntax;

/// <summary>
/// How the rule grammar runs Pidgin. Pidgin rents a small array for the list of what was expected in
/// nearly every choice and repetition, even when nothing is added to it; renting from a per-thread
/// stack of such arrays instead of the shared pool makes that nearly free.
/// </summary>
internal static class ParserConfiguration
{
    /// <summary>For the lexer, over the characters of a line.</summary>
    public static readonly IConfiguration<char> Characters = Configuration.Default<char>().WithArrayPoolProvider(new ThreadArrays());

    /// <summary>For the grammar, over the tokens of a line.</summary>
    public static readonly IConfiguration<LexToken> Tokens = Configuration.Default<LexToken>().WithArrayPoolProvider(new ThreadArrays());

    private sealed class ThreadArrays : IArrayPoolProvider
    {
        public ArrayPool<T> GetArrayPool<T>() => ThreadArrayPool<T>.Instance;
    }

    // Arrays of one small size, kept per thread; other sizes are allocated and dropped.
    private sealed class ThreadArrayPool<T> : ArrayPool<T>
    {
        private const int Size = 16;

        public static readonly ThreadArrayPool<T> Instance = new();

        [ThreadStatic]
        private static Stack<T[]>? free;

        public override T[] Rent(int minimumLength) =>
            minimumLength <= Size && free is { Count: > 0 } arrays ? arrays.Pop() : new T[Math.Max(minimumLength, Size)];

        public override void Return(T[] array, bool clearArray = false)
        {
            if (array.Length != Size) return;
            var arrays = free ??= new Stack<T[]>();
            if (arrays.Count >= 64) return;
            Array.Clear(array);
            arrays.Push(array);
        }
    }
}
