using Extract.Fuzz.Limits;

namespace Extract.Fuzz.Tests;

/// <summary>
/// Resource limits, smaller than the fuzz command's (a 10 MB line instead of 100 MB, a 1 MB rule file
/// instead of 10 MB): each run ends within generous bounds of time and memory, or stops with an error
/// naming the limit.
/// </summary>
public sealed class ResourceLimitTests
{
    private const long Gigabyte = 1L << 30;

    // A huge line through a one-word rule: what is measured is reading, decoding and analyzing one
    // line in bounded memory. The shipped pack matches news at about 0.05 MB/s here (tests/README.md),
    // so its 100 MB line is the fuzz command's limits target.
    [Fact]
    public void A_ten_megabyte_single_line_document_runs_in_bounded_time_and_memory()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["word.rules"], "pack T\nrule r: قوات => M()\n");
        var result = LimitCases.SingleLine(folder.Path, 10_000_000, rules: folder["word.rules"]);
        Assert.Equal(0, result.Figures.ExitCode);
        Assert.InRange(result.Figures.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(120));
        Assert.InRange(result.Figures.PeakBytes, 0, 2 * Gigabyte);
        Assert.Equal("9,364 relations", result.Outcome);
    }

    [Fact]
    public void A_rule_nested_a_thousand_deep_is_an_error_naming_the_limit()
    {
        using var folder = new TempFolder();
        var result = LimitCases.NestedRule(folder.Path, 1000);
        Assert.Equal(1, result.Figures.ExitCode);
        Assert.Contains("nested.rules(2,209): error EXT0006: groups are nested more than 200 deep, the language's limit", result.Figures.Stdout);
        Assert.InRange(result.Figures.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    // 1 MB (16,600 rules) to keep the test short; the fuzz command's limits target checks 10 MB
    // (2.3 GB; 8.6 GB before the interpreter kept a handful of ids as ids instead of a bit set).
    [Fact]
    public void A_one_megabyte_rule_file_is_checked_in_bounded_memory()
    {
        using var folder = new TempFolder();
        var result = LimitCases.BigRuleFile(folder.Path, 1_000_000);
        Assert.True(result.Figures.ExitCode == 0, result.ToString());
        Assert.Contains("ok: ", result.Figures.Stdout);
        Assert.InRange(result.Figures.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(120));
        Assert.InRange(result.Figures.PeakBytes, 0, Gigabyte);
    }

    [Fact]
    public void Ten_thousand_files_in_a_folder_are_all_processed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["word.rules"], "pack T\nrule r: قوات => M()\n");
        var result = LimitCases.ManyFiles(folder.Path, 10_000, folder["word.rules"]);
        Assert.Equal(0, result.Figures.ExitCode);
        Assert.InRange(result.Figures.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(180));
        Assert.InRange(result.Figures.PeakBytes, 0, 2 * Gigabyte);
        Assert.Equal(10_000, File.ReadLines(folder["many.jsonl"]).Select(line => line.Split("\"doc\":\"")[1].Split('"')[0]).Distinct().Count());
    }
}
