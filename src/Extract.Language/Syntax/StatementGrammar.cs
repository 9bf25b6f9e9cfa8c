using Extract.Language.Model;
using Pidgin;
using static Extract.Language.Syntax.TokenParsers;
using static Pidgin.Parser;
using static Pidgin.Parser<Extract.Language.Syntax.LexToken>;

namespace Extract.Language.Syntax;

/// <summary><c>rule name [priority N]:</c>; the rest of the line, from token <see cref="Rest"/>, is a pattern line.</summary>
internal sealed record RuleHeader(string Name, int Priority, SourceLocation Location, int Rest);

/// <summary>A pattern (with its text) and/or an output <c>=&gt; Relation(…)</c>, on one line.</summary>
internal sealed record PatternLine(PatternSyntax? Pattern, string Source, OutputSyntax? Output);

/// <summary>
/// The grammar of each statement of a rule file, over the tokens of its line (see
/// <see cref="RuleParser"/> for how lines become statements). Every parser is built once: Pidgin
/// parsers are immutable and thread-safe.
/// </summary>
internal static class StatementGrammar
{
    private static readonly Parser<LexToken, Unit> EndOfLine = Expect(End, SyntaxErrors.UnexpectedHere);

    /// <summary><c>pack Arabic.Control</c>: the name is the rest of the line.</summary>
    public static readonly Parser<LexToken, PackSyntax> Pack = Map(
        (keyword, name) => new PackSyntax(name, keyword.Location),
        Keyword("pack"),
        Expect(AnyToken.AtLeastOnce().MapWithInput((tokens, _) => LexToken.Between(tokens[0], tokens[^1])), SyntaxErrors.PackWithoutName, back: 1));

    /// <summary><c>language ar</c>.</summary>
    public static readonly Parser<LexToken, LanguageSyntax> Language = Map(
        (keyword, code) => new LanguageSyntax(code.Text, keyword.Location),
        Keyword("language"),
        Expect(AnyToken, SyntaxErrors.LanguageWithoutCode, back: 1));

    /// <summary><c>overlap all</c> or <c>overlap longest</c>.</summary>
    public static readonly Parser<LexToken, OverlapSyntax> Overlap = Map(
        (keyword, mode) => new OverlapSyntax(mode.Text, keyword.Location),
        Keyword("overlap"),
        Expect(Keyword("all").Or(Keyword("longest")), SyntaxErrors.OverlapWithoutMode, back: 1));

    /// <summary><c>list Force = قوات | الجيش</c> or <c>list Place from "lists/places.txt"</c>.</summary>
    public static readonly Parser<LexToken, ListSyntax> List = ListParser();

    /// <summary><c>pattern Actor = Force Word{0,4}</c>.</summary>
    public static readonly Parser<LexToken, PatternDeclarationSyntax> PatternDeclaration = Map(
        (keyword, name, body) => new PatternDeclarationSyntax(name.Text, body ?? new SequenceSyntax([], keyword.Location with { Column = 1, Length = 0 }), keyword.Location),
        Keyword("pattern"),
        Expect(Try(Kind(LexKind.Name).Before(Symbol("="))), SyntaxErrors.PatternDeclaration, back: 1),
        PatternGrammar.Pattern.Select(PatternSyntax? (pattern) => pattern).Or(End.ThenReturn((PatternSyntax?)null)))
        .Before(EndOfLine);

    /// <summary><c>rule name [priority N]:</c>, up to the colon.</summary>
    public static readonly Parser<LexToken, RuleHeader> RuleHeader = Map(
        (keyword, name, priority, rest) => new RuleHeader(name.Text, priority.GetValueOrDefault(), keyword.Location, rest),
        Keyword("rule"),
        Expect(WordOrName, SyntaxErrors.RuleWithoutName, back: 1),
        Keyword("priority").Then(Expect(
            Token(token => token.Kind == LexKind.Number && int.TryParse(token.Text, out _)).Select(token => int.Parse(token.Text)),
            SyntaxErrors.PriorityWithoutNumber, back: 1)).Optional(),
        Expect(Symbol(":"), SyntaxErrors.RuleWithoutColon).Then(CurrentOffset));

    /// <summary><c>=&gt; Control(controller: X, status: asserted)</c>, to the end of the line.</summary>
    public static readonly Parser<LexToken, OutputSyntax> Output = Map(
        (arrow, relation, arguments) => new OutputSyntax(relation.Text, arguments.HasValue ? arguments.Value : [], arrow.Location),
        Symbol("=>"),
        Expect(Kind(LexKind.Name), SyntaxErrors.OutputWithoutRelation, back: 0, backAtEnd: 1),
        Enclosed(Symbol("("), Assignments(closing: true).Many(), Symbol(")"), SyntaxErrors.OutputNotClosed,
            (_, arguments) => new EquatableArray<OutputArgumentSyntax>(arguments.ToArray())).Optional())
        .Before(EndOfLine);

    /// <summary>A pattern, then optionally an output; or an output alone.</summary>
    public static readonly Parser<LexToken, PatternLine> PatternLine = OneOf(
        Output.Select(output => new PatternLine(null, "", output)),
        Map(
            (pattern, output) => new PatternLine(pattern.Item1, pattern.Item2, output.GetValueOrDefault()),
            PatternGrammar.Pattern.MapWithInput((tokens, pattern) => (pattern, LexToken.Between(tokens[0], tokens[^1]))),
            Output.Optional()));

