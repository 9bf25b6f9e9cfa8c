using Extract.Generators.Pipeline;
using Extract.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Tests.Pipeline;

/// <summary>
/// Editing one pack re-runs only that pack: the other packs' compiled models and generated files are
/// reported Cached or Unchanged by Roslyn's step tracking.
/// </summary>
public class IncrementalCachingTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Editing_one_pack_leaves_the_other_pack_cached()
    {
        var control = new MemoryFile("/p/rules/control/control.rules", "سيطر على\nتحت سيطرة");
        var places = new MemoryFile("/p/rules/places/places.rules", "في حلب");
        var driver = GeneratorHarness.Driver(new PipelineUnderTest(LineRules.Compile), [control, places]);
        var compilation = GeneratorHarness.EmptyCompilation();
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results[0];
        Assert.Equal(["ControlPack", "PlacesPack"], first.GeneratedSources.Select(s => s.HintName.Split(".")[0]).Order());

        driver = driver.ReplaceAdditionalText(control, new MemoryFile(control.Path, "سيطر على\nبسط سيطرته على"));
        driver = driver.RunGenerators(compilation);
        var second = driver.GetRunResult().Results[0];

        var compiled = GeneratorHarness.Reasons(second, PackPipeline.Steps.CompiledPacks);
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, compiled.ToArray());
        var outputs = second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, outputs);
        Assert.Contains(outputs, Reused.Contains);
        Assert.Equal(first.GeneratedSources.Single(s => s.HintName.StartsWith("PlacesPack.")).SourceText.ToString(),
            second.GeneratedSources.Single(s => s.HintName.StartsWith("PlacesPack.")).SourceText.ToString());
    }

    [Fact]
    public void Editing_C_sharp_code_compiles_no_pack_again()
    {
        var control = new MemoryFile("/p/rules/control/control.rules", "سيطر على");
        var driver = GeneratorHarness.Driver(new PipelineUnderTest(LineRules.Compile), [control]);
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation("class Program { static void Main() { } }"));
        var result = driver.GetRunResult().Results[0];

        Assert.All(GeneratorHarness.Reasons(result, PackPipeline.Steps.CompiledPacks), reason => Assert.Contains(reason, Reused));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Contains(output.Reason, Reused));
    }

    [Fact]
    public void Editing_a_list_file_recompiles_only_the_pack_that_names_it()
    {
        var control = new MemoryFile("/p/rules/control/control.rules", "list Force from \"lists/forces.txt\"\nسيطر على");
        var forces = new MemoryFile("/p/rules/control/lists/forces.txt", "قوات\nالجيش");
        var places = new MemoryFile("/p/rules/places/places.rules", "في حلب");
        var unrelated = new MemoryFile("/p/notes.txt", "not a list");
        var driver = GeneratorHarness.Driver(new PipelineUnderTest(LineRules.Compile), [control, forces, places, unrelated]);
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());

        driver = driver.ReplaceAdditionalText(unrelated, new MemoryFile(unrelated.Path, "still not a list"));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        Assert.All(GeneratorHarness.Reasons(driver.GetRunResult().Results[0], PackPipeline.Steps.CompiledPacks), reason => Assert.Contains(reason, Reused));

        driver = driver.ReplaceAdditionalText(forces, new MemoryFile(forces.Path, "قوات\nالجيش\nفصائل"));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
        var compiled = GeneratorHarness.Reasons(driver.GetRunResult().Results[0], PackPipeline.Steps.CompiledPacks);
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, compiled.ToArray());
    }
}
