using Extract.Language.Diagnostics;
using Extract.Language.Model;
using Pidgin;

namespace Extract.Language.Syntax;

/// <summary>
/// Parses a rule file. Statements start with a keyword at the beginning of a line (<c>pack</c>,
/// <c>language</c>, <c>overlap</c>, <c>list</c>, <c>pattern</c>, <c>rule</c>); the lines of a rule
/// follow it (<c>=&gt;</c>, <c>unless</c>, <c>when</c>, <c>example</c>, <c>counterexample</c>); any
/// other line is a pattern: the current rule's, or a rule of its own. Each line is split into tokens
/// (<see cref="Lexer"/>) and parsed on its own with the Pidgin grammar of its statement
/// (<see cref="StatementGrammar"/>, <see cref="PatternGrammar"/>), so an error costs one diagnostic
/// and the next line parses normally: a file with five mistakes reports five diagnostics. Never throws.
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
            var tokens = Lexer.Lex(path, number, text, out var error);
            if (tokens is not null)
            {
                if (tokens.Length == 0) return;
                error = Statement(tokens);
            }
            if (error is null) return;
            if (!TooMany) diagnostics.Add(error);
            rule?.MarkBroken();
        }

        // The statement a line holds, by its first token; returns its error, if any.
        private Diagnostic? Statement(LexToken[] tokens)
        {
            var first = tokens[0];
            string keyword = first.Kind == LexKind.Word || first is { Kind: LexKind.Symbol, Text: "=>" } ? first.Text : "";
            switch (keyword)
            {
                case "pack": return Declare(StatementGrammar.Pack, tokens);
                case "language": return Declare(StatementGrammar.Language, tokens);
                case "overlap": return Declare(StatementGrammar.Overlap, tokens);
                case "list": return Declare(StatementGrammar.List, tokens);
                case "pattern": return Declare(StatementGrammar.PatternDeclaration, tokens);
                case "rule":
                    Flush();
                    if (!TryParse(StatementGrammar.RuleHeader, tokens, out var header, out var error)) return error;
                    rule = new RuleBuilder(header.Name, header.Priority, header.Location);
                    return header.Rest < tokens.Length ? PatternLine(rule, tokens.AsSpan(header.Rest)) : null;
                case "=>":
                case "unless":
                case "when":
                case "example":
                case "counterexample":
                    if (rule is null)
                        return new Diagnostic(DiagnosticIds.OutsideRule, DiagnosticSeverity.Error,
                            $"'{first.Text}' belongs to a rule, but no rule comes before it: start one with 'rule name:' or a pattern line", first.Location);
                    return Part(rule, keyword, tokens);
            }
            if (rule is not { HasPattern: false })
            {
                Flush();
                rule = new RuleBuilder(null, 0, first.Location);
            }
            return PatternLine(rule, tokens);
        }

        private static Diagnostic? Part(RuleBuilder rule, string keyword, LexToken[] tokens)
        {
            Diagnostic? error;
            switch (keyword)
            {
                case "=>":
                    return TryParse(StatementGrammar.Output, tokens, out var output, out error) ? rule.Add(output) : error;
                case "unless":
                case "when":
                    if (TryParse(keyword == "when" ? StatementGrammar.When : StatementGrammar.Unless, tokens, out var clause, out error)) rule.Add(clause);
                    return error;
                default:
                    if (TryParse(keyword == "example" ? StatementGrammar.Example : StatementGrammar.Counterexample, tokens, out var example, out error)) rule.Add(example);
                    return error;
            }
        }

        private static Diagnostic? PatternLine(RuleBuilder rule, ReadOnlySpan<LexToken> tokens) =>
            TryParse(StatementGrammar.PatternLine, tokens, out var line, out var error) ? rule.Add(line) : error;

        private Diagnostic? Declare<T>(Parser<LexToken, T> statement, LexToken[] tokens) where T : DeclarationSyntax
        {
            Flush();
            if (!TryParse(statement, tokens, out var declaration, out var error)) return error;
            declarations.Add(declaration);
            return null;
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
            var built = rule.Build(diagnostics);
            if (built is not null) declarations.Add(built);
            rule = null;
        }
    }

    private static bool TryParse<T>(Parser<LexToken, T> parser, ReadOnlySpan<LexToken> tokens, out T value, out Diagnostic? error)
    {
        var result = parser.Parse(tokens, ParserConfiguration.Current);
        if (result.Success)
        {
            value = result.Value;
            error = null;
            return true;
        }
        value = default!;
        error = SyntaxErrors.ToDiagnostic(result.Error!, tokens);
        return false;
    }
}
