using System.CommandLine;
using Extract.Cli.Input;

namespace Extract.Cli;

/// <summary>The options several verbs share.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Input files or folders; - or nothing reads standard input. .gz is read transparently.",
    };

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A .rules file or a folder of them, run through the interpreter instead of the shipped pack.",
    };

    public static Option<string> InputFormat() => new Option<string>("--input-format")
    {
        Description = "text: each file is one document; jsonl: one {\"id\",\"text\"} object a line.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "jsonl");

    public static Option<string> TextField() => new("--text-field")
    {
        Description = "The JSONL field holding the text.",
        DefaultValueFactory = _ => "text",
    };

    public static Option<string> IdField() => new("--id-field")
    {
        Description = "The JSONL field holding the document id.",
        DefaultValueFactory = _ => "id",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file (written to a temporary file and renamed at the end) instead of standard output.",
    };

    public static InputOptions InputOptionsFrom(ParseResult result, Option<string> format, Option<string> text, Option<string> id) =>
        new(result.GetValue(format)!, result.GetValue(text)!, result.GetValue(id)!);
}
