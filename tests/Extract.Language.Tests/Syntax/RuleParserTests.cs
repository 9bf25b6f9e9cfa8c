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

    [Fact]
    public void An_unexpected_character_in_the_middle_of_a_pattern_is_reported_where_it_is()
    {
        var (_, diagnostics) = Parse("pack T\nrule r: X سيطر ¤ على Y => Control(controller: X)");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.UnexpectedCharacter, diagnostic.Id);
        Assert.Equal((2, 16, 1), (diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Location.Length));
        Assert.Equal("test.rules(2,16): error EXT0001: unexpected character '¤' (U+00A4): it has no meaning in a rule", diagnostic.ToString());
    }

    [Fact]
    public void A_misplaced_element_in_the_middle_of_a_pattern_points_at_its_token()
    {
        var (_, diagnostics) = Parse("""
            pack T
            rule a: X سيطر , على Y
            rule b: X سيطر | * على Y
            rule c: X (سيطر | استولى على Y => Control(controller: X)
            rule d: X:Actor سيطر على Y:
            rule e: X سيطر على Y{1,x}
            """);
        Assert.Equal(
            ["2,16 EXT0004 expected a word, a name, '(' or '_' but found ','",
             "3,18 EXT0004 '*' repeats the element before it, but there is none here",
             "4,11 EXT0003 this '(' is never closed: add ')' at the end of the group",
             "5,26 EXT0004 slot 'Y:' must be followed by a type: a list, a pattern or a class such as Word",
             "6,21 EXT0009 a repetition is written {m,n} with two whole numbers, such as {0,3}"],
            diagnostics.Select(d => $"{d.Location.Line},{d.Location.Column} {d.Id} {d.Message}"));
    }

    [Fact]
    public void Arabic_and_Latin_words_mix_in_a_pattern_with_columns_in_characters()
    {
        var (file, diagnostics) = Parse("pack T\nrule r: قوات_النظام Word سيطر on \"the city\" X:Placeق ~~سيطر");
        Assert.Empty(diagnostics);
        var items = Assert.IsType<SequenceSyntax>(file.Declarations.OfType<RuleSyntax>().Single().Pattern).Items;
        Assert.Equal(
            ["Word قوات_النظام 9+11", "Name Word 21+4", "Word سيطر 26+4", "Word on 31+2", "Exact the city 34+10", "Name X:Placeق 45+8", "Lexeme سيطر 54+6"],
            items.Select(item => item switch
            {
                WordSyntax word => $"Word {word.Text}",
                NameSyntax name => $"Name {name.Name}" + (name.Type is null ? "" : $":{name.Type}"),
                ExactSyntax exact => $"Exact {exact.Text}",
                LexemeSyntax lexeme => $"Lexeme {lexeme.Lemma}",
                _ => "?",
            } + $" {item.Location.Column}+{item.Location.Length}"));
    }

    [Fact]
    public void Something_missing_at_the_end_of_a_line_is_reported_at_the_end_of_the_line()
    {
        var (_, diagnostics) = Parse("""
            pack T
            rule r priority 2
            list Force
            list Force = قوات |   # a comment
            rule s: X سيطر على Y
                => Control(controller: X
            """);
        Assert.Equal(
            ["2,18 EXT0004 expected ':' after 'rule r'",
             "3,11 EXT0004 expected '=' and the entries, or 'from \"file\"', after 'list Force'",
             "4,20 EXT0004 empty list entry: remove the extra '|'",
             "6,15 EXT0003 this '(' is never closed: add ')' after the last role"],
            diagnostics.Select(d => $"{d.Location.Line},{d.Location.Column} {d.Id} {d.Message}"));
    }

    [Fact]
    public void Bidi_controls_are_ignored_and_a_hash_inside_quotes_is_text()
    {
        var (file, diagnostics) = Parse("pack T\nrule r: \u200Fسيطر\u200F \"#1\" X # the rest is a comment \"");
        Assert.Empty(diagnostics);
        var rule = file.Declarations.OfType<RuleSyntax>().Single();
        Assert.Equal(["سيطر", "#1", "X"], Assert.IsType<SequenceSyntax>(rule.Pattern).Items.Select(SyntaxText));
    }

    [Fact]
    public void An_unterminated_quote_is_reported_at_the_quote_even_with_a_hash_after_it()
    {
        var (_, diagnostics) = Parse("pack T\nrule r: X \"سيطرت # على Y");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.UnterminatedString, diagnostic.Id);
        Assert.Equal((2, 11, 14), (diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Location.Length));
    }

    [Fact]
    public void Groups_nested_two_hundred_deep_parse_and_one_more_is_the_named_limit()
    {
        var (file, diagnostics) = Parse("pack T\nrule r: " + new string('(', 200) + "a" + new string(')', 200));
        Assert.Empty(diagnostics);
        Assert.Single(file.Declarations.OfType<RuleSyntax>());

        (_, diagnostics) = Parse("pack T\nrule r: " + new string('(', 201) + "a" + new string(')', 201));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("test.rules(2,209): error EXT0006: groups are nested more than 200 deep, the language's limit: flatten the pattern, or give inner groups a name with 'pattern Name = …'", diagnostic.ToString());
    }

    [Fact]
    public void Deep_nesting_on_a_thread_with_a_small_stack_is_a_diagnostic_not_a_crash()
    {
        List<Diagnostic>? diagnostics = null;
        var thread = new Thread(() => diagnostics = Parse("pack T\nrule r: " + new string('(', 200) + "a" + new string(')', 200)).Diagnostics, 256 * 1024);
        thread.Start();
        thread.Join();
        var diagnostic = Assert.Single(diagnostics!);
        Assert.Equal(DiagnosticIds.NestingTooDeep, diagnostic.Id);
        Assert.Contains("too deep for the stack", diagnostic.Message);
    }

    [Fact]
    public void A_line_of_a_rule_keeps_its_text_and_every_part_its_place()
    {
        var (file, diagnostics) = Parse("""
            pack T
            list Force = قوات النظام | "الجيش" | جيش
            rule r priority 3:
                ~سيطر _{0,3} X:Force على Y   # the usual order
                when before (لم | لن) set negated: true, status: past
                => Control(controller: X, controlled: Y)
                example "سيطرت قوات النظام على الحي" => controller "قوات النظام", controlled "الحي"
            """);
        Assert.Empty(diagnostics);
        var list = file.Declarations.OfType<ListSyntax>().Single();
        Assert.Equal(["قوات النظام 2,14+11", "الجيش 2,28+7", "جيش 2,38+3"], list.Entries.Select(e => $"{e.Text} {e.Location.Line},{e.Location.Column}+{e.Location.Length}"));
        var rule = file.Declarations.OfType<RuleSyntax>().Single();
        Assert.Equal(("r", 3, "~سيطر _{0,3} X:Force على Y"), (rule.Name, rule.Priority, rule.Source));
        var clause = Assert.Single(rule.Clauses);
        Assert.Equal("when before (لم | لن) set negated: true, status: past", clause.Source);
        Assert.Equal(["negated: true", "status: past"], clause.Sets.Select(set => $"{set.Name}: {set.Value}"));
        Assert.Equal(["controller X 6,16+13", "controlled Y 6,31+13"], rule.Output!.Arguments.Select(a => $"{a.Name} {a.Value} {a.Location.Line},{a.Location.Column}+{a.Location.Length}"));
        Assert.Equal(["controller قوات النظام", "controlled الحي"], Assert.Single(rule.Examples).Expected.Select(e => $"{e.Role} {e.Text}"));
    }

    private static string SyntaxText(PatternSyntax syntax) => syntax switch
    {
        WordSyntax word => word.Text,
        ExactSyntax exact => exact.Text,
        NameSyntax name => name.Name,
        _ => "?",
    };
}
