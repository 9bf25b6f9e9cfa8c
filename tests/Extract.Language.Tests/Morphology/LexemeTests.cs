using Extract.Language.Morphology;

namespace Extract.Language.Tests.Morphology;

/// <summary>What <c>~word</c> and <c>~~word</c> stand for, as a linguist would list them.</summary>
public sealed class LexemeTests
{
    [Theory]
    [InlineData("سيطر", "سيطر يسيطر تسيطر سيطرت سيطروا يسيطرون يسيطروا تسيطرين سيطرنا سيطرتم نسيطر أسيطر سيطرا سيطرتا يسيطران سيطرن")]
    [InlineData("استعاد", "استعاد يستعيد تستعيد استعادت استعادوا استعدنا يستعيدون يستعد استعيد")]
    [InlineData("استولى", "استولى استولت استولوا استولينا يستولي تستولي يستولون يستول")]
    [InlineData("بسط", "بسط يبسط بسطت بسطوا يبسطون")]
    [InlineData("أحكم", "أحكم يحكم تحكم أحكمت أحكموا يحكمون")]
    [InlineData("تحكم", "تحكم يتحكم تتحكم تحكمت تحكموا يتحكمون")]
    [InlineData("انتزع", "انتزع ينتزع تنتزع انتزعت انتزعوا ينتزعون")]
    [InlineData("دخل", "دخل يدخل تدخل دخلت دخلوا يدخلون")]
    [InlineData("طرد", "طرد يطرد تطرد طردت طردوا يطردون")]
    [InlineData("سقط", "سقط يسقط تسقط سقطت سقطوا يسقطون")]
    [InlineData("قال", "قال يقول تقول قالت قالوا قلت قلنا يقولون يقل قيل")]
    [InlineData("رمى", "رمى يرمي ترمي رمت رموا رميت يرمون يرم")]
    [InlineData("دعا", "دعا يدعو تدعو دعت دعوا دعوت يدعون")]
    [InlineData("مدّ", "مد يمد تمد مدت مدوا مددت يمدون")]
    [InlineData("احتلّ", "احتل يحتل تحتل احتلت احتلوا احتللنا يحتلون")]
    [InlineData("وصل", "وصل يصل تصل وصلت وصلوا يصلون")]
    [InlineData("قاتل", "قاتل يقاتل تقاتل قاتلت قاتلوا يقاتلون")]
    [InlineData("حاصر", "حاصر يحاصر تحاصر حاصرت حاصروا يحاصرون")]
    public void A_lexeme_covers_every_conjugation(string lemma, string forms)
    {
        var expansion = Lexemes.Expand(lemma);
        foreach (var form in forms.Split(' ')) Assert.Contains(form, expansion);
    }

    [Theory]
    [InlineData("سيطر", "سيطرة السيطرة سيطرته سيطرتها مسيطر المسيطرة")]
    [InlineData("استعاد", "استعادة الاستعادة مستعيد")]
    [InlineData("استولى", "استيلاء الاستيلاء")]
    [InlineData("أحكم", "إحكام محكم")]
    [InlineData("انتزع", "انتزاع")]
    [InlineData("احتلّ", "احتلال الاحتلال محتل المحتلة")]
    [InlineData("دخل", "دخول الدخول")]
    [InlineData("قاتل", "مقاتل مقاتلون المقاتلين مقاتلة قتال")]
    [InlineData("شكّل", "تشكيل مشكل")]
    public void A_family_adds_masdars_and_participles(string lemma, string nouns)
    {
        var family = Lexemes.ExpandFamily(lemma);
        foreach (var noun in nouns.Split(' ')) Assert.Contains(noun, family);
    }

    [Fact]
    public void The_citation_form_comes_first_and_forms_are_unique()
    {
        var expansion = Lexemes.Expand("سَيْطَرَ");
        Assert.Equal("سيطر", expansion[0]);
        Assert.Equal(expansion.Count, expansion.Distinct().Count());
    }

    [Fact]
    public void A_verb_does_not_swallow_unrelated_words_but_a_homograph_stays_a_form()
    {
        var expansion = Lexemes.Expand("دمر");
        Assert.Contains("يدمر", expansion);
        Assert.Contains("دمرت", expansion);
        Assert.DoesNotContain("مدينة", expansion);
        // تدمر is both "she destroys" and the city Palmyra: the expansion lists the verb form; the
        // analysis keeps the surface token, so a rule decides which reading it wants.
        Assert.Contains("تدمر", expansion);
    }

    [Theory]
    [InlineData("سيطر", VerbForm.Quadriliteral, RootClass.Sound)]
    [InlineData("اِستَعَاد", VerbForm.X, RootClass.Hollow)]
    [InlineData("استولى", VerbForm.X, RootClass.Defective)]
    [InlineData("شَكَّل", VerbForm.II, RootClass.Sound)]
    [InlineData("تَمّ", VerbForm.I, RootClass.Doubled)]
    [InlineData("اِحتَلّ", VerbForm.VIII, RootClass.Doubled)]
    [InlineData("أَعَاد", VerbForm.IV, RootClass.Hollow)]
    [InlineData("اِنتَهَى", VerbForm.VIII, RootClass.Defective)]
    [InlineData("اِنسَحَب", VerbForm.VII, RootClass.Sound)]
    public void Citation_forms_are_analyzed(string lemma, VerbForm form, RootClass rootClass)
    {
        var verb = VerbLemma.Analyze(lemma);
        Assert.Equal((form, rootClass), (verb.Form, verb.Class));
    }
}
