using Extract.Fuzz;
using Extract.Fuzz.Inputs;
using Extract.Fuzz.Limits;
using Extract.Fuzz.Targets;

// dotnet run -c Release --project tests/Extract.Fuzz -- TARGET [--iterations N] [--seconds S] [--seed SEED] [--threads T] [--ant PATH] [--scale F] [--limits LIST]
IFuzzTarget[] targets = [new ParserTarget(), new AnalyzerTarget(), new JsonlTarget(), new GeneratorTarget()];
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("""
        Extract.Fuzz: long fuzzing runs and resource-limit figures (dotnet test runs the same targets with a small budget).
        Usage: Extract.Fuzz TARGET [--iterations N] [--seconds S] [--seed SEED] [--threads T] [--ant PATH] [--scale F] [--limits LIST]
          TARGET      parser | analyzer | jsonl | generator | limits | all
          --seconds   run each target this long (default: --iterations, 10000)
          --seed      replay a CsCheck seed printed by a failure
          --ant       a JSONL(.gz) news corpus whose lines are mutated (or set EXTRACT_ANT_NEWS)
          --scale     limits: input sizes as a fraction of the issue's (1 = 100 MB line, 10 MB rule file…)
          --limits    limits: which of single,dense,nested,list,rules,files (default all)
        Exit code 1 when a target finds a failure; it prints the minimal input and the seed.
        """);
    return 0;
}
string target = args[0];
long iterations = 10_000;
int seconds = 0, threads = 1;
string? seed = null;
double scale = 1;
string[] only = ["single", "dense", "nested", "list", "rules", "files"];
for (int i = 1; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--iterations": iterations = long.Parse(args[i + 1]); break;
        case "--seconds": seconds = int.Parse(args[i + 1]); break;
        case "--seed": seed = args[i + 1]; break;
        case "--threads": threads = int.Parse(args[i + 1]); break;
        case "--ant": Corpus.AntPath = args[i + 1]; break;
        case "--scale": scale = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--limits": only = args[i + 1].Split(','); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}
int failures = 0;
var budget = new FuzzBudget(iterations, seconds, seed, threads);
foreach (var fuzz in targets.Where(t => target == "all" || target == t.Name))
{
    Console.WriteLine($"{fuzz.Name}: running ({(seconds > 0 ? $"{seconds} s" : $"{iterations:N0} cases")}, {Corpus.News.Count:N0} news texts, {Corpus.ShippedRules.Count} shipped rule files)…");
    var report = fuzz.Run(budget);
    Console.WriteLine(report);
    if (report.Failure is not null) failures++;
}
if (target is "limits" or "all")
{
    string folder = Path.Combine(Path.GetTempPath(), "extract-limits-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    try
    {
        Console.WriteLine("| limit | input | time | peak memory | outcome |\n|---|---|---|---|---|");
        if (only.Contains("single")) Console.WriteLine(LimitCases.SingleLine(folder, (long)(100_000_000 * scale)));
        if (only.Contains("dense")) Console.WriteLine(LimitCases.SingleLine(folder, (long)(1_000_000 * scale), dense: true));
        if (only.Contains("nested")) Console.WriteLine(LimitCases.NestedRule(folder, 1000));
        if (only.Contains("list")) Console.WriteLine(LimitCases.LongList(folder, (int)(100_000 * scale)));
        if (only.Contains("rules")) Console.WriteLine(LimitCases.BigRuleFile(folder, (long)(10_000_000 * scale)));
        if (only.Contains("files")) Console.WriteLine(LimitCases.ManyFiles(folder, (int)(10_000 * scale)));
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}
else if (!targets.Any(t => t.Name == target))
{
    Console.Error.WriteLine($"unknown target {target}: parser, analyzer, jsonl, generator, limits or all");
    return 2;
}
return failures > 0 ? 1 : 0;
