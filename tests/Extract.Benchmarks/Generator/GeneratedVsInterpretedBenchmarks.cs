using BenchmarkDotNet.Attributes;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// The generated matcher against the interpreter on the same synthetic pack (N rules
/// <c>X:Force word_i على Y</c>) and the same 200 synthetic documents of 300 tokens (per-document time
/// and allocations). Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *GeneratedVsInterpreted*</c>.
/// </summary>
[MemoryDiagnoser]
public class GeneratedVsInterpretedBenchmarks
{
    private IRulePack generated = null!;
    private IRulePack interpreted = null!;
    private Document[] documents = [];

    [Params(10, 1_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var program = SyntheticPacks.Rules(Rules);
        interpreted = new InterpretedPack(program);
        generated = InMemoryPack.Compile(program);
        var random = new Random(42);
        documents = Enumerable.Range(0, 200).Select(_ => SyntheticDocuments.Create(random, 300, Rules)).ToArray();
        int a = documents.Sum(d => generated.Match(d).Count), b = documents.Sum(d => interpreted.Match(d).Count);
        if (a != b) throw new InvalidOperationException($"generated found {a}, interpreted {b}");
        Console.WriteLine($"// {Rules} rules: {a} relations in {documents.Length} documents");
    }

    [Benchmark(Baseline = true)]
    public int Interpreted()
    {
        int count = 0;
        foreach (var document in documents) count += interpreted.Match(document).Count;
        return count;
    }

    [Benchmark]
    public int Generated()
    {
        int count = 0;
        foreach (var document in documents) count += generated.Match(document).Count;
        return count;
    }
}
