using Extract.Analysis;
using Extract.Matching;

namespace Extract.Tests.Analysis;

/// <summary>What counts as one token, and where sentences end.</summary>
public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var document = Document.Analyze(text);
        return document.Tokens.ToArray().Select(t => text[t.Start..t.End]).ToArray();
    }

    [Theory]
    [InlineData("ارتفع بنسبة 85.5 في المئة", "ارتفع|بنسبة|85.5|في|المئة")]
    [InlineData("قتل 1,000 شخص", "قتل|1,000|شخص")]
    [InlineData("بلغ ٨٥٫٥ مليون", "بلغ|٨٥٫٥|مليون")]
    [InlineData("قال، «نعم»؛ لماذا؟", "قال|،|«|نعم|»|؛|لماذا|؟")]
    [InlineData("زوروا https://example.com/a?b=1. الآن", "زوروا|https://example.com/a?b=1|.|الآن")]
    [InlineData("وسم #سوريا_الآن و @user", "وسم|#سوريا_الآن|و|@user")]
    [InlineData("كلمة😀👍🏽 ok", "كلمة|😀|👍🏽|ok")]
    [InlineData("ســيطرَتْ", "ســيطرَتْ")]
    [InlineData("انتظر...", "انتظر|...")]
    [InlineData("COVID19", "COVID|19")]
    public void Tokens_are(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Sentences_end_at_full_stops_question_marks_and_line_breaks_not_inside_numbers()
    {
        var document = Document.Analyze("ارتفع 85.5 بالمئة. هل سيطر؟ نعم!\nعنوان بلا نقطة\r\nسطر آخر");
        var sentences = document.Sentences.ToArray().Select(s => s.Span.Of(document.Text)).ToArray();
        Assert.Equal(["ارتفع 85.5 بالمئة.", "هل سيطر؟", "نعم!", "عنوان بلا نقطة", "سطر آخر"], sentences);
    }

    [Fact]
    public void A_closing_quote_after_the_full_stop_stays_in_its_sentence()
    {
        var document = Document.Analyze("قال «سيطرنا على المدينة.» ثم غادر.");
        Assert.Equal("قال «سيطرنا على المدينة.»", document.Sentences[0].Span.Of(document.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\0\0\0")]
    [InlineData("\uFEFF")]
    public void Empty_and_blank_texts_have_no_tokens(string text) => Assert.Empty(Tokens(text));

    [Fact]
    public void A_long_single_line_is_tokenized_with_exact_offsets()
    {
        string text = string.Concat(Enumerable.Repeat("سيطرت القوات على المدينة، ", 100_000));
        var document = Document.Analyze(text);
        Assert.Equal(500_000, document.Tokens.Length);
        var last = document.Tokens[^1];
        Assert.Equal("،", text[last.Start..last.End]);
        Assert.Equal(text.Length - 1, last.End);
    }
}
