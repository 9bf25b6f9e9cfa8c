using CsCheck;
using Extract.Analysis;
using Extract.Matching;
using Extract.Text;

namespace Extract.Tests.Analysis;

/// <summary>Offsets are sacred: laws that hold for any text, checked on random Unicode.</summary>
public sealed class OffsetLawTests
{
    // Arabic letters, harakat, tatweel, presentation forms, digits of three scripts, Latin, punctuation,
    // bidi and zero-width controls, NUL, line breaks, emoji (surrogate pairs) and lone surrogates.
    private static readonly Gen<string> Pieces = Gen.OneOf<string>(
        "و", "ال", "سيطر", "على", "ها", "للمدينة", "قوات", "َ", "ّ", "ـ", "ﻻ", "ﷲ", "ﺳ", "ﻢ", "ٔ", "ا", "ی", "ک",
        "٨٥٫٥", "1,000", "85.5", "۱۲", "Latin", "COVID", "،", "؟", ".", "...", "«", "»", "!", "(", ")", "\"", "#سوريا",
        "https://a.b/c.", "\u200F", "\u200B", "\u202B", "\uFEFF", "\0", "\r\n", "\n", " ", "  ", "\t", "😀", "👍🏽",
        "\uD800", "\uDC00", "\uFFFD", "\uFFFF", "\uFF21", "é", "e\u0301", "中文", "ж", "\u0085");

    private static readonly Gen<string> Texts = Gen.OneOf(
        Pieces.Array[0, 40].Select(parts => string.Concat(parts)),
        Gen.Char[(char)0, (char)0xFFFF].Array[0, 60].Select(chars => new string(chars)));

    [Fact]
    public void Every_token_and_segment_covers_exactly_the_text_it_claims() =>
        Texts.Sample(text =>
        {
            var document = Document.Analyze(text);
            foreach (var token in document.Tokens)
            {
                Assert.InRange(token.Start, 0, text.Length);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                foreach (var segmentation in document.SegmentationsOf(token))
                {
                    var segments = document.SegmentsOf(segmentation);
                    Assert.Equal(token.Start, segments[0].Start);
                    Assert.Equal(token.End, segments[^1].End);
                    for (int i = 0; i < segments.Length; i++)
                    {
                        Assert.True(segments[i].Start < segments[i].End, "a segment is never empty");
                        if (i > 0) Assert.Equal(segments[i - 1].End, segments[i].Start);
                    }
                }
            }
        }, iter: 3000);

    [Fact]
    public void Tokens_never_overlap_never_split_a_surrogate_pair_and_cover_every_non_space_character() =>
        Texts.Sample(text =>
        {
            var document = Document.Analyze(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (var token in document.Tokens)
            {
                Assert.True(token.Start >= previousEnd, "tokens are ordered and do not overlap");
                previousEnd = token.End;
                for (int i = token.Start; i < token.End; i++) covered[i] = true;
                Assert.False(token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]));
                Assert.False(char.IsHighSurrogate(text[token.End - 1]) && token.End < text.Length && char.IsLowSurrogate(text[token.End]));
            }
            for (int i = 0; i < text.Length; i++)
                if (!covered[i]) Assert.True(Tokenizer.IsSeparator(text[i]), $"U+{(int)text[i]:X4} at {i} belongs to no token");
        }, iter: 3000);

    [Fact]
    public void Sentences_partition_the_tokens_in_order() =>
        Texts.Sample(text =>
        {
            var document = Document.Analyze(text);
            int next = 0;
            for (int s = 0; s < document.Sentences.Length; s++)
            {
                var sentence = document.Sentences[s];
                Assert.Equal(next, sentence.FirstToken);
                for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                    Assert.Equal(s, document.Tokens[t].Sentence);
                next += sentence.TokenCount;
            }
            Assert.Equal(document.Tokens.Length, next);
        }, iter: 2000);

    [Fact]
    public void Normalization_is_idempotent_and_maps_every_character_back_into_the_original() =>
        Texts.Sample(text =>
        {
            var normalized = ArabicNormalizer.NormalizeWithMap(text);
            Assert.Equal(normalized.Normalized, ArabicNormalizer.Normalize(normalized.Normalized));
            Assert.Equal(normalized.Key, ArabicNormalizer.Key(normalized.Key));
            Assert.Equal(normalized.Normalized.Length, normalized.Key.Length);
            int previous = 0;
            for (int i = 0; i < normalized.Map.Length; i++)
            {
                var span = normalized.Map[i];
                Assert.True(span.Start >= previous && span.End > span.Start && span.End <= text.Length);
                previous = span.Start;
            }
        }, iter: 3000);
}
