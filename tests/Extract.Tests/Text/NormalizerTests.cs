using Extract.Text;

namespace Extract.Tests.Text;

/// <summary>DESIGN §4's normalization, one case a line: the original, what matching sees.</summary>
public sealed class NormalizerTests
{
    [Theory]
    [InlineData("سَيْطَرَ", "سيطر")]                 // harakat
    [InlineData("ســـيطر", "سيطر")]                  // tatweel
    [InlineData("الرَّحْمٰنِ", "الرحمن")]             // superscript alef, shadda
    [InlineData("ﺳﻴﻄﺮ", "سيطر")]                      // presentation forms
    [InlineData("ﻻ", "لا")]                           // lam-alef ligature
    [InlineData("ا\u0654", "أ")]                      // NFC: alef + hamza above
    [InlineData("سي\u200Fطر", "سيطر")]                // RLM inside a word
    [InlineData("ی ک ھ", "ي ك ه")]                    // Persian/Urdu letters
    [InlineData("٨٥٫٥ و۱۲", "85.5 و12")]              // Arabic-Indic and extended digits
    [InlineData("\uFEFFنص", "نص")]                    // BOM
    public void Normalize(string original, string normalized) =>
        Assert.Equal(normalized, ArabicNormalizer.Normalize(original));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إلى", "الي")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلله", "الله")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("Syria", "syria")]
    public void Key_folds_hamzated_alef_alef_maqsura_and_ta_marbuta(string original, string key) =>
        Assert.Equal(key, ArabicNormalizer.Key(original));

    [Fact]
    public void A_span_of_the_normalized_text_maps_back_to_the_exact_original_span()
    {
        const string original = "قالَ: ســيطرَتْ القوات";
        var normalized = ArabicNormalizer.NormalizeWithMap(original);
        int start = normalized.Normalized.IndexOf("سيطرت", StringComparison.Ordinal);
        var span = normalized.Map.ToOriginal(start, start + "سيطرت".Length);
        Assert.Equal("ســيطرَتْ", span.Of(original));
    }
}

/// <summary>Characters past the presentation-form blocks once indexed outside the table.</summary>
public sealed class NormalizerRegressionTests
{
    [Theory]
    [InlineData("نص \uFFFD\uFFFD سليم")]
    [InlineData("\uFFFF\uFF21\uFFFC")]
    public void Characters_above_the_presentation_forms_pass_through(string text) =>
        Assert.Equal(text, ArabicNormalizer.Normalize(text));
}
