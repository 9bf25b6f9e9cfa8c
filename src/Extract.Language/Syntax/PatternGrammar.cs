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
/// 0 to <see cref="MaxDepth"/>, and at the limit a group or a <c>!</c> is a diagnostic; a group also
/// checks that the stack has room left (for threads with a small stack). A pathological line
/// therefore costs a diagnostic, never a stack overflow.
/// </remarks>
internal static class PatternGrammar
{
    /// <summary>How deep groups (and <c>!</c> in a row) may nest.</summary>
    public const int MaxDepth = 200;

    private const int MaxRepetitionMarks = 8;

    // Declared before the patterns, which are built from them.
    private static readonly Parser<LexToken, LexToken?> NoToken = Return<LexToken?>(null);

    private static readonly Parser<LexToken, bool> Eager = Return(false);

    private static readonly Parser<LexToken, Mark?> NoMark = Return<Mark?>(null);

    private static readonly Parser<LexToken, (int Min, int Max)> Range = RangeParser();

    private static readonly Parser<LexToken, Mark?> SomeMarks = MarksParser(1);

    /// <summary>A whole pattern, starting at a token of the line (alternatives are allowed at the top).</summary>
    public static readonly Parser<LexToken, PatternSyntax> Pattern = Build(stopAtSet: false);

    /// <summary>The pattern of a <c>when</c> clause, which ends at <c>set</c>.</summary>
    public static readonly Parser<LexToken, PatternSyntax> WhenPattern = Build(stopAtSet: true);

    private sealed record Alternatives(IEnumerable<PatternSyntax> First, IEnumerable<(LexToken Bar, IEnumerable<PatternSyntax> Items)> Rest);

    private sealed record Mark(int Min, int Max, bool Lazy, Mark? Next);

