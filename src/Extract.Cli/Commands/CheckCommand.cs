using System.CommandLine;
using Extract.Cli.Packs;

namespace Extract.Cli.Commands;

/// <summary><c>extract check</c>: compiles a pack and reports its diagnostics, nothing else.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var rules = new Option<string>("--rules") { Description = "A .rules file or a folder of them.", Required = true };
        var command = new Command("check", """
            Reports every error and warning of a rule pack, as path(line,col): error EXT0000: message.
            Example: extract check --rules rules/ar
            """) { rules };
        command.SetAction(result =>
        {
            var loaded = PackLoader.Load(result.GetValue(rules)!);
            bool failed = PackLoader.Report(loaded, Console.Out);
            int errors = loaded.Diagnostics.Count(d => d.IsError), warnings = loaded.Diagnostics.Count - errors;
            Console.Out.WriteLine(failed
                ? $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}"
                : $"ok: {loaded.Pack!.Rules.Count} rule{(loaded.Pack.Rules.Count == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
            return failed ? ExitCodes.RuleErrors : ExitCodes.Success;
        });
        return command;
    }
}
