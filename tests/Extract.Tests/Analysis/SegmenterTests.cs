using Extract.Analysis;
using Extract.Matching;

namespace Extract.Tests.Analysis;

/// <summary>The clitic lattice: every candidate of a word, with the best first.</summary>
public sealed class SegmenterTests
{
    private static string[] Candidates(string word)
    {
        var document = Document.Analyze(word);
        var token = document.Tokens[0];
        return document.SegmentationsOf(token).ToArray()
            .Select(s => string.Join("+", document.SegmentsOf(s).ToArray().Select(g => word[g.Start..g.End])))
            .ToArray();
    }

    private static string Best(string word) => Candidates(word)[0];

    [Theory]
    [InlineData("والجيش", "و+ال+جيش")]
    [InlineData("عليها", "علي+ها")]
    [InlineData("للمدينة", "ل+ل+مدينة")]
    [InlineData("بسيطرتها", "ب+سيطرت+ها")]
    [InlineData("سيكون", "س+يكون")]
    [InlineData("لها", "ل+ها")]
    [InlineData("وزير", "وزير")]
    [InlineData("كان", "كان")]
    [InlineData("وكان", "و+كان")]
    [InlineData("الجدارة", "ال+جدارة")]
    [InlineData("مستشفى", "مستشفى")]
    public void The_best_segmentation_is(string word, string best) => Assert.Equal(best, Best(word));

    [Fact]
    public void Every_lexically_possible_split_is_kept_for_the_rules_to_choose()
    {
        var candidates = Candidates("وبسيطرتها");
        Assert.Contains("وبسيطرتها", candidates);
        Assert.Contains("و+بسيطرتها", candidates);
        Assert.Contains("و+ب+سيطرت+ها", candidates);
    }

    [Fact]
    public void Each_segment_has_its_own_span_and_key()
    {
        var document = Document.Analyze("قوات سيطرت عليها");
        var token = document.Tokens[2];
        var best = document.SegmentsOf(document.SegmentationsOf(token)[0]);
        Assert.Equal(("على", SegmentRole.Stem), ("على", best[0].Role));
        Assert.Equal("علي", document.KeyOf(best[0]).ToString());
        Assert.Equal("ها", best[1].Span.Of(document.Text));
        Assert.Equal(SegmentRole.Enclitic, best[1].Role);
    }

    [Fact]
    public void The_article_of_lil_has_the_key_al_and_the_span_of_the_second_lam()
    {
        var document = Document.Analyze("للمدينة");
        var best = document.SegmentsOf(document.SegmentationsOf(document.Tokens[0])[0]);
        Assert.Equal("ال", document.KeyOf(best[1]).ToString());
        Assert.Equal(new Span(1, 2), best[1].Span);
        Assert.Equal("مدينه", document.KeyOf(best[2]).ToString());
    }

    [Fact]
    public void A_stem_written_with_ta_before_a_pronoun_is_also_read_with_ta_marbuta()
    {
        var document = Document.Analyze("بسيطرتها");
        var keys = document.SegmentationsOf(document.Tokens[0]).ToArray()
            .SelectMany(s => document.SegmentsOf(s).ToArray())
            .Where(g => g.Role == SegmentRole.Stem)
            .Select(g => document.KeyOf(g).ToString());
        Assert.Contains("سيطره", keys);
    }

    [Fact]
    public void A_place_name_keeps_its_surface_reading()
    {
        Assert.Contains("تدمر", Candidates("تدمر"));
        Assert.Equal("تدمر", Best("تدمر"));
    }
}
