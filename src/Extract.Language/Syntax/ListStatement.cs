using Extract.Language.Diagnostics;

namespace Extract.Language.Syntax;

/// <summary><c>list Name = a | b c | d</c> or <c>list Name from "path"</c>.</summary>
internal static class ListStatement
{
    public static ListSyntax Parse(PatternParser parser, List<LexToken> tokens, string text, string path, int number)
    {
        var at = Lexer.At(path, number, tokens[0]);
        if (tokens.Count < 2 || tokens[1].Kind != LexKind.Name)
            throw parser.Fail(DiagnosticIds.Expected, "'list' must be followed by a name with a capital letter, as in 'list Force = قوات | الجيش'", at);
        string name = tokens[1].Text;
        if (tokens.Count >= 4 && tokens[2] is { Kind: LexKind.Word, Text: "from" } && tokens[3].Kind == LexKind.String)
        {
            if (tokens.Count > 4) throw parser.Fail(DiagnosticIds.Expected, $"unexpected '{tokens[4].Text}' after the file name", Lexer.At(path, number, tokens[4]));
            return new ListSyntax(name, [], tokens[3].Text, at);
        }
        if (tokens.Count < 3 || tokens[2].Text != "=")
            throw parser.Fail(DiagnosticIds.Expected, $"expected '=' and the entries, or 'from \"file\"', after 'list {name}'", tokens.Count > 2 ? Lexer.At(path, number, tokens[2]) : parser.Here());
        var entries = new List<ListEntrySyntax>();
        int start = 3;
        for (int i = 3; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && tokens[i].Text != "|") continue;
            if (i == start)
                throw parser.Fail(DiagnosticIds.Expected, "empty list entry: remove the extra '|'", i < tokens.Count ? Lexer.At(path, number, tokens[i]) : parser.Here());
            var first = tokens[start];
            var last = tokens[i - 1];
            var bad = tokens.Skip(start).Take(i - start).FirstOrDefault(token => token.Kind == LexKind.Symbol);
            if (bad.Kind == LexKind.Symbol)
                throw parser.Fail(DiagnosticIds.Expected, $"'{bad.Text}' cannot appear in a list entry: entries are words separated by '|'", Lexer.At(path, number, bad));
            int column = first.Column;
            entries.Add(new ListEntrySyntax(
                text[(column - 1)..(last.Column - 1 + last.Length)].Replace("\"", ""),
                new Model.SourceLocation(path, number, column, last.Column + last.Length - column)));
            start = i + 1;
        }
        return new ListSyntax(name, entries.ToArray(), null, at);
    }
}
