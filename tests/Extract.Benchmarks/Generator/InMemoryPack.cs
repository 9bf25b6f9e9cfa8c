using System.Reflection;
using System.Runtime.Loader;
using Extract.Generators.Emission;
using Extract.Language.Model;
using Extract.Matching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Extract.Benchmarks.Generator;

/// <summary>A rule program turned into C# by the generator's emitter and compiled in memory (Release).</summary>
internal static class InMemoryPack
{
    public static IRulePack Compile(RuleProgram program, string ns = "Bench")
    {
        string source = Emitter.Emit(program, ns);
        string typeName = ns + "." + Emitter.ClassName(program);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Append(typeof(Document).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("BenchPack" + Guid.NewGuid().ToString("N"), [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(10)));
        var assembly = new AssemblyLoadContext("bench", isCollectible: false).LoadFromStream(new MemoryStream(stream.ToArray()));
        return (IRulePack)assembly.GetType(typeName, throwOnError: true)!.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
