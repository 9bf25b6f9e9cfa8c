using System.Reflection;
using System.Text;
using Extract.Analysis;
using Extract.Matching;

namespace Extract.Generators.Tests.Support;

/// <summary>
/// A <see cref="Document"/> whose analysis is written by hand, so that the matchers can be tested
/// independently of the analyzer: words are separated by spaces; <c>_</c> ends a proclitic and
/// <c>+</c> starts an enclitic (<c>و_ال_جيش</c>, <c>على+ها</c>). A split word gets two segmentations,
/// the split one first, then the whole word. Keys are the words themselves; <c>.</c> ends a sentence.
/// </summary>
public static class AnnotatedDocument
{
    public static Document Parse(string annotated)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var segmentations = new List<Segmentation>();
        var segments = new List<Segment>();
        var sentences = new List<Sentence>();
        int sentence = 0, sentenceStart = 0;
        foreach (var word in annotated.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0) text.Append(' ');
            int start = text.Length;
            int stemAt = word.LastIndexOf('_') + 1;
            var parts = word[..stemAt].Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => (Text: p, Role: SegmentRole.Proclitic)).ToList();
            var tail = word[stemAt..].Split('+');
            parts.Add((tail[0], SegmentRole.Stem));
            parts.AddRange(tail.Skip(1).Select(p => (Text: p, Role: SegmentRole.Enclitic)));
            var surface = string.Concat(parts.Select(p => p.Text));
            text.Append(surface);
            int first = segmentations.Count;
            if (parts.Count > 1)
            {
                int firstSegment = segments.Count, at = start;
                foreach (var (part, role) in parts)
                {
                    segments.Add(new Segment(at, at + part.Length, role, at, part.Length));
                    at += part.Length;
                }
                segmentations.Add(new Segmentation(firstSegment, parts.Count, 2));
            }
            segments.Add(new Segment(start, start + surface.Length, SegmentRole.Stem, start, surface.Length));
            segmentations.Add(new Segmentation(segments.Count - 1, 1, 1));
            var kind = surface.All(char.IsDigit) ? TokenKind.Number
                : surface.All(char.IsPunctuation) ? TokenKind.Punctuation
                : surface.Any(c => c is >= '\u0600' and <= '\u06FF') ? TokenKind.Arabic : TokenKind.Latin;
            tokens.Add(new Token(start, start + surface.Length, kind, sentence, start, surface.Length, first, segmentations.Count - first));
            if (surface == ".")
            {
                sentences.Add(new Sentence(tokens[sentenceStart].Start, tokens[^1].End, sentenceStart, tokens.Count - sentenceStart));
                sentence++;
                sentenceStart = tokens.Count;
            }
        }
        if (sentenceStart < tokens.Count)
            sentences.Add(new Sentence(tokens[sentenceStart].Start, tokens[^1].End, sentenceStart, tokens.Count - sentenceStart));

        // Keys sit at the same offsets as the text (NormStart = Start), so the buffers are the text itself.
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
