using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extract.Generators.Emission;
using Extract.Language.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// Build-time cost of a pack of 100, 1,000 and 10,000 rules: the emitter (model → C#) and the C#
/// compiler on the emitted file, which together are what the generator adds to a build once the
/// pack is bound. Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *GeneratorBuild*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class GeneratorBuildBenchmarks
{
    private RuleProgram program = null!;
    private string source = "";
    private static readonly MetadataReference[] References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Append(typeof(Extract.Matching.Document).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    [Params(100, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        program = SyntheticPacks.Rules(Rules);
        source = Emitter.Emit(program, "App");
        Console.WriteLine($"// {Rules} rules: emitted {source.Length / 1024.0:F0} KiB of C#");
    }

    [Benchmark]
    public int Emit() => Emitter.Emit(program, "App").Length;

    [Benchmark]
    public bool EmitAndCompile()
    {
        var text = Emitter.Emit(program, "App");
        var compilation = CSharpCompilation.Create("Pack", [CSharpSyntaxTree.ParseText(text)], References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success;
    }
}
