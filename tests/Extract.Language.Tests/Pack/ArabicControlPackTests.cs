namespace Extract.Language.Tests.Pack;

/// <summary>
/// The shipped Arabic territorial-control pack compiles (every list found, every name bound) and
/// every example and counterexample of its rules holds through the real analyzer.
/// </summary>
public class ArabicControlPackTests
{
    [Fact]
    public void The_shipped_pack_compiles_without_errors_or_warnings()
    {
        var result = ShippedPack.Compile(runExamples: false);

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        Assert.Equal("Arabic.Control", result.Program!.Pack);
        Assert.True(result.Program.Rules.Count >= 25, $"{result.Program.Rules.Count} rules");
    }

    [Fact]
    public void Every_example_and_counterexample_of_the_shipped_pack_holds()
    {
        var result = ShippedPack.Compile(runExamples: true);

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }
}
