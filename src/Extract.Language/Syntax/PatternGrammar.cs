using Pidgin;
using static Extract.Language.Syntax.TokenParsers;
using static Pidgin.Parser;
using static Pidgin.Parser<Extract.Language.Syntax.LexToken>;

namespace Extract.Language.Syntax;

/// <summary>
/// The grammar of a pattern, over the tokens of a line: alternatives of sequences of elements, an
/// element being <c>!</c> and an element, or an atom with repetition marks (<c>? * + {m,n}</c>, each
/// lazy with a further <c>?</c>). A pattern ends at the end of the line, at <c>=&gt;</c>, or (in a
/// <c>when</c> clause) at <c>set</c>; a <c>)</c> that closes nothing is an error.
/// </summary>
/// <remarks>
/// Nesting is bounded without counting at parse time: the grammar is built once for each depth, from
/// 0 to <see cref="MaxDepth"/>, and at the limit a group or a <c>!</c> is a diagnostic. A pathological
/// line therefore costs a diagnostic, never a stack overflow.
/// </remarks>
internal static class PatternGrammar
{
    /// <summary>How deep groups (and <c>!</c> in a row) may nest.</summary>
    public const int MaxDepth = 200;

    private const int MaxRepetitionMarks = 8;

    // Declared before the patterns, which are built from them.
    private static readonly Parser<LexToken, (int Min, int Max)> Bounds = BoundsParser();

    private static readonly Parser<LexToken, Mark> Marks = MarksParser(1);

    /// <summary>A whole pattern, starting at a token of the line (alternatives are allowed at the top).</summary>
    public static readonly Parser<LexToken, PatternSyntax> Pattern = Build(stopAtSet: false);

    /// <summary>The pattern of a <c>when</c> clause, which ends at <c>set</c>.</summary>
    public static readonly Parser<LexToken, PatternSyntax> WhenPattern = Build(stopAtSet: true);

    private sealed record Alternatives(IEnumerable<PatternSyntax> First, IEnumerable<(LexToken Bar, IEnumerable<PatternSyntax> Items)> Rest);

    private sealed record Mark(int Min, int Max, bool Lazy, Mark? Next);

    private static Parser<LexToken, PatternSyntax> Build(bool stopAtSet)
    {
        Func<LexToken, bool> ends = token =>
            (token.Kind == LexKind.Symbol && token.Text is "|" or ")" or "=>") || (stopAtSet && token is { Kind: LexKind.Word, Text: "set" });

        var word = Token(token => token.Kind is LexKind.Word or LexKind.Number && !ends(token))
            .Select(PatternSyntax (token) => new WordSyntax(token.Text, token.Location));
        var exact = Kind(LexKind.String).Select(PatternSyntax (token) => new ExactSyntax(token.Text, token.Location));
        var slot = Map(
            PatternSyntax (name, type) => type.HasValue
                ? new NameSyntax(name.Text, type.Value.Text, LexToken.Span(name, type.Value))
                : new NameSyntax(name.Text, null, name.Location),
            Kind(LexKind.Name),
            Symbol(":").Then(Expect(Kind(LexKind.Name), SyntaxErrors.SlotWithoutType, back: 2)).Optional());
        var lexeme = Map(
            PatternSyntax (tilde, lemma) => new LexemeSyntax(lemma.Text, tilde.Text == "~~", LexToken.Span(tilde, lemma)),
            Symbol("~").Or(Symbol("~~")),
            Expect(Kind(LexKind.Word), SyntaxErrors.LexemeWithoutWord, back: 1));
        var simple = OneOf(
            word,
            exact,
            slot,
            lexeme,
            Symbol("_").Select(PatternSyntax (token) => new AnySyntax(token.Location)),
            Symbol("<s>").Select(PatternSyntax (token) => new AnchorSyntax(true, token.Location)),
            Symbol("</s>").Select(PatternSyntax (token) => new AnchorSyntax(false, token.Location)));
        var misplaced = OneOf(
            Token(token => token.Kind == LexKind.Symbol && token.Text is "?" or "*" or "+" or "{")
                .Then(Fault<PatternSyntax>(SyntaxErrors.RepetitionWithoutElement, back: 1)),
            Token(token => !ends(token)).Then(Fault<PatternSyntax>(SyntaxErrors.ExpectedElement, back: 1)));

        // Built from the deepest level up: the element at depth d contains groups of depth d + 1.
        var tooDeepGroup = Symbol("(").Then(Fault<PatternSyntax>(SyntaxErrors.GroupsTooDeep, back: 1));
        var tooManyNots = Token(token => !ends(token)).Then(Fault<PatternSyntax>(SyntaxErrors.TooManyNots, back: 2));
        Parser<LexToken, Alternatives>? inner = null;
        Parser<LexToken, PatternSyntax>? element = null;
        for (int depth = MaxDepth + 1; depth >= 0; depth--)
        {
            var group = depth + 1 > MaxDepth
                ? tooDeepGroup
                : Enclosed(Symbol("("), inner!, Symbol(")"), SyntaxErrors.GroupNotClosed,
                    (open, alternatives) => Unwrap(Build(alternatives, open.Location)), tooDeep: SyntaxErrors.GroupsTooDeep);
            var atom = OneOf(simple, group, misplaced);
            var not = Map(
                PatternSyntax (bang, excluded) => new NotSyntax(excluded, bang.Location),
                Symbol("!"),
                Expect(element ?? tooManyNots, SyntaxErrors.NotWithoutElement, back: 1));
            element = OneOf(not, Map(Repeat, atom, Marks.Optional()));
            var sequence = element.Many();
            inner = Map(
                (first, rest) => new Alternatives(first, rest),
                sequence,
                Map((bar, items) => (bar, items), Symbol("|"), sequence).Many());
        }
        return Map((first, alternatives) => Build(alternatives!, first.Location), Lookahead(AnyToken), inner!)
            .Before(Symbol(")").Then(Fault<Unit>(SyntaxErrors.StrayClose, back: 1)).Optional());
    }

