using System.Collections.Immutable;
using Extract.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Extract.Generators.Tests.Support;

/// <summary>An additional file held in memory.</summary>
public sealed class MemoryFile(string path, string text) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>Build properties as the compiler sees them (<c>build_property.RootNamespace</c>).</summary>
public sealed class BuildProperties(string rootNamespace) : AnalyzerConfigOptionsProvider
{
    private readonly Options global = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The generator's pipeline around a given compile step.</summary>
internal sealed class PipelineUnderTest(PackCompile compile) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) => PackPipeline.Register(context, compile);
}

/// <summary>Runs a generator over additional files with step tracking, as the compiler would.</summary>
public static class GeneratorHarness
{
    public static GeneratorDriver Driver(IIncrementalGenerator generator, IEnumerable<AdditionalText> files, string rootNamespace = "App") =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            files,
            CSharpParseOptions.Default,
            new BuildProperties(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation EmptyCompilation(string code = "class Program { }") =>
        CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(code)], [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The reasons of every output of a tracked step, in order.</summary>
    public static ImmutableArray<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToImmutableArray();
}
