namespace Extract.Cli.Tests;

/// <summary>extract check, test and explain: the linguist's loop.</summary>
public sealed class RuleToolsTests
{
    private static string Write(string name, string text)
    {
        string path = Path.Combine(ExtractProcess.TempFolder(), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_reports_five_mistakes_with_their_lines_and_columns()
    {
        string path = Write("five.rules", """
            pack Demo
            list Force = قوات | الجيش
            rule a:
                X:Forse سيطر على Y
                => Control(controller: X, controlled: Y)
            rule b:
                "سيطر على Y
                => Control(controlled: Y)
            rule c:
                (X سيطر على Y
                => Control(controller: X, controlled: Y)
            rule d:
                X سيطر على Y
                => Control(controller: Z, controlled: Y)
            rule e:
                X سيطر على _{3,1} Y
                => Control(controller: X, controlled: Y)
            """);
        var result = ExtractProcess.Run(null, "check", "--rules", path);
        Assert.Equal(1, result.ExitCode);
        var errors = result.Stdout.Split('\n').Where(line => line.Contains(": error EXT")).ToList();
        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("five.rules(4,"));
        Assert.Contains(errors, e => e.Contains("five.rules(7,"));
        Assert.Contains(errors, e => e.Contains("five.rules(10,"));
        Assert.Contains(errors, e => e.Contains("five.rules(14,"));
        Assert.Contains(errors, e => e.Contains("five.rules(16,"));
        Assert.Contains("did you mean 'Force'", result.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Test_runs_examples_and_explains_a_failure()
    {
        string path = Write("t.rules", """
            pack Demo
            rule r:
                X سيطر على Y
                => Control(controller: X, controlled: Y)
                example "الجيش سيطر على المدينة" => controller "الجيش", controlled "المدينة"
                example "الجيش استولى على المدينة" => controller "الجيش", controlled "المدينة"
            """);
        var result = ExtractProcess.Run(null, "test", "--rules", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 passed, 1 failed", result.Stdout);
        Assert.Contains("t.rules(6,", result.Stdout);
    }

    [Fact]
    public void Explain_traces_a_rule_and_lists_a_lexeme()
    {
        string path = Write("e.rules", "pack Demo\nrule r:\n    X ~سيطر على Y\n    => Control(controller: X, controlled: Y)\n");
        var trace = ExtractProcess.Run(null, "explain", "--rules", path, "--rule", "r", "قالت المصادر إن الجيش سيطرت على المدينة");
        Assert.Equal(0, trace.ExitCode);
        Assert.Contains("rule r:", trace.Stdout);
        Assert.Contains("=> Control(", trace.Stdout);
        var lemma = ExtractProcess.Run(null, "explain", "--lemma", "سيطر");
        Assert.Contains("يسيطرون", lemma.Stdout);
        Assert.Contains("السيطرة", lemma.Stdout);
    }

    [Fact]
    public void Explain_says_an_attempt_that_ran_out_of_text_stopped_at_its_end()
    {
        string path = Write("end.rules", "pack Demo\nrule r:\n    X (دخل | دخلت) Y\n    => Enter(who: X, where: Y)\n");
        var trace = ExtractProcess.Run(null, "explain", "--rules", path, "--rule", "r", "ثم دخلت القوات المدينة");
        Assert.Equal(0, trace.ExitCode);
        Assert.Contains("stopped at the end of the text: expected", trace.Stdout);
        Assert.DoesNotContain("token -1", trace.Stdout);
    }
}

/// <summary>extract eval: the linguist's daily loop against gold data.</summary>
public sealed class EvalTests
{
    [Fact]
    public void Eval_prints_figures_per_relation_and_tier_and_lists_misses_and_false_hits()
    {
        string folder = ExtractProcess.TempFolder();
        string rules = Path.Combine(folder, "r.rules");
        File.WriteAllText(rules, "pack Demo\nrule r:\n    X سيطر على Y\n    => Control(controller: X, controlled: Y, status: asserted)\n");
        string gold = Path.Combine(folder, "gold.jsonl");
        File.WriteAllText(gold, """
            {"doc":"d1","id":"G1","tier":"core","relation":"Control","controller":{"core":["الجيش"],"max":["الجيش"]},"controlled":{"core":["المدينة"],"max":["المدينة"]},"status":"asserted"}
            {"doc":"d2","id":"G2","tier":"hard","relation":"Control","controller":{"core":["القوات"],"max":["القوات"]},"controlled":{"core":["البلدة"],"max":["البلدة"]},"status":"asserted"}
            """);
        string input = Path.Combine(folder, "in.jsonl");
        File.WriteAllText(input, """
            {"id":"d1","text":"قالت المصادر إن الجيش سيطر على المدينة."}
            {"id":"d2","text":"دخلت القوات البلدة."}
            {"id":"d3","text":"الشرطة سيطر على الحريق."}
            """);
        var text = ExtractProcess.Run(null, "eval", "--rules", rules, "--gold", gold, "--input-format", "jsonl", input);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("tier core", text.Stdout);
        Assert.Contains("misses (1)", text.Stdout);
        Assert.Contains("G2", text.Stdout);
        Assert.Contains("false hits (1)", text.Stdout);
        var json = ExtractProcess.Run(null, "eval", "--rules", rules, "--gold", gold, "--input-format", "jsonl", "--format", "json", input);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, parsed.RootElement.ValueKind);
    }
}

/// <summary>extract bench: which rule costs what.</summary>
public sealed class BenchTests
{
    [Fact]
    public void Bench_reports_throughput_and_time_and_hits_per_rule()
    {
        string folder = ExtractProcess.TempFolder();
        string rules = Path.Combine(folder, "r.rules");
        File.WriteAllText(rules, "pack Demo\nrule control: X سيطر على Y => Control(controller: X, controlled: Y)\nrule enter: X دخل Y => Enter(who: X, where: Y)\n");
        string input = string.Concat(Enumerable.Range(0, 20).Select(i => "{\"id\":\"d" + i + "\",\"text\":\"قالت المصادر إن الجيش سيطر على المدينة.\"}\n"));
        var result = ExtractProcess.Run(input, "bench", "--rules", rules, "--input-format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("20 documents", result.Stdout);
        Assert.Contains("MB/s", result.Stdout);
        var control = result.Stdout.Split('\n').Single(line => line.StartsWith("control "));
        Assert.Contains(" 20 ", control);
        Assert.Contains(result.Stdout.Split('\n'), line => line.StartsWith("enter ") && line.Contains(" 0 "));
    }

    [Fact]
    public void Bench_on_a_missing_file_or_an_empty_input_says_why_and_prints_no_figures()
    {
        string missing = Path.Combine(ExtractProcess.TempFolder(), "nope.jsonl");
        var result = ExtractProcess.Run("", "bench", "--input-format", "jsonl", missing);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("nope.jsonl: error: no such file", result.Stderr);
        Assert.DoesNotContain("MB/s", result.Stdout);

        var empty = ExtractProcess.Run("", "bench", "--input-format", "jsonl", "-");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("error: no documents in the input", empty.Stderr);
        Assert.DoesNotContain("NaN", empty.Stdout);
    }
}
