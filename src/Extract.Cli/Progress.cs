using System.Diagnostics;

namespace Extract.Cli;

/// <summary>
/// A progress line on stderr — documents, MB/s and, when the input size is known, an ETA — drawn at
/// most ten times a second and only when stderr is a terminal, so that logs and pipes stay clean.
/// </summary>
internal sealed class Progress(long totalBytes)
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytes, _documents, _lastDraw;

    public void Advance(int textLength)
    {
        _documents++;
        _bytes += textLength * 2L;   // UTF-16 length as an estimate of input bytes for Arabic text
        if (!_enabled || _clock.ElapsedMilliseconds - _lastDraw < 100) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        Draw();
    }

    public void Finish()
    {
        if (!_enabled) return;
        Draw();
        Console.Error.WriteLine();
    }

    private void Draw()
    {
        double seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        double rate = _bytes / seconds / (1 << 20);
        string eta = totalBytes > 0 && _bytes > 0 && _bytes < totalBytes
            ? $", ETA {TimeSpan.FromSeconds((totalBytes - _bytes) / (_bytes / seconds)):hh\\:mm\\:ss}"
            : "";
        Console.Error.Write($"\r{_documents:N0} documents, {rate:F1} MB/s{eta}   ");
    }

    /// <summary>The total size of the input files (0 when unknown: standard input, folders, gzip).</summary>
    public static long SizeOf(IReadOnlyList<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-" || !File.Exists(path) || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) return 0;
            total += new FileInfo(path).Length;
        }
        return total;
    }
}
