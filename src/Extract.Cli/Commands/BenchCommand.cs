using System.CommandLine;
using System.Diagnostics;
using Extract.Analysis;
using Extract.Cli.Input;
using Extract.Cli.Packs;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Cli.Commands;

/// <summary>
/// <c>extract bench</c>: throughput of a pack on a corpus — analysis alone (the floor), analysis plus
/// matching — and, for a pack given with --rules, each rule's time and hit count: which rule costs what.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Files();
        var rules = CommonOptions.Rules();
        var inputFormat = CommonOptions.InputFormat();
        var textField = CommonOptions.TextField();
        var idField = CommonOptions.IdField();
        var limit = new Option<int>("--limit") { Description = "Read at most N documents (0: all).", DefaultValueFactory = _ => 0 };
        var command = new Command("bench", """
            Measures a pack on a corpus: MB/s of analysis alone and of analysis plus matching (steady state: after a warm-up, the median of five rounds), then (with --rules) time and hits per rule.
            Example: extract bench --input-format jsonl ../shared/data/ant-news/ant-news-dev.jsonl.gz
                     extract bench --rules rules/ar --input-format jsonl --limit 2000 ../shared/data/ant-news/ant-news-dev.jsonl.gz
            """) { files, rules, inputFormat, textField, idField, limit };
        command.SetAction(result =>
        {
            var errors = new ErrorReport(Console.Error);
            IRulePack? pack;
            InterpretedPack? interpreted = null;
            if (result.GetValue(rules) is { } path)
            {
                var loaded = PackLoader.Load(path);
                if (PackLoader.Report(loaded, Console.Error)) return ExitCodes.RuleErrors;
                pack = interpreted = loaded.Pack;
            }
            else pack = PackLoader.Shipped(Console.Error);
            if (pack is null) return ExitCodes.RuleErrors;

            var reader = new DocumentReader(CommonOptions.InputOptionsFrom(result, inputFormat, textField, idField), errors);
            int max = result.GetValue(limit);
            var texts = new List<string>();
            foreach (var document in reader.Read(result.GetValue(files) ?? []))
            {
                texts.Add(document.Text);
                if (max > 0 && texts.Count >= max) break;
            }
            if (texts.Count == 0)
            {
                // Nothing to measure: no figures (they would be NaN), only why.
                if (!reader.HadInputErrors) errors.Error("extract bench", "no documents in the input: give files, folders or JSONL with texts");
                return reader.HadInputErrors ? ExitCodes.UnreadableInput : ExitCodes.Usage;
            }
            double megabytes = texts.Sum(t => (double)System.Text.Encoding.UTF8.GetByteCount(t)) / (1 << 20);
            Console.Out.WriteLine($"{texts.Count:N0} documents, {megabytes:F1} MB of UTF-8; pack {pack.Name} ({pack.Rules.Count} rules{(interpreted is null ? ", compiled" : ", interpreted")})");

            // Steady state, as BenchmarkDotNet measures it: warm-up passes over the documents, so that the
            // JIT has compiled and optimized the analyzer and the pack (the generated code is large, and a
            // rule that fires in few documents reaches its optimized code late), then rounds of each
            // measure, alternating; the median round is reported.
            var documents = texts.Take(WarmUpDocuments).ToList();
            Document? reuse = null;
            for (int pass = 0; pass < WarmUpPasses; pass++)
                foreach (var text in documents) { reuse = TextAnalyzer.Default.Analyze(text, "", reuse); pack.Match(reuse); }
            Console.Out.WriteLine($"(after {WarmUpPasses} warm-up passes over {documents.Count:N0} documents; median of {Rounds} rounds)");
            var analysis = new List<TimeSpan>();
            var matching = new List<TimeSpan>();
            long relations = 0;
            for (int round = 0; round < Rounds; round++)
            {
                analysis.Add(Measure(() => { foreach (var text in texts) reuse = TextAnalyzer.Default.Analyze(text, "", reuse); }));
                relations = 0;
                matching.Add(Measure(() => { foreach (var text in texts) { reuse = TextAnalyzer.Default.Analyze(text, "", reuse); relations += pack.Match(reuse).Count; } }));
            }
            double analysisSeconds = Median(analysis), totalSeconds = Median(matching);
            Console.Out.WriteLine($"analysis alone        {analysisSeconds,8:F3} s  {megabytes / analysisSeconds,8:F2} MB/s");
            Console.Out.WriteLine($"analysis + matching   {totalSeconds,8:F3} s  {megabytes / totalSeconds,8:F2} MB/s  ({relations:N0} relations; matching is {100 * (1 - analysisSeconds / totalSeconds):F0} % of the time)");
            if (interpreted is not null) PerRule(interpreted, texts);
            return reader.HadInputErrors ? ExitCodes.UnreadableInput : ExitCodes.Success;
        });
        return command;
    }

    // Each rule alone over every document (analysis done once per document, outside the timings).
    private static void PerRule(InterpretedPack pack, List<string> texts)
    {
        var rules = pack.Program.Rules;
        var time = new long[rules.Count];
        var hits = new long[rules.Count];
        Document? reuse = null;
        foreach (var text in texts)
        {
            reuse = TextAnalyzer.Default.Analyze(text, "", reuse);
            for (int r = 0; r < rules.Count; r++)
            {
                long start = Stopwatch.GetTimestamp();
                hits[r] += pack.Interpreter.MatchRule(reuse, r).Count;
                time[r] += Stopwatch.GetTimestamp() - start;
            }
        }
        double total = Math.Max(1, time.Sum());
        Console.Out.WriteLine();
        Console.Out.WriteLine($"{"rule",-28} {"hits",8} {"ms",10} {"share",7}");
        foreach (int r in Enumerable.Range(0, rules.Count).OrderByDescending(r => time[r]))
            Console.Out.WriteLine($"{rules[r].Name,-28} {hits[r],8:N0} {time[r] * 1000.0 / Stopwatch.Frequency,10:F1} {100 * time[r] / total,6:F1}%");
    }

    private const int WarmUpDocuments = 2_000;
    private const int WarmUpPasses = 3;
    private const int Rounds = 5;

    private static double Median(List<TimeSpan> rounds) => rounds.Select(round => round.TotalSeconds).Order().ElementAt(rounds.Count / 2);

    private static TimeSpan Measure(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }
}
