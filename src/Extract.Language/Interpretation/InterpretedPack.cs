using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Language.Interpretation;

/// <summary>A rule pack run by the <see cref="Interpreter"/> (for <c>--rules</c>, tests and examples).</summary>
public sealed class InterpretedPack : IRulePack
{
    private readonly Interpreter interpreter;

    /// <summary>Wraps a compiled program.</summary>
    public InterpretedPack(RuleProgram program)
    {
        interpreter = new Interpreter(program);
        Rules = program.Rules
            .Select(rule => new RuleInfo(rule.Name, rule.Relation, rule.Priority, rule.Location.File, rule.Location.Line, rule.Source))
            .ToArray();
    }

    /// <summary>The program being run.</summary>
    public RuleProgram Program => interpreter.Program;

    /// <summary>The interpreter (for <see cref="Explainer"/> and <see cref="ExampleRunner"/>).</summary>
    public Interpreter Interpreter => interpreter;

    /// <inheritdoc />
    public string Name => interpreter.Program.Pack;

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <inheritdoc />
    public IReadOnlyList<Relation> Match(Document document) => interpreter.Match(document);

    /// <inheritdoc />
    public IReadOnlyList<Relation> Match(string text) => interpreter.Match(Document.AnalyzeForThread(text));
}
