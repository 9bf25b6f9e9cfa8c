namespace Extract.Cli;

/// <summary>The exit codes of DESIGN §5.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int RuleErrors = 1;
    public const int Usage = 2;
    public const int UnreadableInput = 3;
}

/// <summary>Reports errors on stderr, one line each, in MSBuild's canonical form when there is a location.</summary>
internal sealed class ErrorReport(TextWriter error)
{
    public int Count { get; private set; }

    public void Error(string location, string message)
    {
        Count++;
        error.WriteLine($"{location}: error: {message}");
    }

    public void Warning(string location, string message) => error.WriteLine($"{location}: warning: {message}");
}
