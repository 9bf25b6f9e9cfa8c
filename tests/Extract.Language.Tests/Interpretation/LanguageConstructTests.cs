using static Extract.Language.Tests.Support.RuleSpec;

namespace Extract.Language.Tests.Interpretation;

/// <summary>
/// Every construct of the language (DESIGN §3's table), each with a rule, a text and the expected
/// extraction. In texts, <c>_</c> marks a proclitic boundary and <c>+</c> an enclitic one.
/// </summary>
public class LanguageConstructTests
{
    [Fact]
    public void The_smallest_rule() =>
        Rules("pack Demo\nX سيطر على Y")
            .On("قالت المصادر إن الجيش سيطر على المدينة .")
            .Yields("Match(X: \"الجيش\" [16..21], Y: \"المدينة\" [31..38])");

    [Fact]
    public void A_bare_word_allows_proclitics_but_not_inflection()
    {
        var rules = Rules("pack T\nrule r: سيطر على Y => Control(controlled: Y)");
        rules.On("و_سيطر على المدينة").Yields("Control(controlled: \"المدينة\" [10..17])");
        rules.On("سيطرت على المدينة").YieldsNothing();
    }

    [Fact]
    public void An_exact_word_matches_the_whole_token_only()
    {
        var rules = Rules("pack T\nrule r: \"سيطرت\" على Y => Control(controlled: Y)");
        rules.On("سيطرت على الحي").Yields("Control(controlled: \"الحي\" [10..14])");
        rules.On("و_سيطرت على الحي").YieldsNothing();
    }

    [Fact]
    public void Words_match_after_normalization() =>
        Rules("pack T\nrule r: إلى Y => Move(to: Y)")
            .On("وصلوا الى المدينة")
            .Yields("Move(to: \"المدينة\" [10..17])");

    [Fact]
    public void A_typed_slot_captures_a_list_entry_the_longest_first() =>
        Rules("pack T\nlist Force = قوات | قوات النظام | الجيش\nrule r: X:Force سيطرت على Y => Control(controller: X, controlled: Y)")
            .On("قوات النظام سيطرت على حلب")
            .Yields("Control(controller: \"قوات النظام\" [0..11], controlled: \"حلب\" [22..25])");

    [Fact]
    public void A_list_loaded_from_a_file_with_comments_and_multiword_entries() =>
        Rules("pack T\nlist Place from \"lists/places.txt\"\nrule r: سيطرت على Y:Place => Control(controlled: Y)",
                ("lists/places.txt", "# places\nحلب\nحي الشيخ مقصود   # a district\n\n"))
            .On("سيطرت على حي الشيخ مقصود")
            .Yields("Control(controlled: \"حي الشيخ مقصود\" [10..24])");

    [Fact]
    public void A_slot_typed_by_a_named_pattern() =>
        Rules("pack T\nlist Force = قوات | الجيش\npattern Actor = Force Word{0,2}\nrule r: X:Actor سيطرت => Control(controller: X)")
            .On("قوات النظام السوري سيطرت")
            .Yields("Control(controller: \"قوات النظام السوري\" [0..18])");

    [Fact]
    public void Built_in_classes() =>
        Rules("pack T\nrule r: قتل N:Num W:Word Punct => Casualties(count: N, who: W)")
            .On("قتل 85 مدنيا ، أمس")
            .Yields("Casualties(count: \"85\" [4..6], who: \"مدنيا\" [7..12])");

    [Fact]
    public void Pron_matches_an_enclitic_segment() =>
        Rules("pack T\nrule r: على P:Pron => Ref(pronoun: P)")
            .On("سيطرت على+ها")
            .Yields("Ref(pronoun: \"ها\" [9..11])");

    [Fact]
    public void A_gap_skips_a_bounded_number_of_tokens() =>
        Rules("pack T\nlist Force = قوات\nrule r: سيطرت _{0,3} X:Force => Control(controller: X)")
            .On("سيطرت صباح اليوم قوات")
            .Yields("Control(controller: \"قوات\" [17..21])");

    [Fact]
    public void An_optional_group_with_alternatives() =>
        Rules("pack T\nrule r: Y (التي | الذي)? (كانت | الواقعة)? تحت سيطرة X => Control(controller: X, controlled: Y)")
            .On("المدينة الواقعة تحت سيطرة الجيش")
            .Yields("Control(controller: \"الجيش\" [26..31], controlled: \"المدينة\" [0..7])");

    [Fact]
    public void A_lazy_quantifier_takes_as_little_as_possible()
    {
        Rules("pack T\npattern Some = _+\nrule r: سيطرت G:Some على => Gap(g: G)").On("سيطرت قوات على النظام على").Yields("Gap(g: \"قوات على النظام\" [6..21])");
        Rules("pack T\npattern Few = _+?\nrule r: سيطرت G:Few على => Gap(g: G)").On("سيطرت قوات على النظام على").Yields("Gap(g: \"قوات\" [6..10])");
    }

    [Fact]
    public void Not_matches_one_token_that_is_not_the_element()
    {
        var rules = Rules("pack T\nrule r: !(لم | لن) تسيطر X => Control(controller: X)");
        rules.On("قد تسيطر القوات").Yields("Control(controller: \"القوات\" [9..15])");
        rules.On("لم تسيطر القوات").YieldsNothing();
    }

