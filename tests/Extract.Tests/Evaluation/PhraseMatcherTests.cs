using CsCheck;
using Extract.Evaluation;

namespace Extract.Tests.Evaluation;

/// <summary>
/// A predicted argument is correct when it contains a core phrase and lies within a max phrase,
/// compared word by word after normalization; a leading proclitic may be ignored.
/// </summary>
public class PhraseMatcherTests
{
    private static readonly GoldArgument Palmyra = new(Core: ["تدمر"], Max: ["مدينة تدمر الأثرية"]);

    [Theory]
    [InlineData("تدمر")]
    [InlineData("مدينة تدمر")]
    [InlineData("مدينة تدمر الأثرية")]
    [InlineData("تدمر الأثرية")]
    public void A_phrase_between_core_and_max_is_correct(string predicted) =>
        Assert.True(PhraseMatcher.Matches(predicted, Palmyra));

    [Theory]
    [InlineData("مدينة")]                          // does not contain the core
    [InlineData("مدينة تدمر الأثرية وريفها")]        // runs past the max
    [InlineData("دينة تدمر")]                      // a piece of a word is not a word
    [InlineData("تدمري")]                          // nor is a longer word
    public void A_phrase_outside_core_and_max_is_wrong(string predicted) =>
        Assert.False(PhraseMatcher.Matches(predicted, Palmyra));

    [Theory]
    [InlineData("وقوات النظام", "قوات النظام", "قوات النظام")]     // conjunction on the prediction
    [InlineData("بقوات النظام", "قوات النظام", "قوات النظام")]     // preposition on the prediction
    [InlineData("للمعارضة", "المعارضة", "المعارضة")]               // لل = ل + ال
    [InlineData("منطقة", "منطقة", "لمنطقة")]                       // proclitic on the gold side
    public void A_leading_proclitic_may_be_ignored(string predicted, string core, string max) =>
        Assert.True(PhraseMatcher.Matches(predicted, new GoldArgument([core], [max])));

    [Theory]
    [InlineData("\"درنة\"", "درنة")]                  // quotes around the prediction
    [InlineData("درنة", "\"درنة\"")]                  // quotes around the gold
    [InlineData("مستشفى \"الهريش", "مستشفى \"الهريش\"")] // an unclosed quote at the end of the gold
    public void Punctuation_at_the_edges_is_not_part_of_the_phrase(string predicted, string gold) =>
        Assert.True(PhraseMatcher.Matches(predicted, new GoldArgument([gold], [gold])));

    [Fact]
    public void Punctuation_inside_the_phrase_still_counts() =>
        Assert.False(PhraseMatcher.Matches("حلب ، إدلب", new GoldArgument(["حلب"], ["حلب إدلب"])));

    [Fact]
    public void A_proclitic_inside_the_phrase_is_not_ignored() =>
        Assert.False(PhraseMatcher.Matches("قوات وللنظام", new GoldArgument(["قوات النظام"], ["قوات النظام"])));

    [Theory]
    [InlineData("الأحياء الشرقية", "الاحياء الشرقيه")]        // hamza and taa marbuta folded
    [InlineData("مَدِينَةُ حَلَب", "مدينة حلب")]                // harakat removed
    [InlineData("منطقـتي التلة", "منطقتي التلة")]            // tatweel removed
    [InlineData("أكثر من ٧٥ بالمئة", "أكثر من 75 بالمئة")]    // Arabic-Indic digits
    [InlineData("مستشفى \"الهريش", "مستشفى \"الهريش\"")]      // quotes are words of their own
    public void Spelling_variants_compare_equal(string predicted, string gold) =>
        Assert.True(PhraseMatcher.Matches(predicted, new GoldArgument([gold], [gold]))
            || PhraseMatcher.Matches(predicted, new GoldArgument([predicted], [gold])));

    [Fact]
    public void Any_phrase_matches_a_gold_that_is_exactly_that_phrase() =>
        Gen.String[Gen.Char['\u0621', '\u063A'], 2, 12].Array[1, 4]
            .Select(words => string.Join(' ', words))
            .Sample(phrase => PhraseMatcher.Matches(phrase, new GoldArgument([phrase], [phrase])));

    [Fact]
    public void Prefixing_wa_to_a_correct_phrase_keeps_it_correct() =>
        Gen.String[Gen.Char['\u0628', '\u063A'], 3, 10].Array[1, 3]
            .Select(words => string.Join(' ', words))
            .Sample(phrase => PhraseMatcher.Matches("و" + phrase, new GoldArgument([phrase], [phrase])));
}
