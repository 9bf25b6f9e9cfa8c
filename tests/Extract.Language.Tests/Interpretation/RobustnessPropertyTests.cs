using CsCheck;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Language.Tests.Support;

namespace Extract.Language.Tests.Interpretation;

/// <summary>Random rule files and random texts: compiling never throws, and every span is exact.</summary>
public class RobustnessPropertyTests
{
    private static readonly string[] Pieces =
    [
        "X", "Y", "Z:Word", "سيطر", "على", "\"على\"", "الجيش", "_", "_{0,3}", "Word", "Num", "Punct", "Any", "Pron", "<s>", "</s>",
        "(", ")", "|", "?", "*", "+", "{1,2}", "??", "!", "Force", "Actor", "=>", "~سيطر", ":", "\"", "#", "(لم | لن)",
    ];

    private static readonly string[] Words = ["الجيش", "سيطر", "على", "على+ها", "و_سيطر", "المدينة", "حلب", "لم", "85", "،", ".", "التي", "قوات", "x"];

    [Fact]
    public void Random_rule_files_compile_to_a_program_or_to_diagnostics_never_an_exception() =>
        Gen.Int[0, Pieces.Length - 1].Array[1, 12].Array[1, 4].Sample(lines =>
        {
            var text = "pack T\nlist Force = قوات | الجيش\npattern Actor = Force Word?\n"
                + string.Join("\n", lines.Select(line => "rule r" + Array.IndexOf(lines, line) + ": " + string.Join(" ", line.Select(i => Pieces[i])) + " => M(x: X)"));
            var result = PackCompiler.Compile("random.rules", text, runExamples: false);
            return result.Diagnostics.All(d => d.Id != PackCompiler.InternalErrorId) && (result.Program is null) == result.HasErrors;
        }, iter: 2000);

    // Valid elements and their combinations, so that most random rules compile and run.
    private static readonly string[] Elements =
        ["X", "Y", "Z:Word", "سيطر", "على", "\"على\"", "الجيش", "_", "_{0,3}", "Word", "Num", "Punct", "Pron", "Force", "Actor", "!(لم | لن)", "<s>", "</s>", "Y:Pron", "Z:Force"];

    private static readonly string[] Suffixes = ["", "", "", "?", "*", "+", "{1,2}", "??", "*?"];

    private static Gen<string> Element(int depth) =>
        depth > 2
            ? Gen.Int[0, Elements.Length - 1].Select(i => Elements[i])
            : Gen.Frequency(
                (6, Gen.Int[0, Elements.Length - 1].Select(i => Elements[i])),
                (1, Element(depth + 1).Array[1, 3].Array[2, 3].Select(options => "(" + string.Join(" | ", options.Select(o => string.Join(" ", o))) + ")")));

    private static readonly Gen<string> RuleText =
        Gen.Select(Element(0), Gen.Int[0, Suffixes.Length - 1]).Select((element, suffix) => element + Suffixes[suffix]).Array[1, 6]
            .Select(items => string.Join(" ", items));

    [Fact]
    public void Every_reported_span_is_exactly_its_text()
    {
        int compiled = 0;
        Gen.Select(RuleText, Gen.Int[0, Words.Length - 1].Array[1, 30]).Sample((rule, words) =>
        {
            var text = "pack T\nlist Force = قوات | الجيش\npattern Actor = Force Word?\nrule r: " + rule + "\nrule s: X على Y";
            var result = PackCompiler.Compile("random.rules", text, runExamples: false);
            if (result.Program is null) return true;
            compiled++;
            var document = LatticeFixture.Build(string.Join(" ", words.Select(i => Words[i])));
            foreach (var relation in new Interpreter(result.Program).Match(document))
            {
                if (relation.Span.Of(document.Text) != relation.Text) return false;
                foreach (var (_, argument) in relation.Arguments)
                {
                    if (argument.Span.Of(document.Text) != argument.Text) return false;
                    if (argument.Via is { } via && via.Span.Of(document.Text) != via.Text) return false;
                }
            }
            return true;
        }, iter: 2000);
        Assert.True(compiled > 500, $"only {compiled} of 2000 random rules compiled");
    }
}
