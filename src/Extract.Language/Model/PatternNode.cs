namespace Extract.Language.Model;

/// <summary>
/// A bound pattern: names resolved, macros inlined, literals interned. Each node knows how it was
/// written (<see cref="Source"/>), so that explanations can quote the rule.
/// </summary>
public abstract record PatternNode
{
    /// <summary>The element as the linguist wrote it (for explanations); empty for structural nodes.</summary>
    public string Source { get; init; } = "";
}

/// <summary>
/// A word matched on its stem, clitics allowed: a bare word (one id), <c>~lexeme</c> or <c>~~family</c>
/// (the expanded forms). Consumes one token; the token's enclitic pronoun is either absorbed or left
/// as the next position (see <see cref="ConsumeUnit.Stem"/>).
/// </summary>
/// <param name="Stems">Sorted vocabulary ids of the accepted stems.</param>
public sealed record WordNode(EquatableArray<int> Stems) : PatternNode;

/// <summary>An exact surface word (<c>"سيطرت"</c>): the whole token's key, no clitic stripping.</summary>
/// <param name="Keys">Sorted vocabulary ids of the accepted whole-token keys.</param>
public sealed record ExactNode(EquatableArray<int> Keys) : PatternNode;

/// <summary>A built-in token class (<c>Word Num Punct Any Pron</c>; <c>_</c> is <see cref="TokenClass.Any"/>).</summary>
/// <param name="Class">The class.</param>
public sealed record ClassNode(TokenClass Class) : PatternNode;

/// <summary>One entry of a list (the longest matching entry is preferred).</summary>
/// <param name="List">Index into <see cref="RuleProgram.Lists"/>.</param>
public sealed record ListNode(int List) : PatternNode;

/// <summary>Elements one after the other.</summary>
/// <param name="Items">The elements, in order.</param>
public sealed record SequenceNode(EquatableArray<PatternNode> Items) : PatternNode;

/// <summary>Alternatives, preferred in the order written.</summary>
/// <param name="Options">The alternatives.</param>
public sealed record AlternationNode(EquatableArray<PatternNode> Options) : PatternNode;

/// <summary>A quantified element: <c>? * + {m,n}</c>, greedy unless <see cref="Lazy"/>.</summary>
/// <param name="Body">The repeated element.</param>
/// <param name="Min">Minimum count.</param>
/// <param name="Max">Maximum count, or -1 for unbounded.</param>
/// <param name="Lazy">True for the lazy forms (<c>??</c>, <c>*?</c>, …): fewer repetitions preferred.</param>
public sealed record RepeatNode(PatternNode Body, int Min, int Max, bool Lazy) : PatternNode;

/// <summary><c>!a</c>: one token that does not match <see cref="Operand"/> (a single-token element).</summary>
/// <param name="Operand">The element the token must not match.</param>
/// <param name="Test">The operand as a single-token test (lists resolved), negated when matching.</param>
public sealed record NotNode(PatternNode Operand, TokenTest Test) : PatternNode;

/// <summary>A slot: captures what <see cref="Body"/> matches under slot number <see cref="Slot"/>.</summary>
/// <param name="Slot">Index into <see cref="RuleModel.Slots"/>.</param>
/// <param name="Body">The slot's type as a pattern (a list, a pattern, a class, or <see cref="PhraseNode"/>).</param>
public sealed record SlotNode(int Slot, PatternNode Body) : PatternNode;

/// <summary><c>&lt;s&gt;</c> or <c>&lt;/s&gt;</c>.</summary>
/// <param name="Anchor">Which boundary.</param>
public sealed record AnchorNode(Anchor Anchor) : PatternNode;

/// <summary>
/// The default phrase of an untyped slot: 1–6 content tokens in one sentence (no verb, preposition,
/// particle or punctuation, as decided by <see cref="PhraseLexicon"/>, and none of the words the rule
/// itself names, <see cref="Excluded"/>), or a single pronoun (an enclitic segment such as ها, an
/// independent or a relative pronoun) whose antecedent is reported.
/// </summary>
/// <param name="AllowPronoun">False for the antecedent search, which wants a real phrase.</param>
/// <param name="Excluded">Sorted ids of the rule's own literals: a phrase stops before them.</param>
public sealed record PhraseNode(bool AllowPronoun, EquatableArray<int> Excluded) : PatternNode
{
    /// <summary>The longest default phrase, in tokens.</summary>
    public const int MaxTokens = 6;

    /// <summary>A phrase that allows a pronoun and excludes nothing.</summary>
    public PhraseNode() : this(true, EquatableArray<int>.Empty) { }
}

/// <summary>Built-in token classes.</summary>
public enum TokenClass : byte
{
    /// <summary>A word: an Arabic or Latin letter run.</summary>
    Word,
    /// <summary>A number.</summary>
    Num,
    /// <summary>A punctuation mark.</summary>
    Punct,
    /// <summary>Any token (<c>_</c>).</summary>
    Any,
    /// <summary>A pronoun: an independent pronoun token, or an enclitic pronoun segment.</summary>
    Pron,
}

/// <summary>Zero-width boundaries.</summary>
public enum Anchor : byte
{
    /// <summary><c>&lt;s&gt;</c>: the position is the start of a sentence.</summary>
    SentenceStart,
    /// <summary><c>&lt;/s&gt;</c>: the position is the end of a sentence.</summary>
    SentenceEnd,
    /// <summary>The position is a token boundary inside a sentence (used between the tokens of a default phrase).</summary>
    InsideSentence,
}
