using System.Text.Json;

namespace Extract.Cli.Tests;

/// <summary>extract run, as a user runs it: rules in a file, text in, relations out.</summary>
public sealed class RunTests
{
    private const string Sentence = "قالت المصادر إن الجيش سيطر على المدينة.";

    private static string SmallestRule()
    {
        string folder = ExtractProcess.TempFolder();
        string path = Path.Combine(folder, "demo.rules");
        File.WriteAllText(path, "pack Demo\nX سيطر على Y\n");
        return path;
    }

    [Fact]
    public void The_smallest_rule_yields_one_Match_with_exact_offsets()
    {
        var result = ExtractProcess.Run("{\"id\":\"d1\",\"text\":\"" + Sentence + "\"}\n",
            "run", "--rules", SmallestRule(), "--input-format", "jsonl", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var match = Assert.Single(lines);
        using var json = JsonDocument.Parse(match);
        var root = json.RootElement;
        Assert.Equal("d1", root.GetProperty("doc").GetString());
        Assert.Equal("Match", root.GetProperty("relation").GetString());
        foreach (var (role, text) in new[] { ("X", "الجيش"), ("Y", "المدينة") })
        {
            var argument = root.GetProperty("args").GetProperty(role);
            int start = argument.GetProperty("start").GetInt32(), end = argument.GetProperty("end").GetInt32();
            Assert.Equal(text, argument.GetProperty("text").GetString());
            Assert.Equal(text, Sentence[start..end]);
        }
    }

    [Fact]
    public void Pretty_output_shows_controller_arrow_controlled_and_the_marked_sentence()
    {
        var result = ExtractProcess.Run("{\"id\":\"d1\",\"text\":\"" + Sentence + "\"}\n",
            "run", "--rules", SmallestRule(), "--input-format", "jsonl", "--format", "pretty");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("الجيش → المدينة", result.Stdout);
        Assert.Contains("⟦الجيش سيطر على المدينة⟧", result.Stdout);
    }

    [Fact]
    public void A_bad_JSONL_line_is_reported_with_its_number_and_the_rest_is_processed()
    {
        string input = "{\"id\":\"a\",\"text\":\"" + Sentence + "\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"" + Sentence + "\"}\n";
        var result = ExtractProcess.Run(input, "run", "--rules", SmallestRule(), "--input-format", "jsonl", "--format", "jsonl");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("stdin", result.Stderr.Replace("-(", "stdin("));
        Assert.Contains("(2): error: the line is not valid JSON", result.Stderr);
        Assert.Contains("(3): error: the line has no string field \"text\"", result.Stderr);
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Other_JSONL_shapes_are_read_with_text_field_and_id_field()
    {
        var result = ExtractProcess.Run("{\"key\":7,\"body\":\"" + Sentence + "\"}\n",
            "run", "--rules", SmallestRule(), "--input-format", "jsonl", "--text-field", "body", "--id-field", "key", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"doc\":\"7\"", result.Stdout);
    }

    [Fact]
    public void Splitting_the_input_running_the_parts_and_concatenating_equals_one_run()
    {
        string rules = SmallestRule();
        var lines = Enumerable.Range(0, 40).Select(i =>
            "{\"id\":\"d" + i + "\",\"text\":\"" + (i % 3 == 0 ? "نص بلا علاقة" : Sentence) + "\"}").ToList();
        var whole = ExtractProcess.Run(string.Join("\n", lines) + "\n", "run", "--rules", rules, "--input-format", "jsonl", "--format", "jsonl");
        var parts = lines.Chunk(13).Select(part =>
            ExtractProcess.Run(string.Join("\n", part) + "\n", "run", "--rules", rules, "--input-format", "jsonl", "--format", "jsonl").Stdout);
        Assert.Equal(whole.Stdout, string.Concat(parts));
        var parallel = ExtractProcess.Run(string.Join("\n", lines) + "\n", "run", "--rules", rules, "--input-format", "jsonl", "--format", "jsonl", "--parallel", "2");
        Assert.Equal(whole.Stdout, parallel.Stdout);
    }

    [Fact]
    public void Output_is_written_atomically_and_a_missing_folder_is_a_clear_error()
    {
        string folder = ExtractProcess.TempFolder();
        string output = Path.Combine(folder, "out.jsonl");
        var ok = ExtractProcess.Run("{\"id\":\"d1\",\"text\":\"" + Sentence + "\"}\n",
            "run", "--rules", SmallestRule(), "--input-format", "jsonl", "--output", output);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("\"relation\":\"Match\"", File.ReadAllText(output));
        Assert.Equal(["out.jsonl"], Directory.GetFiles(folder).Select(Path.GetFileName));

        var missing = ExtractProcess.Run("", "run", "--rules", SmallestRule(), "--output", Path.Combine(folder, "no", "such", "out.jsonl"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr);
    }

    [Fact]
    public void Rule_errors_exit_1_with_canonical_locations_and_leave_the_previous_output()
    {
        string folder = ExtractProcess.TempFolder();
        string rules = Path.Combine(folder, "bad.rules");
        File.WriteAllText(rules, "pack Demo\nX سيطر على (Y\n");
        string output = Path.Combine(folder, "out.jsonl");
        File.WriteAllText(output, "previous\n");
        var result = ExtractProcess.Run("", "run", "--rules", rules, "--output", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.rules(2,", result.Stderr);
        Assert.Contains("error EXT", result.Stderr);
        Assert.Equal("previous\n", File.ReadAllText(output));
    }

    [Fact]
    public void A_missing_input_exits_3_and_the_others_are_processed()
    {
        string folder = ExtractProcess.TempFolder();
        string good = Path.Combine(folder, "good.txt");
        File.WriteAllText(good, Sentence);
        var result = ExtractProcess.Run(null, "run", "--rules", SmallestRule(), "--format", "jsonl", Path.Combine(folder, "missing.txt"), good);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("missing.txt: error: no such file", result.Stderr);
        Assert.Contains("\"relation\":\"Match\"", result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Usage_errors_exit_2_and_every_verb_has_help_with_an_example()
    {
        Assert.Equal(2, ExtractProcess.Run("", "run", "--format", "yaml").ExitCode);
        foreach (var verb in new[] { "run", "analyze", "check", "test", "explain" })
        {
            var help = ExtractProcess.Run(null, verb, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Example: extract " + verb, help.Stdout);
        }
    }
}
