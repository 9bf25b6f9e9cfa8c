using System.CommandLine;
using Extract.Cli.Input;
using Extract.Cli.Packs;
using Extract.Evaluation;
using Extract.Matching;

namespace Extract.Cli.Commands;

/// <summary><c>extract eval</c>: runs a pack and scores it against gold relations.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var files = CommonOptions.Files();
        var rules = CommonOptions.Rules();
        var inputFormat = CommonOptions.InputFormat();
        var textField = CommonOptions.TextField();
        var idField = CommonOptions.IdField();
        var gold = new Option<string>("--gold") { Description = "Gold relations, one JSON object a line (DESIGN §5).", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "text: figures, then every miss and false hit; json: the same for machines.",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json");
        var command = new Command("eval", """
            Scores a pack against gold data: precision, recall and F1 per relation and per tier, every miss and every false hit.
            A text file's document id is its file name without extension (or the gold's only document when there is one).
            Example: extract eval --gold tests/data/gold/seed-control-gold.jsonl seeds/000_ae3d861b46322211.txt
                     extract eval --rules rules/ar --gold tests/data/gold/ant-control-gold.jsonl --input-format jsonl tests/data/gold/ant-articles.jsonl
            """) { files, rules, inputFormat, textField, idField, gold, format };
        command.SetAction(result =>
        {
            var errors = new ErrorReport(Console.Error);
            string goldPath = result.GetValue(gold)!;
            GoldSet goldSet;
            try { goldSet = GoldReader.Parse(File.ReadAllText(goldPath)); }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                errors.Error(goldPath, exception is FileNotFoundException ? "no such file" : exception.Message);
                return ExitCodes.UnreadableInput;
            }
            foreach (var error in goldSet.Errors) errors.Error($"{goldPath}({error.Line})", error.Message);
            if (goldSet.Errors.Count > 0) return ExitCodes.UnreadableInput;

            IRulePack? pack;
            if (result.GetValue(rules) is { } path)
            {
                var loaded = PackLoader.Load(path);
                if (PackLoader.Report(loaded, Console.Error)) return ExitCodes.RuleErrors;
                pack = loaded.Pack;
            }
            else pack = PackLoader.Shipped(Console.Error);
            if (pack is null) return ExitCodes.RuleErrors;

            var goldDocuments = goldSet.Relations.Select(r => r.Doc).Distinct().ToList();
            var reader = new DocumentReader(CommonOptions.InputOptionsFrom(result, inputFormat, textField, idField), errors);
            var predictions = new List<Prediction>();
            var documents = new List<string>();
            foreach (var input in reader.Read(result.GetValue(files) ?? []))
            {
                string id = DocumentId(input.Id, goldDocuments, result.GetValue(inputFormat) == "jsonl");
                documents.Add(id);
                predictions.AddRange(pack.Match(input.Text).Select(relation => new Prediction(id, relation)));
            }
            var evaluation = Scorer.Score(goldSet.Relations, predictions, documents);
            Console.Out.Write(result.GetValue(format) == "json" ? EvaluationReport.ToJson(evaluation) + "\n" : EvaluationReport.ToText(evaluation));
            return reader.HadInputErrors ? ExitCodes.UnreadableInput : ExitCodes.Success;
        });
        return command;
    }

    private static string DocumentId(string inputId, IReadOnlyList<string> goldDocuments, bool jsonl)
    {
        if (jsonl) return inputId;
        string stem = Path.GetFileNameWithoutExtension(inputId);
        if (goldDocuments.Contains(stem)) return stem;
        if (goldDocuments.Contains(Path.GetFileName(inputId))) return Path.GetFileName(inputId);
        return goldDocuments.Count == 1 ? goldDocuments[0] : stem;
    }
}
