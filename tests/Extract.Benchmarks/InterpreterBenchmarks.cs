using BenchmarkDotNet.Attributes;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Benchmarks;

/// <summary>
/// The interpreter's time is linear in tokens, whatever the rule: an adversarial rule with nested
/// unbounded quantifiers (<c>((a)*)* b</c>, catastrophic for a backtracking matcher) over 10,000 and
/// 100,000 tokens of <c>a</c> (after one <c>b</c>, so that the rule is triggered), next to the smallest rule over ordinary text.
/// Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *InterpreterBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class InterpreterBenchmarks
{
    private Interpreter adversarial = null!;
    private Interpreter smallest = null!;
    private Document runOfA = null!;
    private Document news = null!;

    /// <summary>Number of tokens in each document.</summary>
    [Params(10_000, 100_000)]
    public int Tokens { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        adversarial = Compile("pack Bench\nrule r: ((a)*)* b => M()");
        smallest = Compile("pack Demo\nX سيطر على Y");
        // One b first, so that the trigger literal occurs and the rule runs over the whole run of a.
        runOfA = SyntheticDocument.Of(new[] { "b" }.Concat(Enumerable.Repeat("a", Tokens - 1)).ToArray());
        string[] sentence = ["قالت", "المصادر", "ان", "الجيش", "سيطر", "علي", "المدينه", "."];
        news = SyntheticDocument.Of(Enumerable.Range(0, Tokens).Select(i => sentence[i % sentence.Length]).ToArray(), sentence.Length);
    }

    /// <summary><c>((a)*)* b</c> after one <c>b</c>, over a run of <c>a</c>: every later start position fails only at the end.</summary>
    [Benchmark]
    public int NestedQuantifiersOverRunOfA() => adversarial.Match(runOfA).Count;

    /// <summary><c>X سيطر على Y</c> over repeated news sentences (one match per sentence).</summary>
    [Benchmark]
    public int SmallestRuleOverNews() => smallest.Match(news).Count;

    private static Interpreter Compile(string rules)
    {
        var result = PackCompiler.Compile("bench.rules", rules, runExamples: false);
        return new Interpreter(result.Program ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics)));
    }
}
