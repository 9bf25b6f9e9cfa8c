using Extract.Language.Diagnostics;
using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>A rule being read, line by line.</summary>
internal sealed class RuleBuilder(string? name, int priority, SourceLocation location)
{
    private readonly List<ClauseSyntax> clauses = [];
    private readonly List<ExampleSyntax> examples = [];
    private PatternSyntax? pattern;
    private string source = "";
    private OutputSyntax? output;
    private bool broken;

    public bool HasPattern => pattern is not null || broken;

    public void MarkBroken() => broken = true;

    public void SetPattern(PatternSyntax value, string text, PatternParser parser, SourceLocation at)
    {
        if (pattern is not null)
            throw parser.Fail(DiagnosticIds.Repeated, "this rule already has a pattern: a rule has one pattern; use '|' for alternatives or start a new rule", at);
        pattern = value;
        source = text;
    }

    public void SetOutput(OutputSyntax value, PatternParser parser)
    {
        if (output is not null)
            throw parser.Fail(DiagnosticIds.Repeated, "this rule already has an output ('=>'): a rule produces one relation", value.Location);
        output = value;
    }

    public void Add(ClauseSyntax clause) => clauses.Add(clause);

    public void Add(ExampleSyntax example) => examples.Add(example);

    /// <summary>The rule, or null when one of its lines was broken (already reported) or it has no pattern.</summary>
    public RuleSyntax? Build(List<Diagnostic> diagnostics, string path)
    {
        if (broken) return null;
        if (pattern is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.RuleWithoutPattern, DiagnosticSeverity.Error,
                $"rule {name} has no pattern: write the elements to match after 'rule {name}:' or on the next line", location));
            return null;
        }
        return new RuleSyntax(name, priority, pattern, output, clauses.ToArray(), examples.ToArray(), source, location);
    }
}

/// <summary>The lines that make up a rule: header, pattern, output, clauses, examples.</summary>
internal static class RuleStatements
{
    /// <summary><c>rule name [priority N]: [pattern [=&gt; output]]</c>.</summary>
    public static RuleBuilder Header(PatternParser parser, List<LexToken> tokens, string path, int number, out int rest)
    {
        var at = Lexer.At(path, number, tokens[0]);
        if (tokens.Count < 2 || tokens[1].Kind is not (LexKind.Word or LexKind.Name))
            throw parser.Fail(DiagnosticIds.Expected, "'rule' must be followed by the rule's name, as in 'rule control_svo:'", at);
        string name = tokens[1].Text;
        int index = 2, priority = 0;
        if (index < tokens.Count && tokens[index].Text == "priority")
        {
            if (index + 1 >= tokens.Count || tokens[index + 1].Kind != LexKind.Number || !int.TryParse(tokens[index + 1].Text, out priority))
                throw parser.Fail(DiagnosticIds.Expected, "'priority' must be followed by a whole number, as in 'priority 5'", Lexer.At(path, number, tokens[index]));
            index += 2;
        }
        if (index >= tokens.Count || tokens[index].Text != ":")
            throw parser.Fail(DiagnosticIds.Expected, $"expected ':' after 'rule {name}'", index < tokens.Count ? Lexer.At(path, number, tokens[index]) : parser.Here());
        rest = index + 1;
        return new RuleBuilder(name, priority, at);
    }

    /// <summary>A pattern, optionally followed by <c>=&gt; output</c>, from token <paramref name="from"/>.</summary>
    public static void PatternLine(RuleBuilder rule, PatternParser parser, List<LexToken> tokens, string text, string path, int number, int from)
    {
        parser.Position = from;
        if (tokens[from].Text == "=>")
        {
            rule.SetOutput(Output(parser, tokens, path, number), parser);
            return;
        }
        var at = parser.Here();
        var pattern = parser.ParsePattern();
        int end = parser.Position;
        var source = text[(tokens[from].Column - 1)..(tokens[end - 1].Column - 1 + tokens[end - 1].Length)];
        rule.SetPattern(pattern, source, parser, at);
        if (!parser.AtEnd) rule.SetOutput(Output(parser, tokens, path, number), parser);
    }

    /// <summary>A line of a rule that starts with <c>=&gt;</c>, <c>unless</c>, <c>when</c>, <c>example</c> or <c>counterexample</c>.</summary>
    public static void Part(RuleBuilder rule, PatternParser parser, List<LexToken> tokens, string text, string path, int number)
    {
        var at = Lexer.At(path, number, tokens[0]);
        switch (tokens[0].Text)
        {
            case "=>":
                parser.Position = 0;
                rule.SetOutput(Output(parser, tokens, path, number), parser);
                return;
            case "unless":
            case "when":
                rule.Add(Clause(tokens, text, path, number, at));
                return;
            default:
                rule.Add(Example(parser, tokens, path, number, at));
                return;
        }
    }

