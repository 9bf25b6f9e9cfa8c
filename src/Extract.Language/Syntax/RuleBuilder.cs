using Extract.Language.Diagnostics;
using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>A rule being read, line by line: header, pattern, output, clauses, examples.</summary>
internal sealed class RuleBuilder(string? name, int priority, SourceLocation location)
{
    private readonly List<ClauseSyntax> clauses = [];
    private readonly List<ExampleSyntax> examples = [];
    private PatternSyntax? pattern;
    private string source = "";
    private OutputSyntax? output;
    private bool broken;

    /// <summary>True once the rule has its pattern, or one of its lines was broken (then the next pattern line is a new rule).</summary>
    public bool HasPattern => pattern is not null || broken;

    /// <summary>Marks the rule as broken: one of its lines had an error (already reported).</summary>
    public void MarkBroken() => broken = true;

    /// <summary>Sets the pattern and an optional output of a pattern line; a second output is an error.</summary>
    public Diagnostic? Add(PatternLine line)
    {
        if (line.Pattern is not null)
        {
            pattern = line.Pattern;
            source = line.Source;
        }
        return line.Output is null ? null : Add(line.Output);
    }

    /// <summary>Sets the output; a second one is an error.</summary>
    public Diagnostic? Add(OutputSyntax value)
    {
        if (output is not null)
            return new Diagnostic(DiagnosticIds.Repeated, DiagnosticSeverity.Error,
                "this rule already has an output ('=>'): a rule produces one relation", value.Location);
        output = value;
        return null;
    }

    /// <summary>Adds an <c>unless</c> or <c>when</c> clause.</summary>
    public void Add(ClauseSyntax clause) => clauses.Add(clause);

    /// <summary>Adds an example or a counterexample.</summary>
    public void Add(ExampleSyntax example) => examples.Add(example);

    /// <summary>The rule, or null when one of its lines was broken (already reported) or it has no pattern.</summary>
    public RuleSyntax? Build(List<Diagnostic> diagnostics)
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
