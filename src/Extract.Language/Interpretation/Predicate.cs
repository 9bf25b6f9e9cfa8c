using Extract.Analysis;
using Extract.Language.Model;

namespace Extract.Language.Interpretation;

/// <summary>A <see cref="TokenTest"/> compiled for one pack: id sets as bit sets.</summary>
internal abstract class Predicate
{
    /// <summary>True when token <paramref name="token"/> passes.</summary>
    public abstract bool OnToken(Lattice lattice, int token);

    /// <summary>True when the enclitic at split <paramref name="split"/> passes.</summary>
    public abstract bool OnEnclitic(Lattice lattice, int split);

    public static Predicate Compile(TokenTest test, int vocabularySize, Dictionary<TokenTest, Predicate> cache)
    {
        if (cache.TryGetValue(test, out var known)) return known;
        Predicate compiled = test switch
        {
            StemIn stem => new IdSetPredicate(new BitSet(vocabularySize, stem.Ids), wholeKeyOnly: false),
            KeyIn key => new IdSetPredicate(new BitSet(vocabularySize, key.Ids), wholeKeyOnly: true),
            ClassIs cls => new ClassPredicate(cls.Class),
            IsContent => new FlagPredicate(static (lattice, token) => lattice.Content[token]),
            IsRelativePronoun => new FlagPredicate(static (lattice, token) => lattice.Relative[token]),
            NotTest not => new NotPredicate(Compile(not.Operand, vocabularySize, cache)),
            AnyTest any => new AnyPredicate(any.Options.Select(option => Compile(option, vocabularySize, cache)).ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(test), test.GetType().Name),
        };
        cache[test] = compiled;
        return compiled;
    }
}

/// <summary>
/// A set of vocabulary ids: a bit set as large as the vocabulary, or, for a handful of ids (most
/// words of most rules), the ids themselves. Otherwise a pack of many rules, each naming its own
/// words, would hold one vocabulary-sized bit set per word: memory quadratic in the rules.
/// </summary>
internal sealed class BitSet
{
    private const int FewIds = 8;

    private readonly ulong[]? words;
    private readonly int[]? few;

    public BitSet(int size, EquatableArray<int> ids)
    {
        if (ids.Count <= FewIds)
        {
            few = ids.Where(id => (uint)id < (uint)size).Distinct().ToArray();
            return;
        }
        words = new ulong[(size + 63) >> 6];
        foreach (int id in ids)
            if ((uint)id < (uint)size) words[id >> 6] |= 1UL << (id & 63);
    }

    public bool Contains(int id)
    {
        if (few is not null) return Array.IndexOf(few, id) >= 0;
        return id >= 0 && (id >> 6) < words!.Length && (words[id >> 6] & (1UL << (id & 63))) != 0;
    }
}

internal sealed class IdSetPredicate(BitSet ids, bool wholeKeyOnly) : Predicate
{
    public BitSet Ids => ids;

    public override bool OnToken(Lattice lattice, int token)
    {
        if (wholeKeyOnly) return ids.Contains(lattice.KeyId[token]);
        for (int f = lattice.FormStart[token]; f < lattice.FormStart[token + 1]; f++)
            if (ids.Contains(lattice.FormId[f])) return true;
        return false;
    }

    public override bool OnEnclitic(Lattice lattice, int split) => ids.Contains(lattice.Splits[split].EncliticId);
}

internal sealed class ClassPredicate(TokenClass cls) : Predicate
{
    public override bool OnToken(Lattice lattice, int token) => cls switch
    {
        TokenClass.Any => true,
        TokenClass.Word => lattice.Token(token).Kind is TokenKind.Arabic or TokenKind.Latin,
        TokenClass.Num => lattice.Token(token).Kind == TokenKind.Number,
        TokenClass.Punct => lattice.Token(token).Kind == TokenKind.Punctuation,
        TokenClass.Pron => lattice.Pronoun[token],
        _ => false,
    };

    public override bool OnEnclitic(Lattice lattice, int split) => cls is TokenClass.Pron or TokenClass.Any;
}

internal sealed class FlagPredicate(Func<Lattice, int, bool> flag) : Predicate
{
    public override bool OnToken(Lattice lattice, int token) => flag(lattice, token);

    public override bool OnEnclitic(Lattice lattice, int split) => false;
}

internal sealed class NotPredicate(Predicate operand) : Predicate
{
    public override bool OnToken(Lattice lattice, int token) => !operand.OnToken(lattice, token);

    public override bool OnEnclitic(Lattice lattice, int split) => !operand.OnEnclitic(lattice, split);
}

internal sealed class AnyPredicate(Predicate[] options) : Predicate
{
    public override bool OnToken(Lattice lattice, int token)
    {
        foreach (var option in options)
            if (option.OnToken(lattice, token)) return true;
        return false;
    }

    public override bool OnEnclitic(Lattice lattice, int split)
    {
        foreach (var option in options)
            if (option.OnEnclitic(lattice, split)) return true;
        return false;
    }
}
