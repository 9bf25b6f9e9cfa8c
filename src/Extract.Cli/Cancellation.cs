namespace Extract.Cli;

/// <summary>Ctrl-C (and SIGTERM) ask the running verb to stop after the current document.</summary>
internal static class Cancellation
{
    private static readonly CancellationTokenSource Source = new();
    private static System.Runtime.InteropServices.PosixSignalRegistration? _terminate;

    public static CancellationToken Token => Source.Token;

    public static void Install()
    {
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            Source.Cancel();
        };
        _terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Source.Cancel();
        });
    }
}
