namespace Extract.Language.Tests.Pack;

/// <summary>The shipped Arabic territorial-control pack compiles: every list is found, every name is bound.</summary>
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
}
