using Extract.Language.Diagnostics;
using Extract.Language.Model;
using Extract.Language.Syntax;

namespace Extract.Language.Binding;

/// <summary>
/// Binds the parsed files of one pack into a <see cref="RuleProgram"/>: header, lists, patterns
/// (macros, inlined where used), rules with their outputs, clauses and examples. Reports every
/// problem it finds and keeps going; returns null only when some error prevents a program.
/// </summary>
internal sealed class Binder
{
    private readonly List<Diagnostic> diagnostics;
    private readonly PackScope scope = new();
    private readonly PackAssembler pack;
    private readonly PatternBinder patterns;
    private readonly RuleAssembler rules;
    private readonly Dictionary<string, PatternDeclarationSyntax> macros = new(StringComparer.Ordinal);

    public Binder(List<Diagnostic> diagnostics, Func<string, byte[]?> readFile)
    {
        this.diagnostics = diagnostics;
        pack = new PackAssembler(scope, Report, readFile);
        patterns = new PatternBinder(scope, Report, Expand);
        rules = new RuleAssembler(scope, Report);
    }

    public RuleProgram? Bind(IReadOnlyList<RuleFileSyntax> files)
    {
        int errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        var (name, language, overlap) = Header(files);
        foreach (var file in files)
            foreach (var declaration in file.Declarations)
                switch (declaration)
                {
                    case ListSyntax { From: { } from } list:
                        pack.FileList(list.Name, file.Path, from, list.Location);
                        break;
                    case ListSyntax list:
                        pack.InlineList(list.Name, list.Entries.Select(entry => (entry.Text, entry.Location)).ToList(), list.Location);
                        break;
                    case PatternDeclarationSyntax pattern when pack.Pattern(pattern.Name, pattern.Location):
                        macros[pattern.Name] = pattern;
                        break;
                }
        var bound = new List<RuleModel>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var rule in file.Declarations.OfType<RuleSyntax>())
                if (Rule(rule, file, names) is { } model) bound.Add(model);
        bool failed = name is null || diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore;
        var program = pack.Finish(name ?? "", language, overlap, bound, VerbForms(), failed);
        return failed ? null : program;
    }

    private (string? Name, string Language, OverlapMode Overlap) Header(IReadOnlyList<RuleFileSyntax> files)
    {
        string? name = null;
        string language = "ar";
        var overlap = OverlapMode.Longest;
        foreach (var file in files)
            foreach (var declaration in file.Declarations)
                switch (declaration)
                {
                    case PackSyntax declared when name is null:
                        name = declared.Name;
                        break;
                    case PackSyntax declared when declared.Name != name:
                        Report(BindingIds.PackName, true, $"this file declares pack '{declared.Name}' but another file of the same pack declares '{name}': use one name", declared.Location);
                        break;
                    case LanguageSyntax declared:
                        language = declared.Code;
                        break;
                    case OverlapSyntax { Mode: "all" }:
                        overlap = OverlapMode.All;
                        break;
                }
        if (name is null && files.Count > 0)
            Report(BindingIds.PackName, true, "no 'pack' line: start the file with 'pack Name' (for example 'pack Demo')", new SourceLocation(files[0].Path, 1, 1, 0));
        return (name, language, overlap);
    }

    private RuleModel? Rule(RuleSyntax rule, RuleFileSyntax file, Dictionary<string, SourceLocation> names)
    {
        string name = rule.Name ?? $"line_{rule.Location.Line}";
        if (names.TryGetValue(name, out var previous))
        {
            if (rule.Name is not null)
            {
                Report(BindingIds.DuplicateDeclaration, true, $"rule '{name}' is already declared at {previous.File}({previous.Line},{previous.Column}): rename one of them", rule.Location);
                return null;
            }
            name = $"{name}_{Path.GetFileNameWithoutExtension(file.Path)}";
        }
        names[name] = rule.Location;
        var outputs = (rule.Output?.Arguments ?? EquatableArray<OutputArgumentSyntax>.Empty)
            .Select(argument => new OutputItem(argument.Name, argument.Value, argument.IsName, argument.Location))
            .ToList();
        var context = new RuleContext(outputs.Where(output => output.IsSlot).Select(output => output.Value).ToHashSet(StringComparer.Ordinal), isClause: false);
        var pattern = Pattern(rule.Pattern!, context);
        var clauses = rule.Clauses.Select(clause => (Clause(clause), clause.Location)).ToList();
        var examples = rule.Examples.Select(example => new ExampleModel(
            example.Text,
            example.IsCounterexample,
            example.Expected.Select(expected => new ExpectedArgument(expected.Role, expected.Text)).ToEquatableArray(),
            example.Location)).ToList();
        return rules.Assemble(name, rule.Priority, rule.Output?.Relation, outputs, pattern, context, clauses, examples, rule.Source, rule.Location);
    }

    private ClauseModel? Clause(ClauseSyntax clause)
    {
        var context = new RuleContext(new HashSet<string>(), isClause: true);
        var pattern = Pattern(clause.Pattern, context);
        var sets = clause.Sets.Select(set => new OutputAttribute(set.Name, set.Value)).ToList();
        return rules.Clause(
            clause.IsWhen ? ClauseKind.When : ClauseKind.Unless,
            clause.IsBefore ? ClauseDirection.Before : ClauseDirection.After,
            pattern, context, sets, clause.Source, clause.Location);
    }

    private PatternNode Pattern(PatternSyntax syntax, RuleContext context) => syntax switch
    {
        SequenceSyntax sequence => PatternBinder.Sequence(sequence.Items.Select(item => Pattern(item, context)).ToList()),
        AlternationSyntax alternation => patterns.Alternation(
            alternation.Options.Select(option => (Pattern(option, context), option.Items.Count == 0, option.Location)).ToList(), context),
        WordSyntax word => patterns.Word(word.Text, word.Location, context),
        ExactSyntax exact => patterns.Exact(exact.Text, exact.Location, context),
        LexemeSyntax lexeme => Lexeme(lexeme, context),
        NameSyntax name => patterns.Name(name.Name, name.Type, name.Location, context),
        AnySyntax any => patterns.Gap(1, 1, any.Location, context),
        QuantifiedSyntax quantified => patterns.Repeat(Pattern(quantified.Element, context), quantified.Min, quantified.Max, quantified.Lazy, quantified.Location, context),
        NotSyntax not => patterns.Not(Pattern(not.Element, context), SyntaxText.Of(not), not.Location, context),
        AnchorSyntax anchor => PatternBinder.Anchor(anchor.Start),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax), syntax.GetType().Name),
    };

    private PatternNode Lexeme(LexemeSyntax lexeme, RuleContext context)
    {
        var forms = LexemeExpansion.Expand(lexeme.Lemma, lexeme.Family);
        if (forms is null)
        {
            context.HasErrors = true;
            Report(BindingIds.UnknownLexeme, true, $"'{SyntaxText.Of(lexeme)}' needs the lexeme expansion, which this build does not include: write the forms as a group, e.g. (سيطر | سيطرت | يسيطر)", lexeme.Location);
            return new SequenceNode(EquatableArray<PatternNode>.Empty);
        }
        return patterns.Lexeme(lexeme.Lemma, lexeme.Family, forms, lexeme.Location, context);
    }

    private PatternNode? Expand(string name, RuleContext context) =>
        macros.TryGetValue(name, out var macro) ? Pattern(macro.Body, context) : null;

    private static IEnumerable<string> VerbForms() =>
        ClosedClasses.VerbLemmas.SelectMany(lemma => LexemeExpansion.Expand(lemma, family: false) ?? []);

    private void Report(string id, bool isError, string message, SourceLocation location) =>
        diagnostics.Add(new Diagnostic(id, isError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, message, location));
}
