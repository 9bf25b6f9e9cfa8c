using System.Text;
using BenchmarkDotNet.Attributes;
using Extract.Benchmarks.Generator;
using Extract.Language.Binding;
using Extract.Matching;

namespace Extract.Benchmarks.Scaling;

/// <summary>
/// Time against input size, from 1 KB to 100 MB of ANT news in one document: the shipped pack (analysis
/// and generated matcher) and an adversarial pack (an alternation of one word with itself under a star,
/// nested gaps, a slot next to a gap) on the analyzed document. Linear means the time per MB stays flat.
/// Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *InputScaling* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class InputScalingBenchmarks
{
    /// <summary>The adversarial rules, as a developer stress-testing a matcher would write them.</summary>
    public const string AdversarialRules = """
        pack Adversarial
        language ar
        rule alternation_star:
            ("في" | "في")+ X:Word
            => A(x: X)
        rule nested_gaps:
            "قال" _{0,5} _{0,5} _{0,5} "في" X:Word
            => B(x: X)
        rule slot_next_to_gap:
            "قال" X _{0,8} "إن"
            => C(x: X)
        """;

    private string text = "";
    private Document document = null!;
    private IRulePack adversarial = null!;

    /// <summary>Size of the document in KB of UTF-8.</summary>
    [Params(1, 100, 10_000, 100_000)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var articles = AntCorpus.Texts(2_000);
        var builder = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < Kilobytes * 1024L; i = (i + 1) % articles.Count)
        {
            builder.Append(articles[i]).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(articles[i]) + 1;
        }
        text = builder.ToString();
        document = Document.Analyze(text);
        var result = PackCompiler.Compile("adversarial.rules", AdversarialRules, runExamples: false);
        adversarial = InMemoryPack.Compile(result.Program ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.IsError))));
        Console.WriteLine($"// {Kilobytes} KB: {document.Tokens.Length:N0} tokens, shipped pack {ArabicControlPack.Instance.Match(document).Count} relations, adversarial {adversarial.Match(document).Count}");
    }

    /// <summary>What <c>extract run</c> does: analysis and the shipped pack's generated matcher.</summary>
    [Benchmark(Baseline = true)]
    public int ShippedPack() => ArabicControlPack.Instance.Match(text).Count;

    /// <summary>The adversarial pack on the analyzed document.</summary>
    [Benchmark]
    public int AdversarialPack() => adversarial.Match(document).Count;
}
