using Extract.Generators.Emission;
using Extract.Language.Model;

namespace Extract.Generators.Pipeline;

/// <summary>One pack's generated file, or the internal error that prevented it.</summary>
internal sealed record PackEmission(string HintName, string? Source, BuildDiagnostic? Error)
{
    /// <summary>Emits <paramref name="program"/> into <paramref name="rootNamespace"/>; an exception becomes EXT9999.</summary>
    public static PackEmission Emit(RuleProgram program, string rootNamespace, CancellationToken cancellationToken)
    {
        string hint = Emitter.ClassName(program) + ".g.cs";
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new PackEmission(hint, Emitter.Emit(program, rootNamespace), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new PackEmission(hint, null, BuildDiagnostic.Internal("emitting the pack " + program.Pack, exception));
        }
    }
}
