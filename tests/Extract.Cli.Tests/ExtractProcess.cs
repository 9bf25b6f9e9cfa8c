using System.Diagnostics;
using System.Text;

namespace Extract.Cli.Tests;

/// <summary>What one run of the built <c>extract</c> command printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built command as a user would, in its own process.</summary>
public static class ExtractProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Extract.Cli.dll");

    public static ProcessResult Run(string? stdin, params string[] args) => RunIn(null, stdin, args);

    public static ProcessResult RunIn(string? workingDirectory, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = new UTF8Encoding(false).GetBytes(stdin);
            process.StandardInput.BaseStream.Write(bytes);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("extract did not finish in 2 minutes"); }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A fresh temporary folder for one test.</summary>
    public static string TempFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "extract-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
