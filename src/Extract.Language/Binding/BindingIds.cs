namespace Extract.Language.Binding;

/// <summary>
/// The binder's diagnostic ids (EXT01xx names and patterns, EXT02xx examples, EXT03xx lists and
/// files) with their message templates, kept in one place and documented in <c>rules/README.md</c>.
/// </summary>
public static class BindingIds
{
    /// <summary>A name that is not a list, a pattern, a class or a slot.</summary>
    public const string UnknownName = "EXT0101";
    /// <summary>A list, pattern or rule declared twice.</summary>
    public const string DuplicateDeclaration = "EXT0102";
    /// <summary>A pattern that uses itself, directly or through others.</summary>
    public const string PatternCycle = "EXT0103";
    /// <summary>A list no rule uses (warning).</summary>
    public const string UnusedList = "EXT0104";
    /// <summary>A pattern no rule uses (warning).</summary>
    public const string UnusedPattern = "EXT0105";
    /// <summary>A slot named in the output that the pattern does not bind.</summary>
    public const string UnboundOutputSlot = "EXT0106";
    /// <summary>A role given twice in one output.</summary>
    public const string RoleBoundTwice = "EXT0107";
    /// <summary>An alternative with nothing in it: <c>(a | )</c>.</summary>
    public const string EmptyAlternative = "EXT0108";
    /// <summary>A rule or clause pattern that can match no token at all.</summary>
    public const string MatchesEmpty = "EXT0109";
    /// <summary>A rule that can never win because an identical rule has higher priority (warning).</summary>
    public const string ShadowedRule = "EXT0110";
    /// <summary><c>!a</c> where a is not a single-token element.</summary>
    public const string NotSingleToken = "EXT0111";
    /// <summary>A rule whose automaton would be too large.</summary>
    public const string PatternTooLarge = "EXT0112";
    /// <summary>No <c>pack</c> line, or two files of one pack disagreeing on it.</summary>
    public const string PackName = "EXT0113";
    /// <summary>A repetition <c>{m,n}</c> with m greater than n, or bounds too large.</summary>
    public const string BadRepetition = "EXT0114";
    /// <summary>A literal with no word in it (only spaces or marks).</summary>
    public const string EmptyLiteral = "EXT0115";
    /// <summary>A slot inside a clause (clauses look around the match; they capture nothing).</summary>
    public const string SlotInClause = "EXT0116";
    /// <summary>A <c>~lexeme</c> whose expansion is empty.</summary>
    public const string UnknownLexeme = "EXT0117";

    /// <summary>An example the rule does not match.</summary>
    public const string ExampleNotMatched = "EXT0201";
    /// <summary>An example the rule matches with other arguments than written.</summary>
    public const string ExampleWrongArguments = "EXT0202";
    /// <summary>A counterexample the rule matches.</summary>
    public const string CounterexampleMatched = "EXT0203";
    /// <summary>An example naming a role the rule does not produce.</summary>
    public const string ExampleUnknownRole = "EXT0204";

    /// <summary>A list file that does not exist or cannot be read.</summary>
    public const string ListFileMissing = "EXT0301";
    /// <summary>A list file path outside the pack folder.</summary>
    public const string ListFileOutsidePack = "EXT0302";
    /// <summary>A list file that is not valid UTF-8.</summary>
    public const string ListFileInvalidUtf8 = "EXT0303";
    /// <summary>The same entry twice in a list, after normalization (warning).</summary>
    public const string DuplicateListEntry = "EXT0304";
    /// <summary>A list with no entry (warning).</summary>
    public const string EmptyList = "EXT0305";
}
