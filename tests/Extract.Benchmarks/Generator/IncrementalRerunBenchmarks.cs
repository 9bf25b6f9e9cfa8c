using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extract.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// The generator's incremental re-run after one rule is edited, through Roslyn's generator driver as
/// in an IDE or a rebuild: a project with a pack of N rules and a pack of 10. Editing the small pack
/// re-runs only it (the big one stays cached); editing the big pack re-parses, re-binds and re-emits
/// it. Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *IncrementalRerun*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IncrementalRerunBenchmarks
{
    private GeneratorDriver driver = null!;
    private CSharpCompilation compilation = null!;
    private MemoryText big = null!, small = null!;
    private int edits;

    [Params(1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        big = new MemoryText("/app/rules/big/big.rules", SyntheticRules.Pack("Big", Rules));
        small = new MemoryText("/app/rules/small/small.rules", SyntheticRules.Pack("Small", 10));
        compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class Program { }")]);
        driver = CSharpGeneratorDriver.Create([new RulePackGenerator().AsSourceGenerator()], [big, small], CSharpParseOptions.Default);
        driver = driver.RunGenerators(compilation);
    }

    [Benchmark]
    public GeneratorDriver EditTheSmallPack() => Edit(ref small, "Small", 10);

    [Benchmark]
    public GeneratorDriver EditTheBigPack() => Edit(ref big, "Big", Rules);

    [Benchmark]
    public GeneratorDriver EditCSharpOnly()
    {
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"class C{edits++} {{ }}")));
        return driver;
    }

    // Alternately edits one rule and restores it, so every run sees a changed file.
    private GeneratorDriver Edit(ref MemoryText file, string name, int count)
    {
        var edited = new MemoryText(file.Path, SyntheticRules.Pack(name, count, edited: edits++ % 2 == 0 ? count / 2 : -1));
        driver = driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation);
        file = edited;
        return driver;
    }
}
