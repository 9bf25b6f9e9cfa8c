using Extract.Language.Model;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Pipeline;

/// <summary>Compiles the sources of one pack folder: the language's parse, bind and checks.</summary>
internal delegate CompiledPack PackCompile(PackSources sources, CancellationToken cancellationToken);

/// <summary>
/// A pack folder compiled: the programs it declares (normally one) and every diagnostic, as equatable
/// data. When the sources did not change, the previous value is reused and nothing is emitted again.
/// </summary>
internal sealed record CompiledPack(string FolderKey, EquatableArray<RuleProgram> Programs, EquatableArray<BuildDiagnostic> Diagnostics)
{
    /// <summary>The first rule file of the pack (where pack-wide diagnostics point), if known.</summary>
    public SourceFile? FirstRuleFile { get; init; }

    /// <summary>Runs <paramref name="compile"/>, turning any exception (but cancellation) into EXT9999.</summary>
    public static CompiledPack Guarded(PackCompile compile, PackSources sources, CancellationToken cancellationToken)
    {
        try
        {
            return compile(sources, cancellationToken) with { FirstRuleFile = sources.Rules.Count > 0 ? sources.Rules[0] : null };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var location = sources.Rules.Count > 0 ? sources.Rules[0] : null;
            var diagnostic = location is null
                ? BuildDiagnostic.Internal("compiling the rule pack in " + sources.FolderKey, exception)
                : BuildDiagnostic.At(BuildDiagnostic.InternalErrorId, DiagnosticSeverity.Error,
                    BuildDiagnostic.Internal("compiling " + location.Path, exception).Message, location, 1, 1, 0);
            return new CompiledPack(sources.FolderKey, EquatableArray<RuleProgram>.Empty, EquatableArray.Of(diagnostic)) { FirstRuleFile = location };
        }
    }
}
