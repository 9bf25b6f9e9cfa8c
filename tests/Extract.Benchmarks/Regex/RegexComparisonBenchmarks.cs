using BenchmarkDotNet.Attributes;
using Extract.Matching;
using RegexEngine = System.Text.RegularExpressions.Regex;
using RegexOptions = System.Text.RegularExpressions.RegexOptions;

namespace Extract.Benchmarks.Regex;

/// <summary>
/// 100 rules as an Extract pack (generated matcher, analysis included: both sides start from raw text)
/// against the same rules as 100 source-generated regexes and as 100 NonBacktracking regexes, over ANT
/// news. Setup checks that all three find the same matches. Run:
/// <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *RegexComparison*</c>.
/// </summary>
[MemoryDiagnoser]
public class RegexComparisonBenchmarks
{
    private List<string> texts = [];
    private readonly IRulePack pack = RegexComparisonPack.Instance;
    private readonly RegexEngine[] generated = RegexRules.All;
    private readonly RegexEngine[] nonBacktracking = Enumerable.Range(0, RegexComparisonRules.Count)
        .Select(i => new RegexEngine(RegexComparisonRules.Pattern(i, nonBacktracking: true), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant))
        .ToArray();

    [GlobalSetup]
    public void Setup() => Setup(AntCorpus.SampleSize());

    /// <summary>Reads <paramref name="articles"/> articles and checks that the three find the same matches.</summary>
    public void Setup(int articles)
    {
        texts = AntCorpus.Texts(articles);
        var extract = texts.Select(text => RegexEquivalence.OfExtract(pack, text).ToHashSet()).ToList();
        foreach (var (name, rules) in new[] { ("[GeneratedRegex]", generated), ("NonBacktracking", nonBacktracking) })
        {
            var (same, onlyExtract, onlyRegex, examples) = RegexEquivalence.Compare(extract, rules, texts);
            Console.WriteLine($"// {name}: {same} matches in common with Extract, {onlyExtract} only Extract, {onlyRegex} only regex");
            foreach (var example in examples) Console.WriteLine("//   " + example);
            if (onlyExtract + onlyRegex > 0)
                throw new InvalidOperationException($"Extract and {name} disagree on {onlyExtract + onlyRegex} matches: the comparison would time different work");
        }
        Console.WriteLine($"// {texts.Count} articles, {AntCorpus.Megabytes(texts):F2} MB");
    }

    /// <summary>Extract: analysis and the generated matcher of the 100-rule pack.</summary>
    [Benchmark(Baseline = true)]
    public int Extract()
    {
        int count = 0;
        foreach (var text in texts) count += pack.Match(text).Count;
        return count;
    }

    /// <summary>The 100 rules as [GeneratedRegex] patterns, each run over each text, slot read from its group.</summary>
    [Benchmark]
    public int GeneratedRegex() => RunAll(generated);

    /// <summary>The 100 rules with RegexOptions.NonBacktracking.</summary>
    [Benchmark]
    public int NonBacktrackingRegex() => RunAll(nonBacktracking);

    private int RunAll(RegexEngine[] rules)
    {
        int count = 0;
        foreach (var text in texts)
            foreach (var rule in rules)
                for (var match = rule.Match(text); match.Success; match = match.NextMatch())
                    count += match.Groups["x"].Length > 0 ? 1 : 0;
        return count;
    }
}
