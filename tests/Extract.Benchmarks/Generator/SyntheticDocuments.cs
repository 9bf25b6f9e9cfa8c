using System.Reflection;
using System.Text;
using Extract.Analysis;
using Extract.Matching;

namespace Extract.Benchmarks.Generator;

/// <summary>
/// News-like documents over a synthetic pack's words, with a hand-made analysis (the same shape the
/// analyzer produces: one or two segmentations per token, sentences at "."), so that matchers can be
/// timed before and independently of the real analyzer.
/// </summary>
internal static class SyntheticDocuments
{
    private static readonly string[] Filler = ["قالت", "المصادر", "إن", "في", "المدينة", "اليوم", "الذي", "بعد", "معارك", "عنيفة", "مع", "شمال", "البلاد", "و", "هو"];

    public static Document Create(Random random, int tokens, int ruleCount)
    {
        var words = new List<string>();
        for (int i = 0; i < tokens; i++)
        {
            int kind = random.Next(20);
            words.Add(kind switch
            {
                0 => ".",
                1 => "قوة" + random.Next(10),
                2 => "كلمة" + random.Next(ruleCount),
                3 => "على",
                _ => Filler[random.Next(Filler.Length)],
            });
        }
        return Build(words);
    }

    private static Document Build(List<string> words)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var segmentations = new List<Segmentation>();
        var segments = new List<Segment>();
        var sentences = new List<Sentence>();
        int sentence = 0, sentenceStart = 0;
        foreach (var word in words)
        {
            if (text.Length > 0) text.Append(' ');
            int start = text.Length;
            text.Append(word);
            int first = segmentations.Count;
            if (word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3)
            {
                segments.Add(new Segment(start, start + 2, SegmentRole.Proclitic, start, 2));
                segments.Add(new Segment(start + 2, start + word.Length, SegmentRole.Stem, start + 2, word.Length - 2));
                segmentations.Add(new Segmentation(segments.Count - 2, 2, 2));
            }
            segments.Add(new Segment(start, start + word.Length, SegmentRole.Stem, start, word.Length));
            segmentations.Add(new Segmentation(segments.Count - 1, 1, 1));
            var kind = word == "." ? TokenKind.Punctuation : TokenKind.Arabic;
            tokens.Add(new Token(start, start + word.Length, kind, sentence, start, word.Length, first, segmentations.Count - first));
            if (word == ".")
            {
                sentences.Add(new Sentence(tokens[sentenceStart].Start, tokens[^1].End, sentenceStart, tokens.Count - sentenceStart));
                sentence++;
                sentenceStart = tokens.Count;
            }
        }
        if (sentenceStart < tokens.Count)
            sentences.Add(new Sentence(tokens[sentenceStart].Start, tokens[^1].End, sentenceStart, tokens.Count - sentenceStart));
        var chars = text.ToString().ToCharArray();
        var document = (Document)Activator.CreateInstance(typeof(Document), BindingFlags.NonPublic | BindingFlags.Instance, null, ["", text.ToString()], null)!;
        Set(document, "TokenArray", tokens.ToArray());
        Set(document, "TokenCount", tokens.Count);
        Set(document, "SentenceArray", sentences.ToArray());
        Set(document, "SentenceCount", sentences.Count);
        Set(document, "SegmentationArray", segmentations.ToArray());
        Set(document, "SegmentationCount", segmentations.Count);
        Set(document, "SegmentArray", segments.ToArray());
        Set(document, "SegmentCount", segments.Count);
        Set(document, "NormBuffer", chars);
        Set(document, "KeyBuffer", chars);
        Set(document, "NormCount", chars.Length);
        Set(document, "KeyCount", chars.Length);
        return document;
    }

    private static void Set(Document document, string field, object value) =>
        typeof(Document).GetField(field, BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(document, value);
}