    /// <summary><c>unless before P</c>, <c>unless after P</c>.</summary>
    public static readonly Parser<LexToken, ClauseSyntax> Unless = Clause("unless", PatternGrammar.Pattern, Return(Array.Empty<OutputArgumentSyntax>().AsEnumerable()));

    /// <summary><c>when before P set attribute: value, …</c> (or <c>after</c>).</summary>
    public static readonly Parser<LexToken, ClauseSyntax> When = Clause("when", PatternGrammar.WhenPattern,
        Expect(Keyword("set"), SyntaxErrors.WhenWithoutSet).Then(Expect(Assignments(closing: false).AtLeastOnce(), SyntaxErrors.SetWithoutAttribute)));

    /// <summary><c>example "text" =&gt; role "text", …</c>.</summary>
    public static readonly Parser<LexToken, ExampleSyntax> Example = Map(
        (keyword, text, expected) => new ExampleSyntax(text.Text, false, expected.ToArray(), keyword.Location),
        Keyword("example"),
        Expect(Kind(LexKind.String), SyntaxErrors.ExampleWithoutText, back: 1),
        Expect(
            Symbol("=>").Then(ExpectedRole().Many()).Or(End.ThenReturn(Enumerable.Empty<ExpectedSyntax>())),
            SyntaxErrors.ExampleWithoutArrow));

    /// <summary><c>counterexample "text"</c>.</summary>
    public static readonly Parser<LexToken, ExampleSyntax> Counterexample = Map(
        (keyword, text) => new ExampleSyntax(text.Text, true, [], keyword.Location),
        Keyword("counterexample"),
        Expect(Kind(LexKind.String), SyntaxErrors.ExampleWithoutText, back: 1))
        .Before(Expect(End, SyntaxErrors.CounterexampleWithRoles));

    private static Parser<LexToken, ListSyntax> ListParser()
    {
        var entry = Expect(
            OneOf(
                Token(token => token.Kind != LexKind.Symbol).AtLeastOnce().MapWithInput((tokens, _) =>
                    new ListEntrySyntax(LexToken.Between(tokens[0], tokens[^1]).Replace("\"", ""), LexToken.Span(tokens[0], tokens[^1]))),
                Token(token => token is { Kind: LexKind.Symbol, Text: not "|" }).Then(Fault<ListEntrySyntax>(SyntaxErrors.SymbolInListEntry, back: 1))),
            SyntaxErrors.EmptyListEntry);
        var entries = Symbol("=")
            .Then(entry.SeparatedAtLeastOnce(Symbol("|")))
            .Before(Expect(End, SyntaxErrors.SymbolInListEntry))
            .Select(entries => (Entries: entries.ToArray(), From: (string?)null));
        var file = Try(Keyword("from").Then(Kind(LexKind.String)))
            .Before(Expect(End, SyntaxErrors.AfterListFile))
            .Select(path => (Entries: Array.Empty<ListEntrySyntax>(), From: (string?)path.Text));
        return Map(
            (keyword, name, body) => new ListSyntax(name.Text, body.Entries, body.From, keyword.Location),
            Keyword("list"),
            Expect(Kind(LexKind.Name), SyntaxErrors.ListWithoutName, back: 1),
            Expect(file.Or(entries), SyntaxErrors.ListWithoutEntries));
    }

    // role: Slot, attribute: value (the comma is optional); inside '(' … ')' when closing, else to the end of the line.
    private static Parser<LexToken, OutputArgumentSyntax> Assignments(bool closing)
    {
        var assignment = Map(
            (name, value) => new OutputArgumentSyntax(name.Text, value.Text, value.Kind == LexKind.Name, LexToken.Span(name, value)),
            WordOrName,
            Expect(Symbol(":"), SyntaxErrors.RoleWithoutColon).Then(Expect(Token(token => token.Kind != LexKind.Symbol), SyntaxErrors.RoleWithoutValue)));
        var notARole = Token(token => !closing || token is not { Kind: LexKind.Symbol, Text: ")" })
            .Then(Fault<OutputArgumentSyntax>(SyntaxErrors.ExpectedRole, back: 1));
        return assignment.Or(notARole).Before(Symbol(",").Optional());
    }

    // role "text" (the comma is optional).
    private static Parser<LexToken, ExpectedSyntax> ExpectedRole() =>
        OneOf(
            Map(
                (role, text) => new ExpectedSyntax(role.Text, text.Text, role.Location),
                WordOrName,
                Expect(Kind(LexKind.String), SyntaxErrors.ExpectedRoleAndText, back: 1)),
            AnyToken.Then(Fault<ExpectedSyntax>(SyntaxErrors.ExpectedRoleAndText, back: 1)))
        .Before(Symbol(",").Optional());

    private static Parser<LexToken, ClauseSyntax> Clause(string keyword, Parser<LexToken, PatternSyntax> pattern, Parser<LexToken, IEnumerable<OutputArgumentSyntax>> sets) =>
        Map(
            (start, side, body, assignments) => (start, side, body, assignments),
            Keyword(keyword),
            Expect(Try(Keyword("before").Or(Keyword("after")).Before(Lookahead(AnyToken))), SyntaxErrors.ClauseWithoutSide, back: 1),
            pattern,
            sets)
        .Before(EndOfLine)
        .MapWithInput((tokens, clause) => new ClauseSyntax(
            keyword == "when", clause.side.Text == "before", clause.body, clause.assignments.ToArray(),
            LexToken.Between(tokens[0], tokens[^1]), clause.start.Location));
}
