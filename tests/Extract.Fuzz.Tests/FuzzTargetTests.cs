using Extract.Fuzz;
using Extract.Fuzz.Targets;

namespace Extract.Fuzz.Tests;

/// <summary>
/// The fuzz targets of tests/Extract.Fuzz with a small fixed budget and a fixed seed, so that every
/// <c>dotnet test</c> replays the same cases; the fuzz command runs them for minutes.
/// </summary>
public sealed class FuzzTargetTests
{
    private const string Seed = "9NANBDXB_fO1";

    private static void Passes(IFuzzTarget target, long cases)
    {
        var report = target.Run(new FuzzBudget(cases, Seed: Seed));
        Assert.True(report.Failure is null, report.ToString());
        Assert.Equal(cases, report.Cases);
    }

    [Fact]
    public void Parser_and_binder_on_random_and_mutated_rule_files() => Passes(new ParserTarget(), 150);

    [Fact]
    public void Analyzer_and_shipped_pack_on_random_Unicode_random_bytes_and_mutated_news() => Passes(new AnalyzerTarget(), 30);

    [Fact]
    public void JSONL_reader_on_valid_mutated_and_random_lines() => Passes(new JsonlTarget(), 1000);

    [Fact]
    public void Generator_on_random_and_mutated_packs() => Passes(new GeneratorTarget(), 25);
}
