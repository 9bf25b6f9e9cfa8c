using BenchmarkDotNet.Attributes;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Benchmarks;

/// <summary>
/// The shipped Arabic pack (rules/ar) over ANT news: the matcher the source generator compiled into this
/// assembly (<see cref="ArabicControlPack"/>) against the interpreter running the same rule files, on the
/// same analyzed documents (matching only), next to the analysis floor and the whole pipeline.
/// Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *ShippedPack*</c>
/// (EXTRACT_BENCH_ARTICLES sets the number of articles, 2,000 by default).
/// </summary>
[MemoryDiagnoser]
public class ShippedPackBenchmarks
{
    private IRulePack generated = null!;
    private IRulePack interpreted = null!;
    private List<string> texts = [];
    private Document[] documents = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = AntCorpus.Texts(AntCorpus.SampleSize());
        documents = texts.Select(text => Document.Analyze(text)).ToArray();
        generated = ArabicControlPack.Instance;
        interpreted = new InterpretedPack(ShippedRules.Compile());
        int a = documents.Sum(d => generated.Match(d).Count), b = documents.Sum(d => interpreted.Match(d).Count);
        if (a != b) throw new InvalidOperationException($"generated found {a} relations, interpreted {b}");
        Console.WriteLine($"// {texts.Count} articles, {AntCorpus.Megabytes(texts):F2} MB, {documents.Sum(d => d.Tokens.Length):N0} tokens, {a} relations");
    }

    /// <summary>
    /// Analysis alone (tokens, normalization, clitic lattice): the floor. Each text is analysed into the
    /// thread's reused document, as a pack's <c>Match(string)</c> does (<see cref="Document.AnalyzeForThread"/>).
    /// </summary>
    [Benchmark]
    public int Analysis()
    {
        int tokens = 0;
        foreach (var text in texts) tokens += Document.AnalyzeForThread(text).Tokens.Length;
        return tokens;
    }

    /// <summary>The interpreter on analyzed documents.</summary>
    [Benchmark(Baseline = true)]
    public int Interpreted() => MatchAll(interpreted);

    /// <summary>The generated matcher on analyzed documents.</summary>
    [Benchmark]
    public int Generated() => MatchAll(generated);

    /// <summary>Analysis and the generated matcher: what <c>extract run</c> does per document.</summary>
    [Benchmark]
    public int AnalysisAndGenerated()
    {
        int count = 0;
        foreach (var text in texts) count += generated.Match(text).Count;
        return count;
    }

    private int MatchAll(IRulePack pack)
    {
        int count = 0;
        foreach (var document in documents) count += pack.Match(document).Count;
        return count;
    }
}
