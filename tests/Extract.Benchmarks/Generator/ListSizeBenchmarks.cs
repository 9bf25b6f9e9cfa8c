using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extract.Generators.Emission;
using Extract.Language.Model;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// A pack with a 100,000-entry list: the emitted file's size (printed at setup) and the emitter's time.
/// Lists become compact tables (one int[] per list), never code.
/// Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter *ListSize*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ListSizeBenchmarks
{
    private RuleProgram program = null!;

    [GlobalSetup]
    public void Setup()
    {
        program = SyntheticPacks.BigList(100_000);
        var source = Emitter.Emit(program, "App");
        Console.WriteLine($"// 100,000-entry list: emitted {source.Length / 1024.0:F0} KiB of C#, {source.Count(c => c == '\n')} lines");
    }

    [Benchmark]
    public int EmitHundredThousandEntryList() => Emitter.Emit(program, "App").Length;
}
