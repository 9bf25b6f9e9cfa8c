using System.Collections.Concurrent;

namespace Extract.Cli;

/// <summary>
/// Maps a stream of items on N threads and yields the results in input order, holding at most a
/// bounded window of items in memory (so a 5 GB input streams in constant memory).
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
        var pending = new Queue<Task<(T, TResult)>>();
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            while (pending.Count < window && !cancel.IsCancellationRequested && enumerator.MoveNext())
            {
                var item = enumerator.Current;
                pending.Enqueue(Task.Run(() => (item, map(item))));
            }
            if (pending.Count == 0) yield break;
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
