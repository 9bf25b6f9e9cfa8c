using Extract.Language.Diagnostics;
using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>The kinds of tokens of a rule line.</summary>
internal enum LexKind : byte { Word, Name, String, Number, Symbol }

/// <summary>
/// One token of a rule line: its kind, its text (a string's without the quotes), where it is, and
/// the line it is on (so that a statement can keep the raw text of a range of tokens).
/// </summary>
internal sealed record LexToken(LexKind Kind, string Text, SourceLocation Location, string Line)
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
/// Splits one line of a rule file into tokens: words (any letters, marks, digits and inner
/// underscores; a capitalized name may contain dots, as in <c>Arabic.Control</c>), quoted strings,
/// numbers and symbols, separated by white space and the invisible bidi controls that editors put
/// around Arabic. A <c>#</c> outside a string ends the line. A character that starts no token, or a
/// quote never closed, is a diagnostic; the lexer never throws.
/// </summary>
/// <remarks>
/// Written by hand, unlike the grammar above it (<see cref="StatementGrammar"/>, <see cref="PatternGrammar"/>):
/// the same lexer as a Pidgin parser over characters took 4.3 ms for the shipped pack, three times
/// what the whole parser takes, as Pidgin pays for every combinator on every character.
/// </remarks>
internal static class Lexer
{
    /// <summary>
    /// The tokens of <paramref name="line"/> (line <paramref name="number"/> of <paramref name="path"/>),
    /// or null and a diagnostic (<see cref="DiagnosticIds.UnexpectedCharacter"/>, <see cref="DiagnosticIds.UnterminatedString"/>).
    /// </summary>
    public static LexToken[]? Lex(string path, int number, string line, out Diagnostic? error)
    {
        var tokens = new List<LexToken>();
        error = null;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }
            if (c == '#') break;
            int start = i;
            if (c == '"')
            {
                int close = line.IndexOf('"', i + 1);
                if (close < 0)
                {
                    error = new Diagnostic(DiagnosticIds.UnterminatedString, DiagnosticSeverity.Error,
                        "this quote is never closed: add '\"' at the end of the text", new SourceLocation(path, number, start + 1, line.Length - start));
                    return null;
                }
                tokens.Add(Token(LexKind.String, line[(i + 1)..close], start, close + 1));
                i = close + 1;
                continue;
            }
            if (IsWordStart(c))
            {
                i++;
                while (i < line.Length && (IsWordPart(line[i]) || (line[i] == '_' && i + 1 < line.Length && IsWordPart(line[i + 1])) || (line[i] == '.' && i + 1 < line.Length && char.IsLetter(line[i + 1]) && c is >= 'A' and <= 'Z')))
                    i++;
                var text = line[start..i];
                var kind = !text.AsSpan().ContainsAnyExceptInRange('0', '9') ? LexKind.Number : c is >= 'A' and <= 'Z' ? LexKind.Name : LexKind.Word;
                tokens.Add(Token(kind, text, start, i));
                continue;
            }
            var symbol = Symbol(line.AsSpan(i));
            if (symbol is null)
            {
                int width = char.IsHighSurrogate(c) && i + 1 < line.Length ? 2 : 1;
                error = new Diagnostic(DiagnosticIds.UnexpectedCharacter, DiagnosticSeverity.Error,
                    $"unexpected character '{line.Substring(i, width)}' (U+{(int)c:X4}): it has no meaning in a rule", new SourceLocation(path, number, start + 1, width));
                return null;
            }
            tokens.Add(Token(LexKind.Symbol, symbol, start, i + symbol.Length));
            i += symbol.Length;
        }
        return tokens.ToArray();

        LexToken Token(LexKind kind, string text, int from, int to) => new(kind, text, new SourceLocation(path, number, from + 1, to - from), line);
    }

    // The longest symbol at the start of rest, if any.
    private static string? Symbol(ReadOnlySpan<char> rest) => rest[0] switch
    {
        '=' => rest.StartsWith("=>") ? "=>" : "=",
        '~' => rest.StartsWith("~~") ? "~~" : "~",
        '<' => rest.StartsWith("</s>") ? "</s>" : rest.StartsWith("<s>") ? "<s>" : null,
        '(' => "(",
        ')' => ")",
        '|' => "|",
        '?' => "?",
        '*' => "*",
        '+' => "+",
        '{' => "{",
        '}' => "}",
        ',' => ",",
        ':' => ":",
        '!' => "!",
        '_' => "_",
        _ => null,
    };

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || IsMark(c) || c == '\u0640';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Bidi and zero-width controls that editors insert around Arabic text.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
