using Extract.Language.Diagnostics;
using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>
/// Parses a rule file. Statements start with a keyword at the beginning of a line (<c>pack</c>,
/// <c>language</c>, <c>overlap</c>, <c>list</c>, <c>pattern</c>, <c>rule</c>); the lines of a rule
/// follow it (<c>=&gt;</c>, <c>unless</c>, <c>when</c>, <c>example</c>, <c>counterexample</c>); any
/// other line is a pattern: the current rule's, or a rule of its own. Each line is parsed on its
/// own, so an error costs one diagnostic and the next line parses normally: a file with five
/// mistakes reports five diagnostics. Never throws.
/// </summary>
public static class RuleParser
{
    /// <summary>The most diagnostics reported for one file.</summary>
    public const int MaxDiagnostics = 100;

    /// <summary>Parses <paramref name="text"/>, the content of <paramref name="path"/>.</summary>
    public static RuleFileSyntax Parse(string path, string text, List<Diagnostic> diagnostics)
    {
        var state = new FileParser(path, diagnostics);
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            int line = 1 + text.AsSpan(0, nul).Count('\n');
            int column = nul - (text.LastIndexOf('\n', Math.Max(0, nul - 1)) + 1) + 1;
            diagnostics.Add(new Diagnostic(DiagnosticIds.NotText, DiagnosticSeverity.Error,
                "this file is not text (it contains NUL characters): rule files are UTF-8 text", new SourceLocation(path, line, column, 1)));
            return new RuleFileSyntax(path, EquatableArray<DeclarationSyntax>.Empty);
        }
        int number = 0, start = 0;
        while (start <= text.Length && !state.TooMany)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            number++;
            var line = text[start..end].TrimEnd('\r');
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            state.Line(number, line);
            start = end + 1;
        }
        return state.Finish();
    }

    private sealed class FileParser(string path, List<Diagnostic> diagnostics)
    {
        private readonly List<DeclarationSyntax> declarations = [];
        private readonly int initialCount = diagnostics.Count;
        private RuleBuilder? rule;

        public bool TooMany => diagnostics.Count - initialCount >= MaxDiagnostics;

        public void Line(int number, string text)
        {
            var tokens = Lexer.Lex(text);
            if (tokens.Count == 0) return;
            var error = tokens.FirstOrDefault(token => token.Kind == LexKind.Error);
            if (error.Kind == LexKind.Error)
            {
                Report(error.Text == "unterminated"
                    ? new Diagnostic(DiagnosticIds.UnterminatedString, DiagnosticSeverity.Error, "this quote is never closed: add '\"' at the end of the text", Lexer.At(path, number, error))
                    : new Diagnostic(DiagnosticIds.UnexpectedCharacter, DiagnosticSeverity.Error, $"unexpected character '{error.Text}' (U+{(int)error.Text[0]:X4}): it has no meaning in a rule", Lexer.At(path, number, error)));
                rule?.MarkBroken();
                return;
            }
            var parser = new PatternParser(tokens, path, number);
            try
            {
                Statement(parser, tokens, number, text);
            }
            catch (PatternParser.Failure failure)
            {
                Report(failure.Diagnostic);
                rule?.MarkBroken();
            }
        }

        private void Statement(PatternParser parser, List<LexToken> tokens, int number, string text)
        {
            var first = tokens[0];
            var at = Lexer.At(path, number, first);
            string keyword = first.Kind == LexKind.Word ? first.Text : first.Kind == LexKind.Symbol && first.Text == "=>" ? "=>" : "";
            switch (keyword)
            {
                case "pack":
                    Flush();
                    var name = Rest(text, tokens, 1);
                    if (name.Length == 0) throw parser.Fail(DiagnosticIds.Expected, "'pack' must be followed by the pack's name, as in 'pack Arabic.Control'", at);
                    declarations.Add(new PackSyntax(name, at));
                    return;
                case "language":
                    Flush();
                    if (tokens.Count < 2) throw parser.Fail(DiagnosticIds.Expected, "'language' must be followed by a language code such as 'ar'", at);
                    declarations.Add(new LanguageSyntax(tokens[1].Text, at));
                    return;
                case "overlap":
                    Flush();
                    if (tokens.Count < 2 || tokens[1].Text is not ("all" or "longest"))
                        throw parser.Fail(DiagnosticIds.Expected, "'overlap' must be followed by 'all' (keep every match) or 'longest'", at);
                    declarations.Add(new OverlapSyntax(tokens[1].Text, at));
                    return;
                case "list":
                    Flush();
                    declarations.Add(ListStatement.Parse(parser, tokens, text, path, number));
                    return;
                case "pattern":
                    Flush();
                    if (tokens.Count < 3 || tokens[1].Kind != LexKind.Name || tokens[2].Text != "=")
                        throw parser.Fail(DiagnosticIds.Expected, "a pattern is declared as 'pattern Name = elements', with a capitalized name", at);
                    parser.Position = 3;
                    var body = parser.ParsePattern();
                    EndOfLine(parser);
                    declarations.Add(new PatternDeclarationSyntax(tokens[1].Text, body, at));
                    return;
                case "rule":
                    Flush();
                    rule = RuleStatements.Header(parser, tokens, path, number, out int rest);
                    if (rest < tokens.Count) RuleStatements.PatternLine(rule, parser, tokens, text, path, number, rest);
                    return;
                case "=>":
                case "unless":
                case "when":
                case "example":
                case "counterexample":
                    if (rule is null)
                        throw parser.Fail(DiagnosticIds.OutsideRule, $"'{first.Text}' belongs to a rule, but no rule comes before it: start one with 'rule name:' or a pattern line", at);
                    RuleStatements.Part(rule, parser, tokens, text, path, number);
                    return;
            }
            if (rule is { HasPattern: false })
            {
                RuleStatements.PatternLine(rule, parser, tokens, text, path, number, 0);
                return;
            }
            Flush();
            rule = new RuleBuilder(null, 0, at);
            RuleStatements.PatternLine(rule, parser, tokens, text, path, number, 0);
        }

        public RuleFileSyntax Finish()
        {
            Flush();
            if (TooMany)
                diagnostics.Add(new Diagnostic(DiagnosticIds.TooManyErrors, DiagnosticSeverity.Error,
                    $"more than {MaxDiagnostics} problems in this file; the rest are not reported", new SourceLocation(path, 1, 1, 0)));
            return new RuleFileSyntax(path, declarations.ToArray());
        }

        private void Flush()
        {
            if (rule is null) return;
            var built = rule.Build(diagnostics, path);
            if (built is not null) declarations.Add(built);
            rule = null;
        }

        private void Report(Diagnostic diagnostic)
        {
            if (!TooMany) diagnostics.Add(diagnostic);
        }
    }

    /// <summary>The raw text of a line from token <paramref name="from"/> to the end (comments removed).</summary>
    internal static string Rest(string text, List<LexToken> tokens, int from) =>
        from >= tokens.Count ? "" : text[(tokens[from].Column - 1)..(tokens[^1].Column - 1 + tokens[^1].Length)].Trim();

    /// <summary>Fails when tokens remain on the line.</summary>
    internal static void EndOfLine(PatternParser parser)
    {
        if (!parser.AtEnd)
            throw parser.Fail(DiagnosticIds.Expected, $"unexpected '{parser.Current.Text}' here", parser.Here());
    }
}
