using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Language.Model;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Pipeline;

/// <summary>
/// Examples are tests: every <c>example</c> and <c>counterexample</c> of a compiled pack is run at
/// build time (through the interpreter, which the differential test keeps equal to the generated
/// code), and each failure becomes a build error at the example's line, with the why-not explanation.
/// </summary>
internal static class ExampleChecks
{
    public static IEnumerable<BuildDiagnostic> Run(RuleProgram program, IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        if (!program.Rules.Any(rule => rule.Examples.Count > 0)) yield break;
        var interpreter = new Interpreter(program);
        for (int r = 0; r < program.Rules.Count; r++)
        {
            foreach (var example in program.Rules[r].Examples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ExampleResult result;
                BuildDiagnostic? failure = null;
                try
                {
                    result = ExampleRunner.RunOne(interpreter, r, example);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    result = null!;
                    failure = Locate(BuildDiagnostic.InternalErrorId,
                        BuildDiagnostic.Internal($"running an example of rule {program.Rules[r].Name}", exception).Message, example.Location, files);
                }
                if (failure is not null)
                {
                    yield return failure;
                    continue;
                }
                if (result.Passed) continue;
                var id = result.Failure switch
                {
                    ExampleFailureKind.NoMatch => BindingIds.ExampleNotMatched,
                    ExampleFailureKind.WrongArguments => BindingIds.ExampleWrongArguments,
                    _ => BindingIds.CounterexampleMatched,
                };
                yield return Locate(id, result.Message, example.Location, files);
            }
        }
    }

    /// <summary>A diagnostic at a model location, mapped onto the rule file it names.</summary>
    public static BuildDiagnostic Locate(string id, string message, SourceLocation location, IReadOnlyList<SourceFile> files, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var key = PathKey.Of(location.File);
        foreach (var file in files)
            if (file.Key == key || file.Path == location.File)
                return BuildDiagnostic.At(id, severity, message, file, location.Line, location.Column, location.Length);
        return BuildDiagnostic.Global(id, severity, $"{location.File}({location.Line},{location.Column}): {message}");
    }
}
