using System.Text;
using Extract.Language.Binding;
using Extract.Language.Model;
using Microsoft.CodeAnalysis;
using LanguageDiagnostic = Extract.Language.Diagnostics.Diagnostic;

namespace Extract.Generators.Pipeline;

/// <summary>
/// The compile step of the pipeline: the language's <see cref="PackCompiler"/> (parse, bind, compile,
/// run the examples) over the rule files of one folder, list files read from the pipeline's inputs
/// (never from disk), and its diagnostics placed in the rule and list files.
/// </summary>
internal static class LanguageCompiler
{
    public static CompiledPack Compile(PackSources sources, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = PackCompiler.Compile(
            sources.Rules.Select(file => new RuleSource(file.Path, file.Text)),
            path => sources.ListText(path) is { } text ? Encoding.UTF8.GetBytes(text) : null,
            runExamples: true);
        var files = sources.Rules.Concat(sources.Lists).ToList();
        var diagnostics = result.Diagnostics.Select(diagnostic => Place(diagnostic, files)).ToEquatableArray();
        var programs = result.Program is null ? EquatableArray<RuleProgram>.Empty : EquatableArray.Of(result.Program);
        return new CompiledPack(sources.FolderKey, programs, diagnostics);
    }

    /// <summary>A language diagnostic at its place in one of <paramref name="files"/> (by path).</summary>
    public static BuildDiagnostic Place(LanguageDiagnostic diagnostic, IReadOnlyList<SourceFile> files) =>
        Place(diagnostic.Id, diagnostic.Message, diagnostic.Location, files,
            diagnostic.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);

    /// <summary>A diagnostic at a model location, mapped onto the rule or list file it names.</summary>
    public static BuildDiagnostic Place(string id, string message, SourceLocation location, IReadOnlyList<SourceFile> files, DiagnosticSeverity severity)
    {
        var key = PathKey.Of(location.File);
        foreach (var file in files)
            if (file.Key == key || file.Path == location.File)
                return BuildDiagnostic.At(id, severity, message, file, location.Line, location.Column, location.Length);
        return BuildDiagnostic.Global(id, severity, $"{location.File}({location.Line},{location.Column}): {message}");
    }
}
