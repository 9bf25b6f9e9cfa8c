namespace Extract.Cli;

/// <summary>
/// Where a verb writes: standard output, or a file written atomically (a temporary file beside it,
/// renamed over the target only when the run completes, so a failed or interrupted run leaves the
/// previous file as it was).
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temporary)
    {
        Stream = stream;
        _path = path;
        _temporary = temporary;
    }

    public Stream Stream { get; }

    public static OutputTarget? Open(string? path, ErrorReport errors)
    {
        if (path is null) return new OutputTarget(Console.OpenStandardOutput(), null, null);
        string full = Path.GetFullPath(path);
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            errors.Error(path, $"the output folder {folder} does not exist");
            return null;
        }
        if (Directory.Exists(full))
        {
            errors.Error(path, "the output path is a folder");
            return null;
        }
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            return new OutputTarget(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), full, temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Error(path, $"cannot be written: {exception.Message}");
            return null;
        }
    }

    /// <summary>Marks the output complete: on disposal the temporary file replaces the target.</summary>
    public void Commit()
    {
        Stream.Flush();
        _committed = true;
    }

    /// <summary>Closes the output; renames it into place when committed, else deletes the temporary file.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (_temporary is null || !File.Exists(_temporary)) return;
        if (_committed) File.Move(_temporary, _path!, overwrite: true);
        else File.Delete(_temporary);
    }
}
