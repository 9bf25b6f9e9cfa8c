using Extract.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Tests.Pipeline;

/// <summary>Real rule files through the real generator (parse, bind, emit), as a build would run it.</summary>
public class RuleFileTests
{
    [Fact]
    public void The_smallest_rule_file_becomes_a_pack_class_that_compiles_cleanly()
    {
        var result = Run(new MemoryFile("/app/rules/demo.rules", "pack Demo\nX سيطر على Y\n"));

        Assert.Empty(result.Diagnostics);
        var source = Assert.Single(result.GeneratedSources);
        Assert.StartsWith("DemoPack.", source.HintName);
        var (diagnostics, image) = GeneratedPacks.Compile(source.SourceText.ToString());
        Assert.Empty(diagnostics);
        Assert.NotNull(image);
    }

    [Fact]
    public void An_unknown_name_is_a_build_error_at_its_line_and_column()
    {
        var file = new MemoryFile("/app/rules/demo.rules", "pack Demo\nlist Force = قوات | الجيش\nX:Forse سيطر على Y\n");
        var result = Run(file);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("EXT01", error.Id);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/app/rules/demo.rules", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Contains("Forse", file.GetText().ToString(error.Location.SourceSpan));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Editing_one_rule_file_recompiles_only_its_pack()
    {
        var control = new MemoryFile("/app/rules/control/control.rules", "pack Control\nX سيطر على Y\n");
        var places = new MemoryFile("/app/rules/places/places.rules", "pack Places\nlist Place from \"places.txt\"\nفي Y:Place\n");
        var list = new MemoryFile("/app/rules/places/places.txt", "حلب\nدمشق\n");
        var driver = GeneratorHarness.Driver(new RulePackGenerator(), [control, places, list]);
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        Assert.Equal(2, driver.GetRunResult().Results[0].GeneratedSources.Length);

        driver = driver.ReplaceAdditionalText(control, new MemoryFile(control.Path, "pack Control\nX استولى على Y\n"));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        var result = driver.GetRunResult().Results[0];

        var reasons = GeneratorHarness.Reasons(result, Extract.Generators.Pipeline.PackPipeline.Steps.CompiledPacks);
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, reasons.ToArray());
        Assert.Empty(result.Diagnostics);
    }

    private static GeneratorRunResult Run(params AdditionalText[] files) =>
        GeneratorHarness.Driver(new RulePackGenerator(), files)
            .RunGenerators(GeneratorHarness.EmptyCompilation())
            .GetRunResult().Results[0];
}
