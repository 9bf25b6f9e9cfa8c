using Extract.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Tests.Pipeline;

/// <summary>Diagnostics reach the build at their place in the rule file; the generator never throws.</summary>
public class BuildDiagnosticsTests
{
    [Fact]
    public void A_rule_error_points_at_its_line_and_column_in_the_rule_file()
    {
        var file = new MemoryFile("/p/rules/demo/demo.rules", "سيطر على\n\n!سيطر على على\n");
        var result = Run(file);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EXT0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/p/rules/demo/demo.rules", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(0, span.StartLinePosition.Character);
        Assert.Equal("!سيطر على على", file.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public void A_failure_inside_the_generator_is_EXT9999_not_a_crash()
    {
        var result = Run(new MemoryFile("/p/rules/demo/demo.rules", "سيطر على\nboom"));

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EXT9999", diagnostic.Id);
        Assert.Contains("the stand-in compiler was told to fail", diagnostic.GetMessage());
        Assert.Equal("/p/rules/demo/demo.rules", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_list_file_that_is_not_given_is_reported_where_it_is_named()
    {
        var result = Run(new MemoryFile("/p/rules/demo/demo.rules", "سيطر على\nlist Place from \"lists/places.txt\""));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EXT0002", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void The_pack_class_goes_into_the_consumers_root_namespace()
    {
        var result = Run(new MemoryFile("/p/rules/demo/demo.rules", "سيطر على"));

        var source = Assert.Single(result.GeneratedSources);
        Assert.StartsWith("DemoPack.", source.HintName);
        Assert.Contains("namespace App", source.SourceText.ToString());
    }

    [Fact]
    public void Two_folders_declaring_packs_of_one_name_are_an_error_not_a_crash()
    {
        var result = Run(
            new MemoryFile("/p/a/demo/one.rules", "سيطر على"),
            new MemoryFile("/p/b/demo/two.rules", "في حلب"));

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EXT9001", diagnostic.Id);
        Assert.Equal("/p/b/demo/two.rules", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_failing_example_is_reported_at_its_line_in_the_rule_file()
    {
        var text = "pack Demo\nX سيطر على Y\n    counterexample \"لم يسيطر الجيش على المدينة\"\n";
        var file = Extract.Generators.Pipeline.SourceFile.From(new MemoryFile("/p/rules/demo/demo.rules", text), default);
        var location = new Extract.Language.Model.SourceLocation("/p/rules/demo/demo.rules", 3, 5, 14);

        var diagnostic = Extract.Generators.Pipeline.LanguageCompiler.Place("EXT0203", "rule line_2 matched", location, [file], DiagnosticSeverity.Error).ToRoslyn();

        Assert.Equal("EXT0203", diagnostic.Id);
        Assert.Equal("counterexample", new MemoryFile(file.Path, text).GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static GeneratorRunResult Run(params AdditionalText[] files) =>
        GeneratorHarness.Driver(new PipelineUnderTest(LineRules.Compile), files)
            .RunGenerators(GeneratorHarness.EmptyCompilation())
            .GetRunResult().Results[0];
}
