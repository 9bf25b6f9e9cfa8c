using BenchmarkDotNet.Attributes;
using Extract.Benchmarks.Generator;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Benchmarks.Scaling;

/// <summary>
/// Throughput as the pack grows from 10 to 10,000 realistic rules (<see cref="RealisticPacks"/>), on the
/// same 100 documents of 500 words: the generated matcher (compiled in memory by the generator's
/// emitter) and the interpreter, on analyzed documents. The target: at 10,000 rules at least half the
/// throughput at 10. Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *RuleScaling*</c>.
/// </summary>
[MemoryDiagnoser]
public class RuleScalingBenchmarks
{
    private IRulePack generated = null!;
    private IRulePack interpreted = null!;
    private Document[] documents = [];

    /// <summary>Rules in the pack.</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var packs = new RealisticPacks();
        var result = PackCompiler.Compile("scaling.rules", packs.Pack(Rules), runExamples: false);
        var program = result.Program ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.IsError).Take(5)));
        interpreted = new InterpretedPack(program);
        generated = InMemoryPack.Compile(program);
        // the same texts for every pack size: planted phrases come from the first ten rules, present in all packs
        documents = Enumerable.Range(0, 100).Select(i => Document.Analyze(packs.Text(500 + i, rules: 10, seed: i))).ToArray();
        int a = documents.Sum(d => generated.Match(d).Count), b = documents.Sum(d => interpreted.Match(d).Count);
        if (a != b) throw new InvalidOperationException($"generated found {a}, interpreted {b}");
        Console.WriteLine($"// {Rules} rules: {a} relations, {documents.Sum(d => d.Tokens.Length):N0} tokens");
    }

    [Benchmark(Baseline = true)]
    public int Generated() => MatchAll(generated);

    [Benchmark]
    public int Interpreted() => MatchAll(interpreted);

    private int MatchAll(IRulePack pack)
    {
        int count = 0;
        foreach (var document in documents) count += pack.Match(document).Count;
        return count;
    }
}
