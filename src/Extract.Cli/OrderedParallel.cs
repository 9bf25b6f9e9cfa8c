using System.Collections.Concurrent;

namespace Extract.Cli;

/// <summary>
/// Maps a stream of items on N threads and yields the results in input order, holding at most a
/// bounded window of items in memory (so a 5 GB input streams in constant memory). The N threads are
/// dedicated workers, not thread-pool tasks: the analyzer's and the matchers' per-thread caches then
/// exist N times, however long the run.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<(T Item, TResult Result)> Map<T, TResult>(IEnumerable<T> items, Func<T, TResult> map, int threads, CancellationToken cancel)
    {
        if (threads <= 1)
        {
            foreach (var item in items)
            {
                if (cancel.IsCancellationRequested) yield break;
                yield return (item, map(item));
            }
            yield break;
        }
        int window = threads * 16;
        using var work = new BlockingCollection<(T Item, TaskCompletionSource<(T, TResult)> Result)>(window);
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() => Work(work, map)) { IsBackground = true, Name = "extract worker" }).ToList();
        workers.ForEach(worker => worker.Start());
        var pending = new Queue<TaskCompletionSource<(T, TResult)>>();
        try
        {
            using var enumerator = items.GetEnumerator();
            while (true)
            {
                while (pending.Count < window && !cancel.IsCancellationRequested && enumerator.MoveNext())
                {
                    var result = new TaskCompletionSource<(T, TResult)>();
                    pending.Enqueue(result);
                    work.Add((enumerator.Current, result));
                }
                if (pending.Count == 0) yield break;
                yield return pending.Dequeue().Task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            work.CompleteAdding();
            workers.ForEach(worker => worker.Join());
        }
    }

    private static void Work<T, TResult>(BlockingCollection<(T Item, TaskCompletionSource<(T, TResult)> Result)> work, Func<T, TResult> map)
    {
        foreach (var (item, result) in work.GetConsumingEnumerable())
        {
            try
            {
                result.SetResult((item, map(item)));
            }
            catch (Exception error)
            {
                result.SetException(error);
            }
        }
    }
}
