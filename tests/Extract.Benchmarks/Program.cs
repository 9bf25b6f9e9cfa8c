using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The benchmark project compiles the shipped pack with the source generator, which takes about a minute
// on a 2-core machine: BenchmarkDotNet's default two-minute build timeout is too short for that.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
