using Extract.Language.Diagnostics;
using Extract.Language.Syntax;

namespace Extract.Language.Tests.Syntax;

public class RuleParserTests
{
    private static (RuleFileSyntax File, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (RuleParser.Parse("test.rules", text, diagnostics), diagnostics);
    }

    [Fact]
    public void The_smallest_rule_is_a_pattern_on_a_line_of_its_own()
    {
        var (file, diagnostics) = Parse("pack Demo\nX سيطر على Y\n");
        Assert.Empty(diagnostics);
        var rule = Assert.Single(file.Declarations.OfType<RuleSyntax>());
        Assert.Null(rule.Name);
        Assert.Equal(2, rule.Location.Line);
        Assert.Equal("X سيطر على Y", rule.Source);
        var sequence = Assert.IsType<SequenceSyntax>(rule.Pattern);
        Assert.Equal(4, sequence.Items.Count);
    }

    [Fact]
    public void The_design_example_file_parses_without_diagnostics()
    {
        var (file, diagnostics) = Parse("""
            # Territorial control in Arabic news.
            pack Arabic.Control
            language ar

            list Force   = قوات | الجيش | جيش | فصائل | الفصائل | مسلحو | مقاتلو | تنظيم | ميليشيا
            list Place   from "lists/places.txt"          # one entry a line, multiword allowed
            pattern Actor = Force Word{0,4}               # a named pattern (macro)

            rule control_svo:                             # the subject before the verb
                X:Actor ~سيطر على Y
                => Control(controller: X, controlled: Y, status: asserted)
                example "قالت المصادر إن قوات النظام سيطرت على حي الشيخ مقصود" => controller "قوات النظام", controlled "حي الشيخ مقصود"

            rule control_vso:                             # the usual news order: verb, adjuncts, subject, object
                ~سيطر _{0,3} X:Actor على Y
                unless before (لم | لن | لا)
                => Control(controller: X, controlled: Y, status: asserted)
                example "وسيطرت صباح اليوم قوات النظام على حي الشيخ مقصود" => controller "قوات النظام", controlled "حي الشيخ مقصود"
                counterexample "لم تسيطر قوات النظام على الحي"

            rule under_control priority 5:
                Y (التي | الذي)? (كانت | لا تزال | الواقعة)? تحت سيطرة X
                => Control(controller: X, controlled: Y)
            """);
        Assert.Empty(diagnostics);
        Assert.Equal("Arabic.Control", file.Declarations.OfType<PackSyntax>().Single().Name);
        var rules = file.Declarations.OfType<RuleSyntax>().ToList();
        Assert.Equal(["control_svo", "control_vso", "under_control"], rules.Select(rule => rule.Name));
        Assert.Equal(5, rules[2].Priority);
        Assert.Single(rules[1].Clauses);
        Assert.Equal(2, rules[1].Examples.Count);
        Assert.Equal("lists/places.txt", file.Declarations.OfType<ListSyntax>().Single(list => list.Name == "Place").From);
        Assert.Equal(9, file.Declarations.OfType<ListSyntax>().Single(list => list.Name == "Force").Entries.Count);
    }

    [Fact]
    public void A_whole_rule_fits_on_one_line()
    {
        var (file, diagnostics) = Parse("pack T\nrule r: ~سيطر _{0,3} X على Y => Control(controller: X, controlled: Y)");
        Assert.Empty(diagnostics);
        var rule = Assert.Single(file.Declarations.OfType<RuleSyntax>());
        Assert.Equal("Control", rule.Output!.Relation);
        Assert.Equal("~سيطر _{0,3} X على Y", rule.Source);
    }

    [Fact]
    public void Five_mistakes_give_five_diagnostics_with_their_lines_and_columns()
    {
        var (_, diagnostics) = Parse("""
            pack T
            rule a: X (سيطر على Y
            rule b: X سيطر "على Y
            rule c: X سيطر على Y => control(x: X)
            rule d: X سيطر {2,1 Y
            example "نص" => x "y"
            rule e: X سيطر على Y
                unless beside لم
            """);
        Assert.Equal(
            ["2,11 EXT0003", "3,16 EXT0002", "4,25 EXT0004", "5,16 EXT0009", "8,5 EXT0004"],
            diagnostics.Select(d => $"{d.Location.Line},{d.Location.Column} {d.Id}"));
        Assert.Equal("test.rules(2,11): error EXT0003: this '(' is never closed: add ')' at the end of the group", diagnostics[0].ToString());
    }

    [Fact]
    public void Nesting_a_thousand_deep_is_a_diagnostic_not_a_stack_overflow()
    {
        var (_, diagnostics) = Parse("pack T\n" + new string('(', 1000) + "a" + new string(')', 1000));
        Assert.Equal(DiagnosticIds.NestingTooDeep, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_binary_file_is_one_diagnostic()
    {
        var (_, diagnostics) = Parse("pack T\nab\0\u0001\u0002");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.NotText, diagnostic.Id);
        Assert.Equal((2, 3), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Ten_thousand_alternatives_parse()
    {
        var text = "pack T\nrule r: (" + string.Join(" | ", Enumerable.Range(0, 10_000).Select(i => $"w{i}")) + ") X";
        var (file, diagnostics) = Parse(text);
        Assert.Empty(diagnostics);
        var rule = file.Declarations.OfType<RuleSyntax>().Single();
        var sequence = Assert.IsType<SequenceSyntax>(rule.Pattern);
        Assert.Equal(10_000, Assert.IsType<AlternationSyntax>(sequence.Items[0]).Options.Count);
    }

    [Fact]
    public void Quantifiers_and_their_lazy_forms()
    {
        var (file, diagnostics) = Parse("pack T\nrule r: a? b* c+ d{2,3} e{2} f{1,} g?? h*? _{0,3}");
        Assert.Empty(diagnostics);
        var items = Assert.IsType<SequenceSyntax>(file.Declarations.OfType<RuleSyntax>().Single().Pattern).Items;
        Assert.Equal(
            ["0,1,False", "0,-1,False", "1,-1,False", "2,3,False", "2,2,False", "1,-1,False", "0,1,True", "0,-1,True", "0,3,False"],
            items.Select(item => item is QuantifiedSyntax q ? $"{q.Min},{q.Max},{q.Lazy}" : "?"));
    }

    [Fact]
    public void Ten_megabytes_of_garbage_give_at_most_a_hundred_diagnostics()
    {
        var random = new Random(7);
        var text = new string(Enumerable.Range(0, 10_000_000).Select(_ => (char)random.Next(1, 0x0700)).ToArray()).Replace('\0', 'x');
        var (_, diagnostics) = Parse(text);
        Assert.InRange(diagnostics.Count, 1, RuleParser.MaxDiagnostics + 1);
    }
}
