using System.Text.Json;
using CsCheck;
using Extract.Matching;
using Extract.Text;

namespace Extract.Tests.Analysis;

/// <summary>The offset laws on real news: ANT articles (the copies in tests/data/gold), cut and mutated at random.</summary>
public sealed class AntTextLawTests
{
    private static readonly string[] Articles = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "gold", "ant-articles.jsonl"))
        .Where(line => line.Length > 0)
        .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
        .ToArray();

    private static readonly Gen<string> Noise = Gen.OneOf<string>("\u200F", "\u0640", "\u064E", "\uFEFF", "\0", "\r\n", "😀", "\uD800", "ﻻ", "٫", "\uFFFD", " ");

    // A slice of an article with a few characters inserted at random places.
    private static readonly Gen<string> MutatedNews =
        from article in Gen.Int[0, Articles.Length - 1].Select(i => Articles[i])
        from start in Gen.Int[0, Math.Max(0, article.Length - 1)]
        from length in Gen.Int[0, 400]
        from inserts in Gen.Select(Gen.Int[0, 400], Noise).Array[0, 6]
        select Mutate(article.Substring(start, Math.Min(length, article.Length - start)), inserts);

    private static string Mutate(string text, (int At, string What)[] inserts)
    {
        foreach (var (at, what) in inserts) text = text.Insert(Math.Min(at, text.Length), what);
        return text;
    }

    [Fact]
    public void On_mutated_news_every_span_is_exact_and_tokens_cover_every_non_space_character() =>
        MutatedNews.Sample(text =>
        {
            var document = Document.Analyze(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (var token in document.Tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
                previousEnd = token.End;
                for (int i = token.Start; i < token.End; i++) covered[i] = true;
                foreach (var segmentation in document.SegmentationsOf(token))
                {
                    var segments = document.SegmentsOf(segmentation);
                    Assert.Equal((token.Start, token.End), (segments[0].Start, segments[^1].End));
                    for (int s = 1; s < segments.Length; s++) Assert.Equal(segments[s - 1].End, segments[s].Start);
                }
            }
            for (int i = 0; i < text.Length; i++)
                if (!covered[i]) Assert.True(Extract.Analysis.Tokenizer.IsSeparator(text[i]));
            Assert.Equal(ArabicNormalizer.Normalize(text), ArabicNormalizer.Normalize(ArabicNormalizer.Normalize(text)));
        }, iter: 1500);
}
