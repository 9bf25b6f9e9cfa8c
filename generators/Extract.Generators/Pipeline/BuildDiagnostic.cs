using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Extract.Generators.Pipeline;

/// <summary>
/// A diagnostic as equatable data (no Roslyn <see cref="Location"/> in the pipeline): the EXT id, its
/// severity and message, and where it points in a rule or list file — both as a character span and as
/// 0-based line/column positions, so that the build and IDEs show it at the right place.
/// </summary>
internal sealed record BuildDiagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>The id of a generator failure: an internal error reported instead of thrown.</summary>
    public const string InternalErrorId = "EXT9999";

    /// <summary>The id of two pack folders whose packs would get the same class name.</summary>
    public const string DuplicatePackId = "EXT9001";

    /// <summary>Another folder already declares a pack with this class name; points at the pack's first rule file.</summary>
    public static BuildDiagnostic DuplicatePack(string name, string folderKey, SourceFile? firstRuleFile)
    {
        var message = $"the pack '{name}' in {folderKey} has the same class name as a pack in another folder; give one of them another name (pack …)";
        return firstRuleFile is { } file
            ? At(DuplicatePackId, DiagnosticSeverity.Error, message, file, 1, 1, 0)
            : Global(DuplicatePackId, DiagnosticSeverity.Error, message);
    }

    /// <summary>A diagnostic with no location (it applies to the whole build).</summary>
    public static BuildDiagnostic Global(string id, DiagnosticSeverity severity, string message) =>
        new(id, severity, message, null, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// A diagnostic at 1-based <paramref name="line"/> and <paramref name="column"/> of <paramref name="file"/>,
    /// covering <paramref name="length"/> characters (clamped to the file).
    /// </summary>
    public static BuildDiagnostic At(
        string id, DiagnosticSeverity severity, string message, SourceFile file, int line, int column, int length)
    {
        var lines = LineMap.Of(file.Text);
        int start = lines.OffsetOf(line - 1, column - 1);
        int end = Math.Min(file.Text.Length, start + Math.Max(0, length));
        var (startLine, startColumn) = lines.PositionOf(start);
        var (endLine, endColumn) = lines.PositionOf(end);
        return new(id, severity, message, file.Path, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>An internal error of the generator, with what it was doing, as EXT9999.</summary>
    public static BuildDiagnostic Internal(string doing, Exception exception) =>
        Global(InternalErrorId, DiagnosticSeverity.Error,
            $"the Extract generator failed while {doing}: {exception.GetType().Name}: {exception.Message}. This is a bug in Extract; please report it with the rule file.");

    /// <summary>The Roslyn diagnostic, located in the rule file when a path is known.</summary>
    public Diagnostic ToRoslyn()
    {
        var location = Path is null
            ? Location.None
            : Location.Create(
                Path,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
        return Diagnostic.Create(Descriptor(Id, Severity), location, Message);
    }

    private static readonly ConcurrentDictionary<(string, DiagnosticSeverity), DiagnosticDescriptor> Descriptors = new();

    private static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity) =>
        Descriptors.GetOrAdd((id, severity), static key => new DiagnosticDescriptor(
            key.Item1,
            title: key.Item1 == InternalErrorId ? "Extract generator internal error" : "Extract rule diagnostic",
            messageFormat: "{0}",
            category: "Extract",
            defaultSeverity: key.Item2,
            isEnabledByDefault: true));
}
