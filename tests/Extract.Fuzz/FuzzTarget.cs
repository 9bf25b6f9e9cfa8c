using System.Diagnostics;
using CsCheck;

namespace Extract.Fuzz;

/// <summary>How much fuzzing to do: a number of cases or a time, from a seed (random when null).</summary>
/// <param name="Iterations">Cases to run when <paramref name="Seconds"/> is 0.</param>
/// <param name="Seconds">Run for this long instead of a number of cases.</param>
/// <param name="Seed">A CsCheck seed, to replay a run; null for a fresh one.</param>
/// <param name="Threads">Threads CsCheck samples on.</param>
public sealed record FuzzBudget(long Iterations, int Seconds = 0, string? Seed = null, int Threads = 1);

/// <summary>What a run found: cases run, time taken, and the failure (minimal input, seed) if any.</summary>
public sealed record FuzzReport(string Target, long Cases, TimeSpan Elapsed, string? Failure, string Summary = "")
{
    public override string ToString() =>
        $"{Target}: {Cases:N0} cases in {Elapsed.TotalSeconds:F1} s{Summary}, " + (Failure is null ? "no failure" : "FAILED\n" + Failure);
}

/// <summary>A fuzz target: random inputs and the laws each must keep; a broken law or an unexpected exception throws.</summary>
public interface IFuzzTarget
{
    string Name { get; }

    /// <summary>Runs the target within <paramref name="budget"/>; the report holds the shrunk failing input and its seed.</summary>
    FuzzReport Run(FuzzBudget budget);
}

/// <summary>A target over inputs of type <typeparamref name="T"/>, sampled and shrunk by CsCheck.</summary>
public abstract class FuzzTarget<T> : IFuzzTarget
{
    /// <summary>How long one case may take before it counts as a hang.</summary>
    public static TimeSpan CaseTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public abstract string Name { get; }

    /// <summary>The inputs.</summary>
    public abstract Gen<T> Inputs { get; }

    /// <summary>Checks one input; throws <see cref="LawBroken"/> (or anything else, which is a crash) when it fails.</summary>
    public abstract void Check(T input);

    /// <summary>What the cases reached (for example how many compiled), for the report.</summary>
    public virtual string Summary => "";

    /// <summary>The input as a reader (and a regression test) needs it.</summary>
    public virtual string Show(T input) => Printing.Escape(input?.ToString() ?? "null");

    public FuzzReport Run(FuzzBudget budget)
    {
        long cases = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            Inputs.Sample(input =>
            {
                Interlocked.Increment(ref cases);
                using var watchdog = Watchdog.Start(CaseTimeout, () => $"{Name}: one case ran longer than {CaseTimeout.TotalSeconds} s (a hang) on input:\n{Show(input)}");
                Check(input);
            }, seed: budget.Seed, iter: budget.Iterations, time: budget.Seconds > 0 ? budget.Seconds : -1, threads: budget.Threads, print: Show);
            return new FuzzReport(Name, cases, clock.Elapsed, null, Summary);
        }
        catch (CsCheckException exception)
        {
            return new FuzzReport(Name, cases, clock.Elapsed, exception.Message + "\n" + exception.InnerException?.Message, Summary);
        }
    }
}

/// <summary>A law the target checks did not hold.</summary>
public sealed class LawBroken(string message) : Exception(message)
{
    public static void Unless(bool condition, Func<string> message)
    {
        if (!condition) throw new LawBroken(message());
    }
}

/// <summary>Ends the process with the input when a case hangs: a hang must not pass as a slow success.</summary>
internal sealed class Watchdog : IDisposable
{
    private readonly Timer _timer;

    private Watchdog(TimeSpan timeout, Func<string> describe) =>
        _timer = new Timer(_ =>
        {
            Console.Error.WriteLine(describe());
            Environment.Exit(3);
        }, null, timeout, Timeout.InfiniteTimeSpan);

    public static Watchdog Start(TimeSpan timeout, Func<string> describe) => new(timeout, describe);

    public void Dispose() => _timer.Dispose();
}
