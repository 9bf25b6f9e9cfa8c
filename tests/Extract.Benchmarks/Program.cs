using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Extract.Benchmarks;
using Extract.Benchmarks.Regex;

if (args is ["generate-regex-comparison"])
{
    string folder = Path.GetFullPath(Path.Combine(ShippedRules.RepositoryRoot(), "tests", "Extract.Benchmarks", "Regex"));
    RegexComparisonRules.Write(folder);
    Console.WriteLine($"wrote regex-comparison.rules and RegexRules.g.cs in {folder}");
    return;
}

if (args is ["check-regex-comparison", ..])
{
    new RegexComparisonBenchmarks().Setup(args.Length > 1 ? int.Parse(args[1]) : AntCorpus.SampleSize());
    return;
}

// The benchmark project compiles rule packs with the source generator, which takes about a minute
// on a 2-core machine: BenchmarkDotNet's default two-minute build timeout is too short for that.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