    private static OutputSyntax Output(PatternParser parser, List<LexToken> tokens, string path, int number)
    {
        var at = parser.Here();
        parser.Position++;
        if (parser.AtEnd || parser.Current.Kind != LexKind.Name)
            throw parser.Fail(DiagnosticIds.Expected, "'=>' must be followed by a relation name with a capital letter, as in '=> Control(controller: X)'", parser.AtEnd ? at : parser.Here());
        string relation = parser.Current.Text;
        parser.Position++;
        var arguments = new List<OutputArgumentSyntax>();
        if (!parser.AtEnd && parser.Current.Text == "(")
        {
            var open = parser.Here();
            parser.Position++;
            arguments.AddRange(Assignments(parser, path, number, closing: ")"));
            if (parser.AtEnd || parser.Current.Text != ")")
                throw parser.Fail(DiagnosticIds.UnbalancedParenthesis, "this '(' is never closed: add ')' after the last role", open);
            parser.Position++;
        }
        RuleParser.EndOfLine(parser);
        return new OutputSyntax(relation, arguments.ToArray(), at);
    }

    // role: Value, attr: value … (until the closing token or the end of the line)
    private static List<OutputArgumentSyntax> Assignments(PatternParser parser, string path, int number, string? closing)
    {
        var items = new List<OutputArgumentSyntax>();
        while (!parser.AtEnd && parser.Current.Text != closing)
        {
            var at = parser.Here();
            if (parser.Current.Kind is not (LexKind.Word or LexKind.Name))
                throw parser.Fail(DiagnosticIds.Expected, $"expected a role or attribute name, found '{parser.Current.Text}'", at);
            string name = parser.Current.Text;
            parser.Position++;
            if (parser.AtEnd || parser.Current.Text != ":")
                throw parser.Fail(DiagnosticIds.Expected, $"expected ':' after '{name}', as in '{name}: X'", parser.Here());
            parser.Position++;
            if (parser.AtEnd || parser.Current.Kind is LexKind.Symbol)
                throw parser.Fail(DiagnosticIds.Expected, $"'{name}:' must be followed by a slot (X) or a value (asserted)", parser.Here());
            var value = parser.Current;
            parser.Position++;
            items.Add(new OutputArgumentSyntax(name, value.Text, value.Kind == LexKind.Name, at with { Length = value.Column + value.Length - at.Column }));
            if (!parser.AtEnd && parser.Current.Text == ",") parser.Position++;
        }
        return items;
    }

    private static ClauseSyntax Clause(List<LexToken> tokens, string text, string path, int number, SourceLocation at)
    {
        bool isWhen = tokens[0].Text == "when";
        var parser = new PatternParser(tokens, path, number, isWhen ? "set" : null);
        if (tokens.Count < 3 || tokens[1].Text is not ("before" or "after"))
            throw parser.Fail(DiagnosticIds.Expected, $"'{tokens[0].Text}' must be followed by 'before' or 'after' and a pattern, as in '{tokens[0].Text} before (لم | لن)'", at);
        parser.Position = 2;
        var pattern = parser.ParsePattern();
        var sets = new List<OutputArgumentSyntax>();
        if (isWhen)
        {
            if (parser.AtEnd || parser.Current.Text != "set")
                throw parser.Fail(DiagnosticIds.Expected, "'when' must end with 'set attribute: value', as in 'set negated: true'", parser.Here());
            parser.Position++;
            sets = Assignments(parser, path, number, closing: null);
            if (sets.Count == 0) throw parser.Fail(DiagnosticIds.Expected, "'set' must be followed by 'attribute: value'", parser.Here());
        }
        RuleParser.EndOfLine(parser);
        return new ClauseSyntax(isWhen, tokens[1].Text == "before", pattern, sets.ToArray(), RuleParser.Rest(text, tokens, 0), at);
    }

    private static ExampleSyntax Example(PatternParser parser, List<LexToken> tokens, string path, int number, SourceLocation at)
    {
        bool counter = tokens[0].Text == "counterexample";
        if (tokens.Count < 2 || tokens[1].Kind != LexKind.String)
            throw parser.Fail(DiagnosticIds.Expected, $"'{tokens[0].Text}' must be followed by a text in quotes", at);
        string text = tokens[1].Text;
        var expected = new List<ExpectedSyntax>();
        parser.Position = 2;
        if (!parser.AtEnd)
        {
            if (counter || parser.Current.Text != "=>")
                throw parser.Fail(DiagnosticIds.Expected, counter ? "a counterexample has no expected roles: remove what follows the text" : "expected '=>' and the expected roles after the example's text", parser.Here());
            parser.Position++;
            while (!parser.AtEnd)
            {
                var role = parser.Here();
                if (parser.Current.Kind is not (LexKind.Word or LexKind.Name) || parser.Position + 1 >= tokens.Count || tokens[parser.Position + 1].Kind != LexKind.String)
                    throw parser.Fail(DiagnosticIds.Expected, "expected role and text, as in 'controller \"قوات النظام\"'", role);
                expected.Add(new ExpectedSyntax(parser.Current.Text, tokens[parser.Position + 1].Text, role));
                parser.Position += 2;
                if (!parser.AtEnd && parser.Current.Text == ",") parser.Position++;
            }
        }
        return new ExampleSyntax(text, counter, expected.ToArray(), at);
    }
}
