namespace Extract.Language.Diagnostics;

/// <summary>
/// Every syntax diagnostic id (EXT00xx). Binder ids (EXT01xx names, EXT02xx examples, EXT03xx lists
/// and files) are in <see cref="Binding.BindingIds"/>. All are documented in <c>rules/README.md</c>.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A character that has no meaning in a rule file.</summary>
    public const string UnexpectedCharacter = "EXT0001";
    /// <summary>A quote that is never closed.</summary>
    public const string UnterminatedString = "EXT0002";
    /// <summary>A parenthesis that is never closed, or closed without being opened.</summary>
    public const string UnbalancedParenthesis = "EXT0003";
    /// <summary>Something else was expected here.</summary>
    public const string Expected = "EXT0004";
    /// <summary>A line that belongs to a rule (<c>=&gt;</c>, <c>unless</c>, <c>example</c>…) outside any rule.</summary>
    public const string OutsideRule = "EXT0005";
    /// <summary>Parentheses nested too deeply.</summary>
    public const string NestingTooDeep = "EXT0006";
    /// <summary>Too many errors in one file; the rest are not reported.</summary>
    public const string TooManyErrors = "EXT0007";
    /// <summary>A <c>rule name:</c> with no pattern.</summary>
    public const string RuleWithoutPattern = "EXT0008";
    /// <summary>A repetition <c>{m,n}</c> that is not two numbers.</summary>
    public const string BadQuantifier = "EXT0009";
    /// <summary>A rule file that is not text.</summary>
    public const string NotText = "EXT0010";
    /// <summary>A second <c>=&gt;</c> output, or a second pattern, in one rule.</summary>
    public const string Repeated = "EXT0011";
}
