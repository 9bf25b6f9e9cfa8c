using System.CommandLine;
using System.Text.Json;
using Extract.Analysis;
using Extract.Cli.Input;
using Extract.Matching;
using Extract.Output;

namespace Extract.Cli.Commands;

/// <summary><c>extract analyze</c>: the analysis layer's view of the text, one JSON line per token, or CoNLL-U.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Files();
        var inputFormat = CommonOptions.InputFormat();
        var textField = CommonOptions.TextField();
        var idField = CommonOptions.IdField();
        var output = CommonOptions.Output();
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one JSON object per token with its segmentations, best first; conllu: CoNLL-U with clitics as syntactic words.",
            DefaultValueFactory = _ => "jsonl",
        }.AcceptOnlyFromAmong("jsonl", "conllu");
        var command = new Command("analyze", """
            Tokenizes, normalizes and segments text; shows what rules match on.
            Example: extract analyze seeds/000_ae3d861b46322211.txt
                     echo '{"id":"d1","text":"وسيطرت القوات عليها"}' | extract analyze --input-format jsonl --format conllu
            """) { files, inputFormat, textField, idField, output, format };
        command.SetAction(result =>
        {
            var errors = new ErrorReport(Console.Error);
            var reader = new DocumentReader(CommonOptions.InputOptionsFrom(result, inputFormat, textField, idField), errors);
            using var target = OutputTarget.Open(result.GetValue(output), errors);
            if (target is null) return ExitCodes.Usage;
            bool conllu = result.GetValue(format) == "conllu";
            using var json = new Utf8JsonWriter(target.Stream, RelationJson.WriterOptions);
            using var text = new StreamWriter(target.Stream, leaveOpen: true) { AutoFlush = false };
            Document? reuse = null;
            foreach (var input in reader.Read(result.GetValue(files) ?? []))
            {
                if (Cancellation.Token.IsCancellationRequested) break;
                var document = reuse = TextAnalyzer.Default.Analyze(input.Text, input.Id, reuse);
                if (conllu) ConlluWriter.Write(text, document);
                else TokenJsonWriter.Write(json, target.Stream, document);
            }
            text.Flush();
            if (Cancellation.Token.IsCancellationRequested) return ExitCodes.UnreadableInput;
            target.Commit();
            return reader.HadInputErrors ? ExitCodes.UnreadableInput : ExitCodes.Success;
        });
        return command;
    }
}
