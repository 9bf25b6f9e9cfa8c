using System.Text;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Language.Tests.Support;

/// <summary>
/// Tests that read like the language reference: <c>Rules("…").On("…").Yields("Control(…)")</c>.
/// Texts are lattices written by hand (<see cref="LatticeFixture"/>): <c>_</c> after a proclitic,
/// <c>+</c> before an enclitic.
/// </summary>
public static class RuleSpec
{
    public static CompiledRules Rules(string text, params (string Path, string Content)[] listFiles)
    {
        var files = listFiles.ToDictionary(file => file.Path, file => Encoding.UTF8.GetBytes(file.Content));
        var result = PackCompiler.Compile("test.rules", text, path => files.GetValueOrDefault(path), runExamples: false);
        return new CompiledRules(result);
    }
}

public sealed class CompiledRules(CompilationResult result)
{
    public CompilationResult Result => result;

    /// <summary>Diagnostics as the command line prints them.</summary>
    public IReadOnlyList<string> Diagnostics => result.Diagnostics.Select(diagnostic => diagnostic.ToString()).ToList();

    /// <summary>Runs the rules over a hand-written lattice (<see cref="LatticeFixture"/>).</summary>
    public Extractions On(string annotated) => Run(LatticeFixture.Build(annotated));

    /// <summary>Runs the rules over real text, analyzed by the analyzer.</summary>
    public Extractions OnText(string text) => Run(Document.Analyze(text));

    private Extractions Run(Document document)
    {
        Assert.True(result.Program is not null, "the rules do not compile:\n" + string.Join("\n", Diagnostics));
        var relations = new InterpretedPack(result.Program!).Match(document);
        foreach (var relation in relations)
        {
            Assert.Equal(relation.Text, relation.Span.Of(document.Text));
            foreach (var argument in relation.Arguments) Assert.Equal(argument.Value.Text, argument.Value.Span.Of(document.Text));
        }
        return new Extractions(relations);
    }
}

public sealed class Extractions(IReadOnlyList<Relation> relations)
{
    public IReadOnlyList<Relation> Relations => relations;

    public void Yields(params string[] expected)
    {
        var actual = relations.Select(relation => relation.ToString()).ToArray();
        if (!expected.SequenceEqual(actual))
            Assert.Fail($"expected:\n  {string.Join("\n  ", expected)}\nbut found:\n  {string.Join("\n  ", actual)}");
    }

    public void YieldsNothing()
    {
        if (relations.Count > 0) Assert.Fail($"expected nothing but found:\n  {string.Join("\n  ", relations)}");
    }
}
