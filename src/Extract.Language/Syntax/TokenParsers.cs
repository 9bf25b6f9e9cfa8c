using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Pidgin;
using static Pidgin.Parser<Extract.Language.Syntax.LexToken>;

namespace Extract.Language.Syntax;

/// <summary>
/// The building blocks of the grammar over the tokens of a line: token tests, <see cref="Peek"/>, and
/// three combinators that place a <see cref="SyntaxError"/> on the token a linguist should look at.
/// </summary>
/// <remarks>
/// Pidgin reports a failure where it happened and, among alternatives that all fail without
/// consuming input, keeps the first one's error. Our messages often point elsewhere (at the
/// <c>(</c> that is never closed, at the slot whose type is missing), so <see cref="Fault{T}"/>,
/// <see cref="Expect{T}"/> and <see cref="Enclosed{TBody, T}"/> set the error themselves, through
/// Pidgin's documented extension point (<see cref="Parser{TToken, T}.TryParse"/>). An error after
/// input was consumed is final: no alternative is tried, so the first error of a line is reported.
/// </remarks>
internal static class TokenParsers
{
    /// <summary>A symbol token such as <c>(</c> or <c>=&gt;</c>.</summary>
    public static Parser<LexToken, LexToken> Symbol(string text) => Token(token => token.Kind == LexKind.Symbol && token.Text == text);

    /// <summary>A keyword: a word token with this text.</summary>
    public static Parser<LexToken, LexToken> Keyword(string text) => Token(token => token.Kind == LexKind.Word && token.Text == text);

    /// <summary>A token of this kind.</summary>
    public static Parser<LexToken, LexToken> Kind(LexKind kind) => Token(token => token.Kind == kind);

    /// <summary>Any token (unlike Pidgin's <c>Any</c>, without recording what was expected when the line ends).</summary>
    public static readonly Parser<LexToken, LexToken> AnyToken = Token(_ => true);

    /// <summary>The current token, or null at the end of the line; consumes nothing. With <c>Bind</c>, chooses what to parse next.</summary>
    public static readonly Parser<LexToken, LexToken?> Peek = new PeekParser();

    /// <summary>A word or a capitalized name (a role, a rule's name).</summary>
    public static readonly Parser<LexToken, LexToken> WordOrName = Token(token => token.Kind is LexKind.Word or LexKind.Name);

    /// <summary>Fails with <paramref name="error"/> at the token <paramref name="back"/> tokens before the current one.</summary>
    public static Parser<LexToken, T> Fault<T>(SyntaxError error, int back) => new FaultParser<T>(error, back);

    /// <summary>
    /// <paramref name="parser"/>, or when it fails without consuming input, <paramref name="error"/> at
    /// the token <paramref name="back"/> tokens before the current one (<paramref name="backAtEnd"/> at the end of the line).
    /// </summary>
    public static Parser<LexToken, T> Expect<T>(Parser<LexToken, T> parser, SyntaxError error, int back = 0, int? backAtEnd = null) =>
        new ExpectParser<T>(parser, error, back, backAtEnd ?? back);

    /// <summary>
    /// <paramref name="open"/>, <paramref name="body"/>, then <paramref name="close"/>; a missing close
    /// is <paramref name="unclosed"/> at the opening token. With <paramref name="tooDeep"/> (a body that
    /// can contain itself), when the stack runs short, that error at the opening token: a safety net
    /// for threads with a small stack, under the grammar's own depth limit.
    /// </summary>
    public static Parser<LexToken, T> Enclosed<TBody, T>(
        Parser<LexToken, LexToken> open, Parser<LexToken, TBody> body, Parser<LexToken, LexToken> close,
        SyntaxError unclosed, Func<LexToken, TBody, T> result, SyntaxError? tooDeep = null) =>
        new EnclosedParser<TBody, T>(open, body, close, unclosed, tooDeep, result);

    private static void SetError(ref ParseState<LexToken> state, SyntaxError error, long location) =>
        state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<LexToken>(), !state.HasCurrent, location, error.Key);

    private sealed class PeekParser : Parser<LexToken, LexToken?>
    {
        public override bool TryParse(ref ParseState<LexToken> state, ref PooledList<Expected<LexToken>> expecteds, [MaybeNullWhen(false)] out LexToken? result)
        {
            result = state.HasCurrent ? state.Current : null;
            return true;
        }
    }

    private sealed class FaultParser<T>(SyntaxError error, int back) : Parser<LexToken, T>
    {
        public override bool TryParse(ref ParseState<LexToken> state, ref PooledList<Expected<LexToken>> expecteds, [MaybeNullWhen(false)] out T result)
        {
            SetError(ref state, error, state.Location - back);
            result = default;
            return false;
        }
    }

    private sealed class ExpectParser<T>(Parser<LexToken, T> parser, SyntaxError error, int back, int backAtEnd) : Parser<LexToken, T>
    {
        public override bool TryParse(ref ParseState<LexToken> state, ref PooledList<Expected<LexToken>> expecteds, [MaybeNullWhen(false)] out T result)
        {
            long start = state.Location;
            if (parser.TryParse(ref state, ref expecteds, out result)) return true;
            if (state.Location == start) SetError(ref state, error, start - (state.HasCurrent ? back : backAtEnd));
            return false;
        }
    }

    private sealed class EnclosedParser<TBody, T>(
        Parser<LexToken, LexToken> open, Parser<LexToken, TBody> body, Parser<LexToken, LexToken> close,
        SyntaxError unclosed, SyntaxError? tooDeep, Func<LexToken, TBody, T> selector) : Parser<LexToken, T>
    {
        public override bool TryParse(ref ParseState<LexToken> state, ref PooledList<Expected<LexToken>> expecteds, [MaybeNullWhen(false)] out T result)
        {
            result = default;
            long start = state.Location;
            if (!open.TryParse(ref state, ref expecteds, out var opening)) return false;
            if (tooDeep is not null && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                SetError(ref state, tooDeep, start);
                return false;
            }
            if (!body.TryParse(ref state, ref expecteds, out var inside)) return false;
            long end = state.Location;
            if (!close.TryParse(ref state, ref expecteds, out _))
            {
                if (state.Location == end) SetError(ref state, unclosed, start);
                return false;
            }
            result = selector(opening, inside);
            return true;
        }
    }
}
