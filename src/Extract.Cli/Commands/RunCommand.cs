using System.CommandLine;
using Extract.Cli.Input;
using Extract.Cli.Packs;
using Extract.Matching;
using Extract.Output;

namespace Extract.Cli.Commands;

/// <summary><c>extract run</c>: runs a pack over documents and writes the relations.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Files();
        var rules = CommonOptions.Rules();
        var inputFormat = CommonOptions.InputFormat();
        var textField = CommonOptions.TextField();
        var idField = CommonOptions.IdField();
        var output = CommonOptions.Output();
        var format = new Option<string?>("--format")
        {
            Description = "pretty (default on a terminal), jsonl (default otherwise), json, html (a self-contained report), brat (.txt and .ann files in the --output folder).",
        }.AcceptOnlyFromAmong("pretty", "jsonl", "json", "html", "brat");
        var parallel = new Option<int>("--parallel")
        {
            Description = "Documents analyzed and matched on N threads; output stays in input order.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("run", """
            Runs a rule pack over text and prints the relations it finds.
            Example: extract run seeds/
                     extract run --rules my.rules --input-format jsonl --format jsonl corpus.jsonl.gz --output out.jsonl
            """) { files, rules, inputFormat, textField, idField, output, format, parallel };
        command.SetAction(result =>
        {
            var errors = new ErrorReport(Console.Error);
            IRulePack? pack;
            if (result.GetValue(rules) is { } path)
            {
                var loaded = PackLoader.Load(path);
                if (PackLoader.Report(loaded, Console.Error)) return ExitCodes.RuleErrors;
                pack = loaded.Pack;
            }
            else pack = PackLoader.Shipped(Console.Error);
            if (pack is null) return ExitCodes.RuleErrors;

            int threads = result.GetValue(parallel);
            if (threads < 1) { errors.Error("--parallel", "must be at least 1"); return ExitCodes.Usage; }
            var reader = new DocumentReader(CommonOptions.InputOptionsFrom(result, inputFormat, textField, idField), errors);
            if (result.GetValue(format) == "brat") return RunToBrat(result.GetValue(output), pack, reader, result.GetValue(files) ?? [], threads, errors);
            using var target = OutputTarget.Open(result.GetValue(output), errors);
            if (target is null) return ExitCodes.Usage;
            string chosen = result.GetValue(format) ?? (result.GetValue(output) is null && !Console.IsOutputRedirected ? "pretty" : "jsonl");
            using var text = new StreamWriter(target.Stream, leaveOpen: true);
            IRelationWriter writer = chosen switch
            {
                "pretty" => new PrettyWriter(text),
                "json" => new JsonArrayWriter(target.Stream),
                "html" => new HtmlReport(text, $"Extract: {pack.Name}"),
                _ => new JsonlWriter(target.Stream),
            };
            var documents = reader.Read(result.GetValue(files) ?? []);
            var progress = new Progress(Progress.SizeOf(result.GetValue(files) ?? []));
            foreach (var (document, relations) in OrderedParallel.Map(documents, d => pack.Match(d.Text), threads, Cancellation.Token))
            {
                writer.Write(document.Id, document.Text, relations);
                progress.Advance(document.Text.Length);
            }
            progress.Finish();
            writer.Complete();
            text.Flush();
            if (Cancellation.Token.IsCancellationRequested)
            {
                if (result.GetValue(output) is { } written)
                {
                    errors.Error("extract run", $"interrupted; {written} was left as it was before the run");
                    return ExitCodes.UnreadableInput;
                }
                errors.Error("extract run", "interrupted; the output holds every document read before the interruption");
            }
            target.Commit();
            return reader.HadInputErrors ? ExitCodes.UnreadableInput : ExitCodes.Success;
        });
        return command;
    }

    // brat writes a folder of files: each document's .txt and .ann, then annotation.conf.
    private static int RunToBrat(string? folder, IRulePack pack, DocumentReader reader, string[] files, int threads, ErrorReport errors)
    {
        if (folder is null)
        {
            errors.Error("--format brat", "needs --output FOLDER to write the .txt and .ann files into");
            return ExitCodes.Usage;
        }
        string? parent = Path.GetDirectoryName(Path.GetFullPath(folder));
        if (parent is null || !Directory.Exists(parent))
        {
            errors.Error(folder, $"the output folder's parent {parent} does not exist");
            return ExitCodes.Usage;
        }
        Directory.CreateDirectory(folder);
        var writer = new BratWriter(folder);
        foreach (var (document, relations) in OrderedParallel.Map(reader.Read(files), d => pack.Match(d.Text), threads, Cancellation.Token))
            writer.Write(document.Id, document.Text, relations);
        writer.Complete();
        return reader.HadInputErrors ? ExitCodes.UnreadableInput : ExitCodes.Success;
    }
}
