using System.Text;
using System.Text.Json;
using Extract.Fuzz.Limits;

namespace Extract.Fuzz.Tests;

/// <summary>
/// Faults: a run interrupted by SIGINT or SIGTERM leaves the previous output or a complete new one,
/// never a partial file; an unreadable input among many is reported and the others are processed.
/// </summary>
public sealed class FaultTests
{
    private const string Sentence = "وقالت المصادر إن قوات النظام سيطرت صباح اليوم على حي الشيخ مقصود في مدينة حلب.";

    private static bool Signal(int pid, int signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, pid.ToString()]);
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(2, true)]
    [InlineData(15, false)]
    public async Task An_interrupted_run_leaves_the_previous_output_or_a_complete_one(int signal, bool previous)
    {
        // A shell starts background jobs with SIGINT ignored, and extract inherits that: nothing to test then.
        if (!OperatingSystem.IsLinux() || Ignored(signal)) return;
        using var folder = new TempFolder();
        string input = folder["big.jsonl"], output = folder["out.jsonl"];
        using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
            for (int i = 0; i < 40_000; i++) writer.Write($"{{\"id\":\"d{i}\",\"text\":\"{Sentence} {Sentence}\"}}\n");
        if (previous) File.WriteAllText(output, "previous\n");

        using var process = ExtractRun.Start("run", "--input-format", "jsonl", "--format", "jsonl", "--output", output, input);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        // Wait until the run is under way (its temporary output exists), then interrupt it.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited && !Directory.EnumerateFiles(folder.Path, ".out.jsonl.*.tmp").Any()) Thread.Sleep(10);
        Thread.Sleep(300);
        bool interrupted = !process.HasExited && Signal(process.Id, signal);
        Assert.True(process.WaitForExit(120_000), "extract did not stop after the signal");

        Assert.Empty(Directory.EnumerateFiles(folder.Path, ".out.jsonl.*"));
        if (interrupted && process.ExitCode != 0)
        {
            Assert.Contains("interrupted", await stderr);
            if (previous) Assert.Equal("previous\n", File.ReadAllText(output));
            else Assert.False(File.Exists(output), "a partial output was left");
        }
        else AssertComplete(output, 40_000);
    }

    // The signals this process ignores (SigIgn in /proc/self/status), which the extract it starts inherits.
    private static bool Ignored(int signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line[7..].Trim(), 16) & (1UL << (signal - 1))) != 0;
    }

    // Every line is JSON, the file ends with a line break, and every document of the input is there.
    private static void AssertComplete(string output, int documents)
    {
        string text = File.ReadAllText(output);
        Assert.EndsWith("\n", text);
        var ids = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("doc").GetString()).ToHashSet();
        Assert.Equal(documents, ids.Count);
    }

    [Fact]
    public void An_unreadable_input_among_many_is_reported_and_the_others_are_processed()
    {
        using var folder = new TempFolder();
        var inputs = Enumerable.Range(0, 5).Select(i => folder[$"{i}.txt"]).ToList();
        foreach (var path in inputs) File.WriteAllText(path, Sentence);
        // Root reads any file whatever its mode: there, a folder named like a file stands for the unreadable input.
        if (Environment.UserName == "root" || !OperatingSystem.IsLinux())
        {
            File.Delete(inputs[2]);
            Directory.CreateDirectory(inputs[2]);
        }
        else File.SetUnixFileMode(inputs[2], UnixFileMode.None);
        string output = folder["out.jsonl"];

        var result = ExtractRun.Run(TimeSpan.FromMinutes(2), ["run", "--format", "jsonl", "--output", output, .. inputs]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("2.txt: error:", result.Stderr);
        var documents = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("doc").GetString()).Distinct().ToList();
        Assert.Equal(inputs.Where((_, i) => i != 2), documents);
    }
}
