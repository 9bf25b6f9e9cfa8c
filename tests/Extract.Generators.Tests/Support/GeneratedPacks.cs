using System.Reflection;
using System.Runtime.Loader;
using Extract.Generators.Emission;
using Extract.Language.Model;
using Extract.Matching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Extract.Generators.Tests.Support;

/// <summary>
/// Emits packs with the generator's emitter, compiles them in memory the way a consumer's build would
/// (nullable enabled, warnings as errors) and loads them in a collectible context.
/// </summary>
public static class GeneratedPacks
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Document).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>Compiles C# sources; returns the diagnostics (warnings included) and the image when it built.</summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, byte[]? Image) Compile(params string[] sources)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithOptimizationLevel(OptimizationLevel.Release);
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
            References.Value,
            options);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var diagnostics = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (diagnostics, result.Success ? stream.ToArray() : null);
    }

    /// <summary>Emits, compiles and loads the packs; each comes back as an <see cref="IRulePack"/>.</summary>
    public static IReadOnlyList<IRulePack> Load(params RuleProgram[] programs)
    {
        var sources = programs.Select(program => Emitter.Emit(program, "Generated.Packs")).ToArray();
        var (diagnostics, image) = Compile(sources);
        if (image is null || diagnostics.Count > 0)
            throw new InvalidOperationException("generated code does not compile cleanly:\n" + string.Join("\n", diagnostics.Take(20)));
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        return programs
            .Select(program => assembly.GetType("Generated.Packs." + Emitter.ClassName(program), throwOnError: true)!)
            .Select(type => (IRulePack)type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToList();
    }
}
