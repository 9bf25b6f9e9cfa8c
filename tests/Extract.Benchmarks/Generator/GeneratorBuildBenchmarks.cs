using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extract.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// Build-time cost of a rule file of 100, 1,000 and 10,000 rules: the generator alone (parse, bind,
/// emit, through Roslyn's generator driver as in a build) and the generator plus the C# compiler on
/// the generated file. Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *GeneratorBuild*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class GeneratorBuildBenchmarks
{
    private MemoryText rules = null!;
    private CSharpCompilation consumer = null!;

    [Params(100, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        rules = new MemoryText("/app/rules/synthetic/synthetic.rules", SyntheticRules.Pack("Synthetic", Rules));
        consumer = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class Program { }")], References.Runtime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        var result = Run(out _);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors.Take(5)));
        Console.WriteLine($"// {Rules} rules: {rules.Text.Length / 1024.0:F0} KiB of rules → {result.GeneratedSources.Sum(s => s.SourceText.Length) / 1024.0:F0} KiB of C#");
    }

    [Benchmark]
    public int Generate() => Run(out _).GeneratedSources.Length;

    [Benchmark]
    public bool GenerateAndCompile()
    {
        Run(out var compilation);
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success;
    }

    private GeneratorRunResult Run(out Compilation output)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new RulePackGenerator().AsSourceGenerator()], [rules], CSharpParseOptions.Default);
        driver = driver.RunGeneratorsAndUpdateCompilation(consumer, out output, out _);
        return driver.GetRunResult().Results[0];
    }
}