    // Each element is chosen by its first token (Peek, then Bind), which costs far less than trying
    // alternatives one after the other (OneOf) on every token of the pack.
    private static Parser<LexToken, PatternSyntax> Build(bool stopAtSet)
    {
        Func<LexToken, bool> ends = token =>
            (token.Kind == LexKind.Symbol && token.Text is "|" or ")" or "=>") || (stopAtSet && token is { Kind: LexKind.Word, Text: "set" });

        var word = AnyToken.Select(PatternSyntax (token) => new WordSyntax(token.Text, token.Location));
        var exact = AnyToken.Select(PatternSyntax (token) => new ExactSyntax(token.Text, token.Location));
        var type = AnyToken.Then(Expect(Kind(LexKind.Name), SyntaxErrors.SlotWithoutType, back: 2)).Select(LexToken? (name) => name);
        var slot = Map(
            PatternSyntax (name, type) => type is null
                ? new NameSyntax(name.Text, null, name.Location)
                : new NameSyntax(name.Text, type.Text, LexToken.Span(name, type)),
            AnyToken,
            Peek.Bind(next => next is { Kind: LexKind.Symbol, Text: ":" } ? type : NoToken));
        var lexeme = Map(
            PatternSyntax (tilde, lemma) => new LexemeSyntax(lemma.Text, tilde.Text == "~~", LexToken.Span(tilde, lemma)),
            AnyToken,
            Expect(Kind(LexKind.Word), SyntaxErrors.LexemeWithoutWord, back: 1));
        var any = AnyToken.Select(PatternSyntax (token) => new AnySyntax(token.Location));
        var start = AnyToken.Select(PatternSyntax (token) => new AnchorSyntax(true, token.Location));
        var end = AnyToken.Select(PatternSyntax (token) => new AnchorSyntax(false, token.Location));
        var misplacedMark = AnyToken.Then(Fault<PatternSyntax>(SyntaxErrors.RepetitionWithoutElement, back: 1));
        var unexpected = AnyToken.Then(Fault<PatternSyntax>(SyntaxErrors.ExpectedElement, back: 1));
        var none = Fail<PatternSyntax>("the end of a sequence");
        var marks = Peek.Bind(next => IsMark(next) ? SomeMarks : NoMark);

        // Built from the deepest level up: the element at depth d contains groups of depth d + 1.
        var tooDeepGroup = AnyToken.Then(Fault<PatternSyntax>(SyntaxErrors.GroupsTooDeep, back: 1));
        var tooManyNots = Token(token => !ends(token)).Then(Fault<PatternSyntax>(SyntaxErrors.TooManyNots, back: 2));
        Parser<LexToken, Alternatives>? inner = null;
        Parser<LexToken, PatternSyntax>? element = null;
        for (int depth = MaxDepth + 1; depth >= 0; depth--)
        {
            var group = depth + 1 > MaxDepth
                ? tooDeepGroup
                : Enclosed(AnyToken, inner!, Symbol(")"), SyntaxErrors.GroupNotClosed,
                    (open, alternatives) => Unwrap(Build(alternatives, open.Location)), tooDeep: SyntaxErrors.GroupsTooDeepForStack);
            // '!a' takes its repetition marks inside: '!a?' is '!(a?)'.
            var not = Map(
                PatternSyntax (bang, excluded) => new NotSyntax(excluded, bang.Location),
                AnyToken,
                Expect(element ?? tooManyNots, SyntaxErrors.NotWithoutElement, back: 1));
            var atom = Peek.Bind(token => token switch
            {
                null => none,
                _ when ends(token) => none,
                { Kind: LexKind.Word or LexKind.Number } => word,
                { Kind: LexKind.Name } => slot,
                { Kind: LexKind.String } => exact,
                { Text: "(" } => group,
                { Text: "~" or "~~" } => lexeme,
                { Text: "_" } => any,
                { Text: "!" } => not,
                { Text: "<s>" } => start,
                { Text: "</s>" } => end,
                _ when IsMark(token) => misplacedMark,
                _ => unexpected,
            });
            element = Map(Repeat, atom, marks);
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
    private static Parser<LexToken, Mark?> MarksParser(int count)
    {
        if (count > MaxRepetitionMarks) return AnyToken.Then(Fault<Mark?>(SyntaxErrors.TooManyRepetitions, back: 1));
        var lazy = AnyToken.ThenReturn(true);
        var next = MarksParser(count + 1);
        return Map(
            Mark? (range, lazy, next) => new Mark(range.Min, range.Max, lazy, next),
            Range,
            Peek.Bind(token => token is { Kind: LexKind.Symbol, Text: "?" } ? lazy : Eager),
            Peek.Bind(token => IsMark(token) ? next : NoMark));
    }

    private static bool IsMark(LexToken? token) => token is { Kind: LexKind.Symbol, Text: "?" or "*" or "+" or "{" };

    // ? * + or {m,n} {m} {m,} {,n} (and {}, which is *); '{,}' or anything else after '{' is an error at the '{'.
    private static Parser<LexToken, (int Min, int Max)> RangeParser()
    {
        var number = Kind(LexKind.Number).Select(token => int.TryParse(token.Text, out int value) ? value : int.MaxValue);
        var bounds = Expect(
            Try(Map(
                    (min, comma) => (Min: min, Comma: comma),
                    number.Optional(),
                    Symbol(",").Then(number.Optional()).Optional())
                .Before(Symbol("}"))
                .Assert(bounds => bounds.Min.HasValue || !bounds.Comma.HasValue || bounds.Comma.Value.HasValue)
                .Select(bounds => (
                    bounds.Min.GetValueOrDefault(0),
                    bounds.Comma.HasValue ? bounds.Comma.Value.GetValueOrDefault(-1) : bounds.Min.GetValueOrDefault(-1)))),
            SyntaxErrors.BadRepetition, back: 1);
        var optional = Return((0, 1));
        var any = Return((0, -1));
        var some = Return((1, -1));
        return AnyToken.Bind(mark => mark.Text switch { "?" => optional, "*" => any, "+" => some, _ => bounds });
    }

    private static PatternSyntax Repeat(PatternSyntax element, Mark? marks)
    {
        for (var mark = marks; mark is not null; mark = mark.Next)
            element = new QuantifiedSyntax(element, mark.Min, mark.Max, mark.Lazy, element.Location);
        return element;
    }

    // The first option starts where the alternatives start; an empty later one at its '|'.
    private static PatternSyntax Build(Alternatives alternatives, Model.SourceLocation start)
    {
        var first = Sequence(alternatives.First, start);
        var options = new List<SequenceSyntax> { first };
        foreach (var (bar, items) in alternatives.Rest) options.Add(Sequence(items, bar.Location));
        return options.Count == 1 ? first : new AlternationSyntax(options.ToArray(), start);
    }

    private static SequenceSyntax Sequence(IEnumerable<PatternSyntax> elements, Model.SourceLocation start)
    {
        var items = elements.ToArray();
        return new SequenceSyntax(items, items.Length > 0 ? items[0].Location : start);
    }

    // A group of one element is that element.
    private static PatternSyntax Unwrap(PatternSyntax group) => group is SequenceSyntax { Items.Count: 1 } single ? single.Items[0] : group;
}
