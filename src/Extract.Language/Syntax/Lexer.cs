using Extract.Language.Diagnostics;
using Extract.Language.Model;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Extract.Language.Syntax;

/// <summary>The kinds of tokens of a rule line.</summary>
internal enum LexKind : byte { Word, Name, String, Number, Symbol }

/// <summary>
/// One token of a rule line: its kind, its text (a string's without the quotes), where it is, and
/// the line it is on (so that a statement can keep the raw text of a range of tokens).
/// </summary>
internal readonly record struct LexToken(LexKind Kind, string Text, SourceLocation Location, string Line)
{
    /// <summary>The raw text of a line from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static string Between(LexToken first, LexToken last)
    {
        int start = first.Location.Column - 1;
        return first.Line.Substring(start, last.Location.Column - 1 + last.Location.Length - start);
    }

    /// <summary>The location of a range of tokens (from the first's start to the last's end).</summary>
    public static SourceLocation Span(LexToken first, LexToken last) =>
        first.Location with { Length = last.Location.Column + last.Location.Length - first.Location.Column };
}

/// <summary>
/// Splits one line of a rule file into tokens, with a Pidgin parser over its characters: words (any
/// letters, marks, digits and inner underscores; a capitalized name may contain dots, as in
/// <c>Arabic.Control</c>), quoted strings, numbers and symbols, separated by white space and the
/// invisible bidi controls that editors put around Arabic. A <c>#</c> outside a string ends the line.
/// A character that starts no token, or a quote never closed, is a diagnostic; the lexer never throws.
/// </summary>
internal static class Lexer
{
    private readonly record struct Lexeme(LexKind Kind, string Text, int Offset, int Length);

    // Characters are tested with predicates: Pidgin's Char and String record what they expected on
    // every failure, which costs more than the whole test on this hot path.
    private static readonly Parser<char, char> AnyCharacter = Token(_ => true);

    private static readonly Parser<char, Unit> Blank = Token(c => char.IsWhiteSpace(c) || IsInvisible(c)).SkipMany();

    private static readonly Parser<char, Unit> Comment = Is('#').Then(AnyCharacter.SkipMany());

    private static readonly Parser<char, (LexKind, string)> Quoted =
        Is('"').Then(Token(c => c != '"').SkipMany()).Then(Is('"'))
            .MapWithInput((span, _) => (LexKind.String, span[1..^1].ToString()));

    private static readonly Parser<char, Unit> WordParts = Token(IsWordPart).SkipMany();

    // A word goes on through an underscore when a letter follows; a capitalized name also through a dot.
    private static readonly Parser<char, (LexKind, string)> Word = OneOf(
            Token(c => c is >= 'A' and <= 'Z').Then(WordParts)
                .Then(Try(Is('_').Then(Token(IsWordPart)).Or(Is('.').Then(Token(char.IsLetter)))).Then(WordParts).SkipMany()),
            Token(IsWordStart).Then(WordParts)
                .Then(Try(Is('_').Then(Token(IsWordPart))).Then(WordParts).SkipMany()))
        .MapWithInput((span, _) => (Classify(span), span.ToString()));

    private static readonly string[] Symbols = ["=>", "~~", "</s>", "<s>", "(", ")", "|", "?", "*", "+", "{", "}", ",", ":", "!", "~", "=", "_"];

    // The longest symbol first.
    private static readonly Parser<char, (LexKind, string)> Symbol = OneOf(
        Symbols.Select(symbol => Try(symbol.Skip(1).Aggregate(Is(symbol[0]), (parser, c) => parser.Then(Is(c))))
            .ThenReturn((LexKind.Symbol, symbol))));

    private static readonly Parser<char, Lexeme> OneLexeme = Map(
        (start, token, end) => new Lexeme(token.Item1, token.Item2, start, end - start),
        CurrentOffset,
        OneOf(Quoted, Word, Symbol),
        CurrentOffset);

    private static readonly Parser<char, IEnumerable<Lexeme>> Line =
        Blank.Then(OneLexeme.Before(Blank).Many()).Before(Comment.Optional()).Before(End);

    /// <summary>
    /// The tokens of <paramref name="line"/> (line <paramref name="number"/> of <paramref name="path"/>),
    /// or null and a diagnostic (<see cref="DiagnosticIds.UnexpectedCharacter"/>, <see cref="DiagnosticIds.UnterminatedString"/>).
    /// </summary>
    public static LexToken[]? Lex(string path, int number, string line, out Diagnostic? error)
    {
        var result = Line.Parse(line, ParserConfiguration.Characters);
        if (!result.Success)
        {
            error = LexicalError(path, number, line, result.Error!);
            return null;
        }
        error = null;
        return result.Value
            .Select(lexeme => new LexToken(lexeme.Kind, lexeme.Text, new SourceLocation(path, number, lexeme.Offset + 1, lexeme.Length), line))
            .ToArray();
    }

    // The only way to fail inside a token is to reach the end of the line inside a string; since a
    // string ends at the next quote, the quote that opened it is the last one on the line. Any other
    // failure is a character that starts no token.
    private static Diagnostic LexicalError(string path, int number, string line, ParseError<char> error)
    {
        if (error.EOF)
        {
            int quote = line.LastIndexOf('"');
            return new Diagnostic(DiagnosticIds.UnterminatedString, DiagnosticSeverity.Error,
                "this quote is never closed: add '\"' at the end of the text", new SourceLocation(path, number, quote + 1, line.Length - quote));
        }
        int at = error.ErrorOffset;
        int width = char.IsHighSurrogate(line[at]) && at + 1 < line.Length ? 2 : 1;
        return new Diagnostic(DiagnosticIds.UnexpectedCharacter, DiagnosticSeverity.Error,
            $"unexpected character '{line.Substring(at, width)}' (U+{(int)line[at]:X4}): it has no meaning in a rule", new SourceLocation(path, number, at + 1, width));
    }

    private static Parser<char, char> Is(char expected) => Token(c => c == expected);

    private static LexKind Classify(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!char.IsAsciiDigit(c)) return text[0] is >= 'A' and <= 'Z' ? LexKind.Name : LexKind.Word;
        return LexKind.Number;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || IsMark(c) || c == '\u0640';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Bidi and zero-width controls that editors insert around Arabic text.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
