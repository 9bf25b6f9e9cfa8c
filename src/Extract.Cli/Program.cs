using System.CommandLine;
using Extract.Cli;
using Extract.Cli.Commands;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Cancellation.Install();
var root = new RootCommand("""
    extract: rule-based information extraction for Arabic.
    Runs rule packs over text (the shipped Arabic territorial-control pack by default), checks and tests rule files, explains matches.
    """)
{
    RunCommand.Create(),
    AnalyzeCommand.Create(),
    CheckCommand.Create(),
    TestCommand.Create(),
    ExplainCommand.Create(),
    EvalCommand.Create(),
};
try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var error in parsed.Errors) Console.Error.WriteLine($"extract: error: {error.Message}");
        Console.Error.WriteLine("Try 'extract --help'.");
        return ExitCodes.Usage;
    }
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"extract: error: {exception.Message}");
    return ExitCodes.UnreadableInput;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"extract: internal error: {exception.GetType().Name}: {exception.Message}. This is a bug in Extract; please report it.");
    return 4;
}
