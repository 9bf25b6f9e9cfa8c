using System.Reflection;
using System.Text;
using Extract.Analysis;
using Extract.Matching;

namespace Extract.Benchmarks;

/// <summary>
/// A document of space-separated single-segment tokens built without the analyzer, so that matcher
/// benchmarks measure matching only (the document's fields are filled by reflection, as the analyzer
/// would fill them).
/// </summary>
internal static class SyntheticDocument
{
    public static Document Of(IReadOnlyList<string> words, int sentenceLength = 25)
    {
        var document = (Document)Activator.CreateInstance(typeof(Document), BindingFlags.NonPublic | BindingFlags.Instance, null, ["", ""], null)!;
        var text = new StringBuilder();
        var tokens = new Token[words.Count];
        var segmentations = new Segmentation[words.Count];
        var segments = new Segment[words.Count];
        var sentences = new List<Sentence>();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) text.Append(' ');
            int start = text.Length;
            text.Append(words[i]);
            int sentence = i / sentenceLength;
            tokens[i] = new Token(start, text.Length, TokenKind.Arabic, sentence, start, words[i].Length, i, 1);
            segmentations[i] = new Segmentation(i, 1, 1);
            segments[i] = new Segment(start, text.Length, SegmentRole.Stem, start, words[i].Length);
            if (i % sentenceLength == 0) sentences.Add(new Sentence(start, start, i, Math.Min(sentenceLength, words.Count - i)));
        }
        var chars = text.ToString().ToCharArray();
        Set(document, "Text", text.ToString(), property: true);
        Set(document, "TokenArray", tokens);
        Set(document, "TokenCount", tokens.Length);
        Set(document, "SentenceArray", sentences.ToArray());
        Set(document, "SentenceCount", sentences.Count);
        Set(document, "SegmentationArray", segmentations);
        Set(document, "SegmentationCount", segmentations.Length);
        Set(document, "SegmentArray", segments);
        Set(document, "SegmentCount", segments.Length);
        Set(document, "NormBuffer", chars);
        Set(document, "KeyBuffer", chars);
        Set(document, "NormCount", chars.Length);
        Set(document, "KeyCount", chars.Length);
        return document;
    }

    private static void Set(Document document, string name, object value, bool property = false)
    {
        const BindingFlags flags = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance;
        if (property) typeof(Document).GetProperty(name, flags)!.SetValue(document, value);
        else typeof(Document).GetField(name, flags)!.SetValue(document, value);
    }
}
