namespace Extract.Cli.Tests;

/// <summary>--parallel N: results in input order, on N dedicated threads, errors where they happened.</summary>
public class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_however_long_each_takes()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 500), i =>
        {
            Thread.SpinWait((i * 7919) % 20_000);
            return i * 2;
        }, threads: 3, CancellationToken.None).ToList();
        Assert.Equal(Enumerable.Range(0, 500), results.Select(r => r.Item));
        Assert.All(results, r => Assert.Equal(r.Item * 2, r.Result));
    }

    [Fact]
    public void The_work_runs_on_exactly_the_requested_number_of_threads()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 2_000), i => threads[Environment.CurrentManagedThreadId] = true, threads: 2, CancellationToken.None)) { }
        Assert.InRange(threads.Count, 1, 2);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads.Keys);
    }

    [Fact]
    public void An_error_surfaces_at_its_item_after_the_results_before_it()
    {
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var (item, _) in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 40 ? throw new InvalidOperationException("item 40") : i, threads: 2, CancellationToken.None))
                seen.Add(item);
        });
        Assert.Equal("item 40", error.Message);
        Assert.Equal(Enumerable.Range(0, 40), seen);
    }
}