    [Fact]
    public void Not_a_list_of_single_words()
    {
        var rules = Rules("pack T\nlist Negation = لم | لن\nrule r: !Negation تسيطر X => Control(controller: X)");
        rules.On("قد تسيطر القوات").Yields("Control(controller: \"القوات\" [9..15])");
        rules.On("لن تسيطر القوات").YieldsNothing();
    }

    [Fact]
    public void Sentence_boundaries()
    {
        var rules = Rules("pack T\nrule r: <s> X:Word سيطر Punct </s> => Start(x: X)");
        rules.On("الجيش سيطر . ثم").Yields("Start(x: \"الجيش\" [0..5])");
        rules.On("أمس الجيش سيطر").YieldsNothing();
    }

    [Fact]
    public void Unless_before_discards_the_match()
    {
        var rules = Rules("pack T\nrule r: تسيطر X على Y\n  unless before (لم | لن | لا)\n  => Control(controller: X, controlled: Y)");
        rules.On("لم تسيطر القوات على الحي").YieldsNothing();
        rules.On("تسيطر القوات على الحي").Yields("Control(controller: \"القوات\" [6..12], controlled: \"الحي\" [17..21])");
    }

    [Fact]
    public void Unless_after_discards_the_match() =>
        Rules("pack T\nrule r: سيطرت على Y\n  unless after سابقا\n  => Control(controlled: Y)")
            .On("سيطرت على المدينة سابقا")
            .YieldsNothing();

    [Fact]
    public void When_before_sets_an_attribute() =>
        Rules("pack T\nrule r: تسيطر X على Y\n  when before لم set negated: true\n  => Control(controller: X, controlled: Y, status: asserted)")
            .On("لم تسيطر القوات على الحي")
            .Yields("Control(controller: \"القوات\" [9..15], controlled: \"الحي\" [20..24], status: asserted, negated: true)");

    [Fact]
    public void When_after_sets_an_attribute() =>
        Rules("pack T\nrule r: سيطرت على Y\n  when after سابقا set status: past\n  => Control(controlled: Y)")
            .On("سيطرت على حلب سابقا")
            .Yields("Control(controlled: \"حلب\" [10..13], status: past)");

    [Fact]
    public void An_empty_text_yields_nothing() =>
        Rules("pack Demo\nX سيطر على Y").On("").YieldsNothing();

    [Fact]
    public void A_pronoun_with_nothing_before_it_stays_the_argument() =>
        Rules("pack T\nrule r: على Y => Control(controlled: Y)")
            .On("على+ها")
            .Yields("Control(controlled: \"ها\" [3..5])");

    [Fact]
    public void An_enclitic_pronoun_reports_its_antecedent_and_the_pronoun_as_via()
    {
        var relations = Rules("pack T\nrule r: سيطرت على Y => Control(controlled: Y)")
            .On("دخلت القوات مدينة حلب ثم سيطرت على+ها .").Relations;
        var controlled = Assert.Single(relations)["controlled"]!;
        Assert.Equal("القوات مدينة حلب", controlled.Text);
        Assert.Equal("ها", controlled.Via!.Text);
        Assert.Equal("[34..36]", controlled.Via.Span.ToString());
    }

    [Fact]
    public void A_word_class_may_leave_its_enclitic_pronoun_to_the_next_element()
    {
        var relations = Rules("pack T\nrule r: Word Y:Pron تحت سيطرة X => Control(controller: X, controlled: Y)")
            .On("دخل الجيش المدينة ثم جعل+ها تحت سيطرة الفصائل .").Relations;
        var controlled = Assert.Single(relations)["controlled"]!;
        Assert.Equal("الجيش المدينة", controlled.Text);
        Assert.Equal("ها", controlled.Via!.Text);
    }

    [Fact]
    public void A_relative_pronoun_reports_its_antecedent()
    {
        var relations = Rules("pack T\nrule r: Y تقع تحت سيطرة X => Control(controller: X, controlled: Y)")
            .On("حلب التي تقع تحت سيطرة الجيش").Relations;
        var controlled = Assert.Single(relations)["controlled"]!;
        Assert.Equal("حلب", controlled.Text);
        Assert.Equal("التي", controlled.Via!.Text);
    }

    [Fact]
    public void Overlapping_matches_keep_the_longest() =>
        Rules("pack T\nrule short: سيطرت على Y:Word => Control(controlled: Y)\nrule long: سيطرت على Y:Word Word => Control(controlled: Y)")
            .On("سيطرت على حي الشيخ")
            .Yields("Control(controlled: \"حي\" [10..12])");

    [Fact]
    public void Equally_long_overlapping_matches_keep_the_higher_priority()
    {
        var relations = Rules("pack T\nrule a: سيطرت على Y:Word => Control(controlled: Y)\nrule b priority 5: سيطرت على Y:Word => Control(controlled: Y, status: b)")
            .On("سيطرت على حلب").Relations;
        Assert.Equal("b", Assert.Single(relations).Rule);
    }

    [Fact]
    public void Overlap_all_keeps_every_match() =>
        Assert.Equal(2, Rules("pack T\noverlap all\nrule short: سيطرت على Y:Word => Control(controlled: Y)\nrule long: سيطرت على Y:Word Word => Control(controlled: Y)")
            .On("سيطرت على حي الشيخ").Relations.Count);

    [Fact]
    public void Nested_unbounded_quantifiers_still_match() =>
        Rules("pack T\nrule r: ((a)*)* b => M()")
            .On(string.Join(" ", Enumerable.Repeat("a", 2000)) + " b")
            .Yields("M()");
}
