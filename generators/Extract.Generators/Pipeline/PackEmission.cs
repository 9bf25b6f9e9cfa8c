using Extract.Generators.Emission;
using Extract.Language.Model;

namespace Extract.Generators.Pipeline;

/// <summary>One pack's generated file, or the internal error that prevented it.</summary>
internal sealed record PackEmission(string HintName, string? Source, BuildDiagnostic? Error)
{
    /// <summary>
    /// Emits <paramref name="program"/> (declared in folder <paramref name="folderKey"/>) into
    /// <paramref name="rootNamespace"/>; an exception becomes EXT9999. The file is named after the class
    /// and its folder, so that two folders never collide (a clash of class names is EXT9001).
    /// </summary>
    public static PackEmission Emit(RuleProgram program, string folderKey, string rootNamespace, CancellationToken cancellationToken)
    {
        string hint = $"{Emitter.ClassName(program)}.{FolderHash(folderKey):x8}.g.cs";
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

    // FNV-1a: stable across runs and machines for the same folder path.
    private static uint FolderHash(string folderKey)
    {
        uint hash = 2166136261;
        foreach (char c in folderKey) hash = (hash ^ c) * 16777619;
        return hash;
    }
}