    // ? * + {m,n}, each lazy when followed by ?; the ninth in a row is an error.
    private static Parser<LexToken, Mark> MarksParser(int count)
    {
        if (count > MaxRepetitionMarks)
            return Token(token => token.Kind == LexKind.Symbol && token.Text is "?" or "*" or "+" or "{")
                .Then(Fault<Mark>(SyntaxErrors.TooManyRepetitions, back: 1));
        var bounds = OneOf(
            Symbol("?").ThenReturn((0, 1)),
            Symbol("*").ThenReturn((0, -1)),
            Symbol("+").ThenReturn((1, -1)),
            Bounds);
        return Map(
            (range, lazy, next) => new Mark(range.Item1, range.Item2, lazy.HasValue, next.GetValueOrDefault()),
            bounds,
            Symbol("?").Optional(),
            MarksParser(count + 1).Optional());
    }

    // {m,n} {m} {m,} {,n} (and {}, which is *); '{,}' or anything else after '{' is an error at the '{'.
    private static Parser<LexToken, (int Min, int Max)> BoundsParser()
    {
        var number = Kind(LexKind.Number).Select(token => int.TryParse(token.Text, out int value) ? value : int.MaxValue);
        var bounds = Map(
                (min, comma) => (Min: min, Comma: comma),
                Symbol("{").Then(number.Optional()),
                Symbol(",").Then(number.Optional()).Optional())
            .Before(Symbol("}"))
            .Assert(bounds => bounds.Min.HasValue || !bounds.Comma.HasValue || bounds.Comma.Value.HasValue)
            .Select(bounds => (
                bounds.Min.GetValueOrDefault(0),
                bounds.Comma.HasValue ? bounds.Comma.Value.GetValueOrDefault(-1) : bounds.Min.GetValueOrDefault(-1)));
        return OneOf(Try(bounds), Symbol("{").Then(Fault<(int, int)>(SyntaxErrors.BadRepetition, back: 1)));
    }

    private static PatternSyntax Repeat(PatternSyntax element, Maybe<Mark> marks)
    {
        for (var mark = marks.GetValueOrDefault(); mark is not null; mark = mark.Next)
            element = new QuantifiedSyntax(element, mark.Min, mark.Max, mark.Lazy, element.Location);
        return element;
    }

    // The first option starts where the alternatives start; an empty later one at its '|'.
    private static PatternSyntax Build(Alternatives alternatives, Model.SourceLocation start)
    {
        var first = Sequence(alternatives.First, start);
        var options = alternatives.Rest.Select(option => Sequence(option.Items, option.Bar.Location)).ToArray();
        return options.Length == 0 ? first : new AlternationSyntax((SequenceSyntax[])[first, .. options], start);
    }

    private static SequenceSyntax Sequence(IEnumerable<PatternSyntax> elements, Model.SourceLocation start)
    {
        var items = elements.ToArray();
        return new SequenceSyntax(items, items.Length > 0 ? items[0].Location : start);
    }

    // A group of one element is that element.
    private static PatternSyntax Unwrap(PatternSyntax group) => group is SequenceSyntax { Items.Count: 1 } single ? single.Items[0] : group;
}
