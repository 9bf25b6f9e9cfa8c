using System.Text.Json;

namespace Extract.Cli.Tests;

/// <summary>extract analyze: one JSON line per token, or CoNLL-U, with exact offsets whatever the input.</summary>
public sealed class AnalyzeTests
{
    [Fact]
    public void Each_token_is_a_JSON_line_with_its_segmentations_best_first()
    {
        const string text = "وسيطرت القوات عليها.";
        var result = ExtractProcess.Run("{\"id\":\"d1\",\"text\":\"" + text + "\"}\n", "analyze", "--input-format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var tokens = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(4, tokens.Count);
        foreach (var token in tokens)
        {
            int start = token.GetProperty("start").GetInt32(), end = token.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], token.GetProperty("text").GetString());
            foreach (var segmentation in token.GetProperty("segmentations").EnumerateArray())
                foreach (var segment in segmentation.EnumerateArray())
                    Assert.Equal(text[segment.GetProperty("start").GetInt32()..segment.GetProperty("end").GetInt32()], segment.GetProperty("text").GetString());
        }
        var best = tokens[2].GetProperty("segmentations")[0].EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["علي", "ها"], best);
    }

    [Fact]
    public void CoNLL_U_splits_clitics_into_syntactic_words_under_a_multiword_range()
    {
        var result = ExtractProcess.Run("{\"id\":\"d1\",\"text\":\"وسيطرت القوات عليها.\"}\n", "analyze", "--input-format", "jsonl", "--format", "conllu");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1-2\tوسيطرت", result.Stdout);
        Assert.Contains("4-5\tعليها", result.Stdout);
        Assert.Contains("5\tها\t", result.Stdout);
    }

    [Fact]
    public void Invalid_UTF8_is_replaced_and_reported_once_with_its_byte_offset()
    {
        string folder = ExtractProcess.TempFolder();
        string path = Path.Combine(folder, "broken.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "نص "u8.ToArray(), 0xFF, 0xFE, .. " سليم\r\n\0آخر"u8.ToArray()]);
        var result = ExtractProcess.Run(null, "analyze", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("broken.txt: warning: invalid UTF-8 at byte 8", result.Stderr);
        Assert.Contains("\"text\":\"سليم\"", result.Stdout);
        Assert.Contains("\"text\":\"آخر\"", result.Stdout);
    }

    [Fact]
    public void An_empty_file_gives_no_tokens_and_a_missing_one_exits_3()
    {
        string folder = ExtractProcess.TempFolder();
        string empty = Path.Combine(folder, "empty.txt");
        File.WriteAllText(empty, "");
        var ok = ExtractProcess.Run(null, "analyze", empty);
        Assert.Equal((0, ""), (ok.ExitCode, ok.Stdout));
        var missing = ExtractProcess.Run(null, "analyze", Path.Combine(folder, "nope.txt"));
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("nope.txt: error: no such file", missing.Stderr);
    }
}
