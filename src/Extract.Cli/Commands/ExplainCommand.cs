using System.CommandLine;
using Extract.Cli.Packs;
using Extract.Language.Interpretation;
using Extract.Language.Morphology;
using Extract.Matching;

namespace Extract.Cli.Commands;

/// <summary><c>extract explain</c>: the trace of one rule over one text, or the forms of a lexeme.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var rules = new Option<string?>("--rules") { Description = "A .rules file or a folder of them (default: rules/ar)." };
        var rule = new Option<string?>("--rule") { Description = "The rule to trace; without it, every rule is traced." };
        var lemma = new Option<string?>("--lemma") { Description = "List the forms ~WORD and ~~WORD stand for." };
        var text = new Argument<string?>("text") { Arity = ArgumentArity.ZeroOrOne, Description = "The text to trace the rule over." };
        var command = new Command("explain", """
            Shows how a rule matches a text, element by element, or where it stops ("why not").
            Example: extract explain --rules rules/ar --rule control_vso "وسيطرت قوات النظام على حي الشيخ مقصود"
                     extract explain --lemma سيطر
            """) { rules, rule, lemma, text };
        command.SetAction(result =>
        {
            if (result.GetValue(lemma) is { } word)
            {
                Console.Out.WriteLine($"~{word}: {string.Join(" ", Lexemes.Expand(word))}");
                Console.Out.WriteLine($"~~{word}: {string.Join(" ", Lexemes.ExpandFamily(word).Except(Lexemes.Expand(word)))}");
                return ExitCodes.Success;
            }
            if (result.GetValue(text) is not { } input)
            {
                Console.Error.WriteLine("extract explain: error: give a text to trace (or --lemma WORD)");
                return ExitCodes.Usage;
            }
            var loaded = PackLoader.Load(result.GetValue(rules) ?? Path.Combine("rules", "ar"));
            if (PackLoader.Report(loaded, Console.Error)) return ExitCodes.RuleErrors;
            var interpreter = loaded.Pack!.Interpreter;
            var document = Document.Analyze(input);
            var names = result.GetValue(rule) is { } name ? [name] : loaded.Pack.Rules.Select(r => r.Name).ToList();
            foreach (var ruleName in names)
            {
                var explanation = Explainer.Explain(interpreter, ruleName, document);
                if (explanation is null)
                {
                    Console.Error.WriteLine($"extract explain: error: no rule named '{ruleName}' in the pack");
                    return ExitCodes.Usage;
                }
                ExplanationPrinter.Print(Console.Out, explanation);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
