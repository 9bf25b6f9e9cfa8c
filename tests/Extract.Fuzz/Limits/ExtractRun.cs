using System.Diagnostics;
using System.Text;

namespace Extract.Fuzz.Limits;

/// <summary>One run of the built <c>extract</c> command: exit code, output, time and peak memory.</summary>
public sealed record RunFigures(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long PeakBytes)
{
    public double PeakMegabytes => PeakBytes / 1048576.0;
}

/// <summary>Runs <c>extract</c> (Extract.Cli.dll beside this assembly) in its own process and measures it.</summary>
public static class ExtractRun
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Extract.Cli.dll");

    /// <summary>Runs extract with <paramref name="args"/>; peak memory is the process's high-water mark of resident memory.</summary>
    public static RunFigures Run(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"extract {string.Join(" ", args)} ran longer than {timeout.TotalSeconds} s");
            }
        }
        return new RunFigures(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak);
    }

    /// <summary>Starts extract without waiting, for tests that signal it.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    // VmHWM in /proc/PID/status (Linux): the peak resident set so far; 0 elsewhere or once the process is gone.
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim()) * 1024;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return 0;
    }
}
