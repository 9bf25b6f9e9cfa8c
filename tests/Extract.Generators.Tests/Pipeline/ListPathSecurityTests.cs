using Extract.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Extract.Generators.Tests.Pipeline;

/// <summary>The generator reads no list file outside the pack folder, even one the build gives it; the rule gets EXT0302.</summary>
public class ListPathSecurityTests
{
    private sealed class Watched(string path, string text) : AdditionalText
    {
        public int Reads { get; private set; }

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Reads++;
            return SourceText.From(text);
        }
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("lists/../../../../etc/passwd")]
    public void A_list_named_outside_the_pack_folder_is_an_error_and_the_file_is_never_read(string path)
    {
        var secret = new Watched("/etc/passwd", "root:x:0:0\n");
        var rules = new MemoryFile("/p/app/rules/demo.rules", $"pack Demo\nlist Secret from \"{path}\"\nrule r: X:Secret سيطر => M(x: X)\n");

        var result = GeneratorHarness.Driver(new RulePackGenerator(), [rules, secret])
            .RunGenerators(GeneratorHarness.EmptyCompilation())
            .GetRunResult().Results[0];

        Assert.Null(result.Exception);
        Assert.Equal(0, secret.Reads);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("EXT0302", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.GeneratedSources);
    }
}
