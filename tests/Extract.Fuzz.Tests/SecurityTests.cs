using Extract.Fuzz.Limits;

namespace Extract.Fuzz.Tests;

/// <summary>No rule file can make extract read outside its pack folder; output is deterministic to the byte.</summary>
public sealed class SecurityTests
{
    private static readonly string[] Outside = ["../../etc/passwd", "/etc/passwd", "lists/../../../etc/passwd", "..\\..\\etc\\passwd", "C:/Windows/win.ini"];

    [Fact]
    public void A_list_file_outside_the_pack_folder_is_an_error_and_is_not_read()
    {
        using var folder = new TempFolder();
        string rules = folder["pack.rules"];
        File.WriteAllText(rules, "pack T\n" + string.Concat(Outside.Select((path, i) => $"list Secret{i} from \"{path}\"\n"))
            + "rule r: X:Secret0 Secret1 Secret2 Secret3 Secret4 => M(x: X)\n");

        var result = ExtractRun.Run(TimeSpan.FromMinutes(1), "check", "--rules", rules);

        Assert.Equal(1, result.ExitCode);
        for (int i = 0; i < Outside.Length; i++)
            Assert.Contains($"pack.rules({i + 2},1): error EXT0302: list file \"{Outside[i]}\" is outside the pack folder", result.Stdout);
        Assert.DoesNotContain("root:", result.Stdout + result.Stderr);
    }

    [Fact]
    public void Two_runs_and_four_threads_give_the_same_output_bytes()
    {
        using var folder = new TempFolder();
        string input = folder["articles.jsonl"];
        File.WriteAllLines(input, File.ReadLines(Path.Combine(Inputs.Corpus.Root!, "tests", "data", "gold", "ant-articles.jsonl")).Take(2));
        byte[] Run(string name, string threads)
        {
            var result = ExtractRun.Run(TimeSpan.FromMinutes(2), "run", "--input-format", "jsonl", "--format", "jsonl", "--parallel", threads, "--output", folder[name], input);
            Assert.Equal(0, result.ExitCode);
            return File.ReadAllBytes(folder[name]);
        }
        var first = Run("one.jsonl", "1");
        Assert.NotEmpty(first);
        Assert.Equal(first, Run("two.jsonl", "1"));
        Assert.Equal(first, Run("four.jsonl", "4"));
    }
}
