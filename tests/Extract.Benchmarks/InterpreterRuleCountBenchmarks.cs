using BenchmarkDotNet.Attributes;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Benchmarks;

/// <summary>
/// The interpreter's cost per document as the pack grows from 10 to 10,000 rules, each rule with its
/// own trigger verb (only ten of which occur in the text): thanks to the trigger index the cost stays
/// nearly flat. Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *InterpreterRuleCount*</c>.
/// </summary>
[MemoryDiagnoser]
public class InterpreterRuleCountBenchmarks
{
    private Interpreter interpreter = null!;
    private Document document = null!;

    /// <summary>Number of rules in the pack.</summary>
    [Params(10, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = string.Join("\n", Enumerable.Range(0, Rules).Select(i => $"rule r{i}: X فعل{i} على Y => Control(controller: X, controlled: Y)"));
        var result = PackCompiler.Compile("bench.rules", "pack Bench\n" + rules, runExamples: false);
        interpreter = new Interpreter(result.Program ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics)));
        var words = new List<string>();
        for (int i = 0; i < 10_000; i++)
            words.AddRange(["المصادر", "ان", "الجيش", $"فعل{i % 10}", "علي", "المدينه", "."]);
        document = SyntheticDocument.Of(words, sentenceLength: 7);
    }

    /// <summary>All relations of a 70,000-token document.</summary>
    [Benchmark]
    public int Match() => interpreter.Match(document).Count;
}
