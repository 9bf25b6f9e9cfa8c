using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extract.Generators.Pipeline;
using Extract.Language.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// The generator's incremental re-run after one rule is edited, through the real pipeline (Roslyn's
/// generator driver): a project with a pack of N rules and a small pack. Editing the small pack
/// re-emits only it; editing the big pack re-emits the big pack. The compile step here builds the
/// synthetic model from the file (parse and bind are timed with the language); emission and caching
/// are the generator's. Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *IncrementalRerun*</c>.
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
        big = new MemoryText("/p/rules/big/big.rules", "rules " + Rules);
        small = new MemoryText("/p/rules/small/small.rules", "rules 10");
        compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class Program { }")]);
        driver = CSharpGeneratorDriver.Create([new Pipeline().AsSourceGenerator()], [big, small], CSharpParseOptions.Default);
        driver = driver.RunGenerators(compilation);
    }

    [Benchmark]
    public GeneratorDriver EditTheSmallPack() => Edit(ref small);

    [Benchmark]
    public GeneratorDriver EditTheBigPack() => Edit(ref big);

    [Benchmark]
    public GeneratorDriver EditCSharpOnly()
    {
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"class C{edits++} {{ }}")));
        return driver;
    }

    private GeneratorDriver Edit(ref MemoryText file)
    {
        var count = file.Text.Split(' ')[1].Split('#')[0];
        var edited = new MemoryText(file.Path, $"rules {count}#edit{edits++}");
        driver = driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation);
        file = edited;
        return driver;
    }

    internal sealed class MemoryText(string path, string text) : AdditionalText
    {
        public string Text => text;
        public override string Path => path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    // "rules N#editK": a synthetic pack of N rules whose rule K is edited.
    private sealed class Pipeline : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) => PackPipeline.Register(context, static (sources, _) =>
        {
            var spec = sources.Rules[0].Text.Split(' ')[1].Split("#edit");
            int count = int.Parse(spec[0]);
            int edited = spec.Length > 1 ? int.Parse(spec[1]) % count : -1;
            var program = SyntheticPacks.Rules(count, edited: edited) with { Pack = sources.FolderKey.Split('/').Last() };
            return new CompiledPack(sources.FolderKey, EquatableArray.Of(program), EquatableArray<BuildDiagnostic>.Empty);
        });
    }
}
