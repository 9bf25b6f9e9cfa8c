using Extract.Language.Diagnostics;
using Extract.Language.Model;
using Pidgin;

namespace Extract.Language.Syntax;

/// <summary>Words a syntax error from the tokens of its line and the index of the token it points at (the length at the end of the line).</summary>
internal delegate string Wording(ReadOnlySpan<LexToken> tokens, int at);

/// <summary>
/// A syntax error the grammar reports: its diagnostic id and its wording. The grammar fails with
/// <see cref="Key"/> as the Pidgin error message, at the token the error points at;
/// <see cref="SyntaxErrors.ToDiagnostic"/> turns the <see cref="ParseError{TToken}"/> back into a <see cref="Diagnostic"/>.
/// </summary>
/// <param name="Key">Names the error in <see cref="ParseError{TToken}.Message"/>.</param>
/// <param name="Id">The diagnostic id (<see cref="DiagnosticIds"/>).</param>
/// <param name="Wording">The message.</param>
internal sealed record SyntaxError(string Key, string Id, Wording Wording);

/// <summary>Every syntax error of the grammar, and the mapping of Pidgin's errors to diagnostics.</summary>
internal static class SyntaxErrors
{
    private static readonly Dictionary<string, SyntaxError> byKey = [];

    // Patterns.
    public static readonly SyntaxError StrayClose = Error("stray-close", DiagnosticIds.UnbalancedParenthesis,
        "')' closes a group that was never opened: remove it or add '(' before");
    public static readonly SyntaxError GroupNotClosed = Error("group-not-closed", DiagnosticIds.UnbalancedParenthesis,
        "this '(' is never closed: add ')' at the end of the group");
    public static readonly SyntaxError GroupsTooDeep = Error("groups-too-deep", DiagnosticIds.NestingTooDeep,
        $"groups are nested more than {PatternGrammar.MaxDepth} deep, the language's limit: flatten the pattern, or give inner groups a name with 'pattern Name = …'");
    public static readonly SyntaxError GroupsTooDeepForStack = Error("groups-too-deep-for-stack", DiagnosticIds.NestingTooDeep,
        "groups are nested too deep for the stack of the thread that parses them: simplify the pattern");
    public static readonly SyntaxError NotWithoutElement = Error("not-without-element", DiagnosticIds.Expected,
        "'!' must be followed by the word, class or list it excludes");
    public static readonly SyntaxError TooManyNots = Error("too-many-nots", DiagnosticIds.NestingTooDeep,
        "too many '!' in a row: simplify the pattern");
    public static readonly SyntaxError SlotWithoutType = Error("slot-without-type", DiagnosticIds.Expected,
        (tokens, at) => $"slot '{tokens[at].Text}:' must be followed by a type: a list, a pattern or a class such as Word");
    public static readonly SyntaxError LexemeWithoutWord = Error("lexeme-without-word", DiagnosticIds.Expected,
        (tokens, at) => $"'{tokens[at].Text}' must be followed by an Arabic word (the lemma), as in ~سيطر");
    public static readonly SyntaxError RepetitionWithoutElement = Error("repetition-without-element", DiagnosticIds.Expected,
        (tokens, at) => $"'{tokens[at].Text}' repeats the element before it, but there is none here");
    public static readonly SyntaxError ExpectedElement = Error("expected-element", DiagnosticIds.Expected,
        (tokens, at) => $"expected a word, a name, '(' or '_' but found '{tokens[at].Text}'");
    public static readonly SyntaxError TooManyRepetitions = Error("too-many-repetitions", DiagnosticIds.NestingTooDeep,
        "too many repetition marks in a row: one is enough");
    public static readonly SyntaxError BadRepetition = Error("bad-repetition", DiagnosticIds.BadQuantifier,
        "a repetition is written {m,n} with two whole numbers, such as {0,3}");

