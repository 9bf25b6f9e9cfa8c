using System.CommandLine;
using Extract.Cli.Packs;
using Extract.Language.Interpretation;

namespace Extract.Cli.Commands;

/// <summary><c>extract test</c>: runs every example and counterexample of a pack.</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var rules = new Option<string?>("--rules") { Description = "A .rules file or a folder of them (default: rules/ar)." };
        var command = new Command("test", """
            Runs the examples and counterexamples of every rule; for a failure, says which element stopped matching where.
            Example: extract test --rules rules/ar
            """) { rules };
        command.SetAction(result =>
        {
            string path = result.GetValue(rules) ?? Path.Combine("rules", "ar");
            var loaded = PackLoader.Load(path, runExamples: false);
            if (PackLoader.Report(loaded, Console.Error)) return ExitCodes.RuleErrors;
            var results = ExampleRunner.Run(loaded.Pack!.Interpreter);
            int failed = 0;
            foreach (var example in results.Where(r => !r.Passed))
            {
                failed++;
                Console.Out.WriteLine(ExplanationPrinter.Describe(example));
            }
            Console.Out.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Success : ExitCodes.RuleErrors;
        });
        return command;
    }
}
