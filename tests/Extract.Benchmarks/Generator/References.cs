using Microsoft.CodeAnalysis;

namespace Extract.Benchmarks.Generator;

/// <summary>What a consumer's compilation references: the runtime's assemblies and Extract.</summary>
internal static class References
{
    public static readonly MetadataReference[] Runtime =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Append(typeof(Extract.Matching.Document).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
}
