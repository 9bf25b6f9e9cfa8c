using BenchmarkDotNet.Attributes;
using Extract.Analysis;
using Extract.Matching;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Extract.Benchmarks;

/// <summary>
/// The floor every matcher is compared with: Extract's analysis alone (normalize, tokenize, split
/// sentences, build the clitic lattice with offsets) over ANT news articles, next to Lucene.Net's
/// ArabicAnalyzer (tokenize, normalize, light stemming) over the same texts.
/// Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *AnalysisBenchmarks*</c>;
/// throughput in MB/s = <see cref="Megabytes"/> / mean time (printed at setup).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private List<string> texts = [];
    private readonly ArabicAnalyzer lucene = new(LuceneVersion.LUCENE_48);
    private Document? reuse;

    /// <summary>
    /// Articles per operation: 20,000 (nearly the whole corpus, 150,790 distinct words). In the steady
    /// state the analyzer's per-thread segmentation cache holds every word; <see cref="ExtractAnalyzeColdCache"/>
    /// measures a first pass, where every word is segmented the first time it is met.
    /// </summary>
    [Params(20_000)]
    public int Articles { get; set; }

    /// <summary>Size of the articles in MB of UTF-8.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        texts = AntCorpus.Texts(Articles);
        Megabytes = AntCorpus.Megabytes(texts);
        Console.WriteLine($"// {texts.Count} articles, {Megabytes:F2} MB of UTF-8");
    }

    /// <summary>Extract: a full analysis per article, reusing the document's arrays.</summary>
    [Benchmark(Baseline = true)]
    public int ExtractAnalyze()
    {
        int tokens = 0;
        foreach (var text in texts)
        {
            reuse = TextAnalyzer.Default.Analyze(text, "", reuse);
            tokens += reuse.Tokens.Length;
        }
        return tokens;
    }

    /// <summary>Extract with an empty segmentation cache at the start of each operation: one pass over articles never seen.</summary>
    [Benchmark]
    public int ExtractAnalyzeColdCache()
    {
        var analyzer = new TextAnalyzer(new ArabicSegmenter(StemLexicon.Default));
        int tokens = 0;
        foreach (var text in texts)
        {
            reuse = analyzer.Analyze(text, "", reuse);
            tokens += reuse.Tokens.Length;
        }
        return tokens;
    }

    /// <summary>Lucene.Net's ArabicAnalyzer: tokens with offsets, normalized and light-stemmed.</summary>
    [Benchmark]
    public int LuceneArabicAnalyzer()
    {
        int tokens = 0;
        foreach (var text in texts)
        {
            using var stream = lucene.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) tokens += term.Length > 0 && offset.EndOffset > offset.StartOffset ? 1 : 0;
            stream.End();
        }
        return tokens;
    }
}