    // Statements.
    public static readonly SyntaxError UnexpectedHere = Error("unexpected-here", DiagnosticIds.Expected,
        (tokens, at) => $"unexpected '{tokens[at].Text}' here");
    public static readonly SyntaxError PackWithoutName = Error("pack-without-name", DiagnosticIds.Expected,
        "'pack' must be followed by the pack's name, as in 'pack Arabic.Control'");
    public static readonly SyntaxError LanguageWithoutCode = Error("language-without-code", DiagnosticIds.Expected,
        "'language' must be followed by a language code such as 'ar'");
    public static readonly SyntaxError OverlapWithoutMode = Error("overlap-without-mode", DiagnosticIds.Expected,
        "'overlap' must be followed by 'all' (keep every match) or 'longest'");
    public static readonly SyntaxError ListWithoutName = Error("list-without-name", DiagnosticIds.Expected,
        "'list' must be followed by a name with a capital letter, as in 'list Force = قوات | الجيش'");
    public static readonly SyntaxError ListWithoutEntries = Error("list-without-entries", DiagnosticIds.Expected,
        (tokens, _) => $"expected '=' and the entries, or 'from \"file\"', after 'list {tokens[1].Text}'");
    public static readonly SyntaxError AfterListFile = Error("after-list-file", DiagnosticIds.Expected,
        (tokens, at) => $"unexpected '{tokens[at].Text}' after the file name");
    public static readonly SyntaxError EmptyListEntry = Error("empty-list-entry", DiagnosticIds.Expected,
        "empty list entry: remove the extra '|'");
    public static readonly SyntaxError SymbolInListEntry = Error("symbol-in-list-entry", DiagnosticIds.Expected,
        (tokens, at) => $"'{tokens[at].Text}' cannot appear in a list entry: entries are words separated by '|'");
    public static readonly SyntaxError PatternDeclaration = Error("pattern-declaration", DiagnosticIds.Expected,
        "a pattern is declared as 'pattern Name = elements', with a capitalized name");
    public static readonly SyntaxError RuleWithoutName = Error("rule-without-name", DiagnosticIds.Expected,
        "'rule' must be followed by the rule's name, as in 'rule control_svo:'");
    public static readonly SyntaxError PriorityWithoutNumber = Error("priority-without-number", DiagnosticIds.Expected,
        "'priority' must be followed by a whole number, as in 'priority 5'");
    public static readonly SyntaxError RuleWithoutColon = Error("rule-without-colon", DiagnosticIds.Expected,
        (tokens, _) => $"expected ':' after 'rule {tokens[1].Text}'");
    public static readonly SyntaxError OutputWithoutRelation = Error("output-without-relation", DiagnosticIds.Expected,
        "'=>' must be followed by a relation name with a capital letter, as in '=> Control(controller: X)'");
    public static readonly SyntaxError OutputNotClosed = Error("output-not-closed", DiagnosticIds.UnbalancedParenthesis,
        "this '(' is never closed: add ')' after the last role");
    public static readonly SyntaxError ExpectedRole = Error("expected-role", DiagnosticIds.Expected,
        (tokens, at) => $"expected a role or attribute name, found '{tokens[at].Text}'");
    public static readonly SyntaxError RoleWithoutColon = Error("role-without-colon", DiagnosticIds.Expected,
        (tokens, at) => $"expected ':' after '{tokens[at - 1].Text}', as in '{tokens[at - 1].Text}: X'");
    public static readonly SyntaxError RoleWithoutValue = Error("role-without-value", DiagnosticIds.Expected,
        (tokens, at) => $"'{tokens[at - 2].Text}:' must be followed by a slot (X) or a value (asserted)");
    public static readonly SyntaxError ClauseWithoutSide = Error("clause-without-side", DiagnosticIds.Expected,
        (tokens, at) => $"'{tokens[at].Text}' must be followed by 'before' or 'after' and a pattern, as in '{tokens[at].Text} before (لم | لن)'");
    public static readonly SyntaxError WhenWithoutSet = Error("when-without-set", DiagnosticIds.Expected,
        "'when' must end with 'set attribute: value', as in 'set negated: true'");
    public static readonly SyntaxError SetWithoutAttribute = Error("set-without-attribute", DiagnosticIds.Expected,
        "'set' must be followed by 'attribute: value'");
    public static readonly SyntaxError ExampleWithoutText = Error("example-without-text", DiagnosticIds.Expected,
        (tokens, at) => $"'{tokens[at].Text}' must be followed by a text in quotes");
    public static readonly SyntaxError ExampleWithoutArrow = Error("example-without-arrow", DiagnosticIds.Expected,
        "expected '=>' and the expected roles after the example's text");
    public static readonly SyntaxError CounterexampleWithRoles = Error("counterexample-with-roles", DiagnosticIds.Expected,
        "a counterexample has no expected roles: remove what follows the text");
    public static readonly SyntaxError ExpectedRoleAndText = Error("expected-role-and-text", DiagnosticIds.Expected,
        "expected role and text, as in 'controller \"قوات النظام\"'");

    // An error with a fixed message.
    private static SyntaxError Error(string key, string id, string message) => Error(key, id, (_, _) => message);

    // An error whose message names the token it points at, or another token of the line.
    private static SyntaxError Error(string key, string id, Wording wording)
    {
        var error = new SyntaxError(key, id, wording);
        byKey.Add(key, error);
        return error;
    }

    /// <summary>
    /// The diagnostic for a failed parse of <paramref name="tokens"/>: at the token Pidgin's error
    /// points at, or just after the last token when it points at the end of the line.
    /// </summary>
    public static Diagnostic ToDiagnostic(ParseError<LexToken> error, ReadOnlySpan<LexToken> tokens)
    {
        int at = error.ErrorOffset;
        var location = at < tokens.Length ? tokens[at].Location : EndOf(tokens);
        if (error.Message is not null && byKey.TryGetValue(error.Message, out var known))
            return new Diagnostic(known.Id, DiagnosticSeverity.Error, known.Wording(tokens, at), location);
        // A failure the grammar does not name: Pidgin's own account of it.
        string expected = string.Join(" or ", error.Expected.Select(e => e.Label ?? string.Join(" ", e.Tokens.Select(t => $"'{t.Text}'"))).Distinct());
        string found = error.Unexpected.HasValue ? $"'{error.Unexpected.Value.Text}'" : "the end of the line";
        return new Diagnostic(DiagnosticIds.Expected, DiagnosticSeverity.Error,
            expected.Length > 0 ? $"expected {expected} but found {found}" : $"unexpected {found}", location);
    }

    private static SourceLocation EndOf(ReadOnlySpan<LexToken> tokens)
    {
        var last = tokens[^1].Location;
        return last with { Column = last.Column + last.Length, Length = 0 };
    }
}
