using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>The kinds of tokens of a rule line.</summary>
internal enum LexKind : byte { Word, Name, String, Number, Symbol, Error }

/// <summary>One token of a rule line, with its text and column (1-based).</summary>
internal readonly record struct LexToken(LexKind Kind, string Text, int Column, int Length);

/// <summary>
/// Splits one line of a rule file into tokens: words (any letters, marks, digits and inner
/// underscores), capitalized names, quoted strings, numbers and symbols. A <c>#</c> outside a
/// string ends the line. Errors become <see cref="LexKind.Error"/> tokens; the lexer never throws.
/// </summary>
internal static class Lexer
{
    private static readonly string[] Symbols = ["=>", "~~", "</s>", "<s>", "(", ")", "|", "?", "*", "+", "{", "}", ",", ":", "!", "~", "=", "_"];

    public static List<LexToken> Lex(string line)
    {
        var tokens = new List<LexToken>();
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
                    tokens.Add(new LexToken(LexKind.Error, "unterminated", start + 1, line.Length - start));
                    break;
                }
                tokens.Add(new LexToken(LexKind.String, line[(i + 1)..close], start + 1, close - start + 1));
                i = close + 1;
                continue;
            }
            if (IsWordStart(c))
            {
                i++;
                while (i < line.Length && (IsWordPart(line[i]) || (line[i] == '_' && i + 1 < line.Length && IsWordPart(line[i + 1])) || (line[i] == '.' && i + 1 < line.Length && char.IsLetter(line[i + 1]) && c is >= 'A' and <= 'Z')))
                    i++;
                var text = line[start..i];
                var kind = text.All(char.IsAsciiDigit) ? LexKind.Number : c is >= 'A' and <= 'Z' ? LexKind.Name : LexKind.Word;
                tokens.Add(new LexToken(kind, text, start + 1, i - start));
                continue;
            }
            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(line, i, s, 0, s.Length) == 0);
            if (symbol is not null)
            {
                tokens.Add(new LexToken(LexKind.Symbol, symbol, start + 1, symbol.Length));
                i += symbol.Length;
                continue;
            }
            int width = char.IsHighSurrogate(c) && i + 1 < line.Length ? 2 : 1;
            tokens.Add(new LexToken(LexKind.Error, line.Substring(i, width), start + 1, width));
            i += width;
        }
        return tokens;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || IsMark(c) || c == '\u0640';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Bidi and zero-width controls that editors insert around Arabic text.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The location of a token on a line.</summary>
    public static SourceLocation At(string file, int line, LexToken token) => new(file, line, token.Column, token.Length);
}
