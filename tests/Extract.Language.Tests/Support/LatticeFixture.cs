using System.Reflection;
using System.Text;
using Extract.Analysis;
using Extract.Language.Binding;
using Extract.Matching;

namespace Extract.Language.Tests.Support;

/// <summary>
/// Builds a <see cref="Document"/> with a lattice written by hand, to test matching semantics
/// independently of the analyzer's heuristics. Words are separated by spaces; <c>_</c> marks a
/// proclitic boundary and <c>+</c> an enclitic boundary (<c>و_ال_جيش</c>, <c>على+ها</c>). A split
/// token gets two candidate segmentations: the split one, then the whole token. Keys are
/// the matching key of the text; a sentence ends after <c>.</c>.
/// </summary>
public static class LatticeFixture
{
    public static Document Build(string annotated)
    {
        var document = (Document)Activator.CreateInstance(typeof(Document), BindingFlags.NonPublic | BindingFlags.Instance, null, ["", ""], null)!;
        var text = new StringBuilder();
        var keys = new StringBuilder();
        var tokens = new List<Token>();
        var segmentations = new List<Segmentation>();
        var segments = new List<Segment>();
        var sentences = new List<Sentence>();
        int sentence = 0, sentenceFirst = 0;
        foreach (var word in annotated.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0) text.Append(' ');
            int start = text.Length;
            var parts = new List<(string Text, SegmentRole Role)>();
            int stemAt = word.LastIndexOf('_') + 1;
            var head = word[..stemAt].Split('_', StringSplitOptions.RemoveEmptyEntries);
            var tail = word[stemAt..].Split('+');
            foreach (var proclitic in head) parts.Add((proclitic, SegmentRole.Proclitic));
            parts.Add((tail[0], SegmentRole.Stem));
            foreach (var enclitic in tail.Skip(1)) parts.Add((enclitic, SegmentRole.Enclitic));
            string surface = string.Concat(parts.Select(part => part.Text));
            text.Append(surface);
            int keyStart = keys.Length;
            string tokenKey = MatchingKeys.Key(surface);
            keys.Append(tokenKey);
            int firstSegmentation = segmentations.Count;
            if (parts.Count > 1)
            {
                int first = segments.Count, offset = start;
                foreach (var (part, role) in parts)
                {
                    string partKey = MatchingKeys.Key(part);
                    segments.Add(new Segment(offset, offset + part.Length, role, keys.Length, partKey.Length));
                    keys.Append(partKey);
                    offset += part.Length;
                }
                segmentations.Add(new Segmentation(first, parts.Count, 2));
            }
            segments.Add(new Segment(start, start + surface.Length, SegmentRole.Stem, keyStart, tokenKey.Length));
            segmentations.Add(new Segmentation(segments.Count - 1, 1, 1));
            var kind = surface.All(char.IsDigit) ? TokenKind.Number
                : surface.All(c => char.IsPunctuation(c) || c == '،') ? TokenKind.Punctuation
                : surface.Any(c => c >= '\u0600' && c <= '\u06FF') ? TokenKind.Arabic : TokenKind.Latin;
            tokens.Add(new Token(start, start + surface.Length, kind, sentence, keyStart, tokenKey.Length, firstSegmentation, segmentations.Count - firstSegmentation));
            if (surface == ".")
            {
                sentences.Add(new Sentence(tokens[sentenceFirst].Start, tokens[^1].End, sentenceFirst, tokens.Count - sentenceFirst));
                sentence++;
                sentenceFirst = tokens.Count;
            }
        }
        if (sentenceFirst < tokens.Count)
            sentences.Add(new Sentence(tokens[sentenceFirst].Start, tokens[^1].End, sentenceFirst, tokens.Count - sentenceFirst));
        Set(document, "Text", text.ToString(), property: true);
        Set(document, "TokenArray", tokens.ToArray());
        Set(document, "TokenCount", tokens.Count);
        Set(document, "SentenceArray", sentences.ToArray());
        Set(document, "SentenceCount", sentences.Count);
        Set(document, "SegmentationArray", segmentations.ToArray());
        Set(document, "SegmentationCount", segmentations.Count);
        Set(document, "SegmentArray", segments.ToArray());
        Set(document, "SegmentCount", segments.Count);
        Set(document, "NormBuffer", keys.ToString().ToCharArray());
        Set(document, "KeyBuffer", keys.ToString().ToCharArray());
        Set(document, "NormCount", keys.Length);
        Set(document, "KeyCount", keys.Length);
        return document;
    }

    private static void Set(Document document, string name, object value, bool property = false)
    {
        const BindingFlags flags = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance;
        if (property) typeof(Document).GetProperty(name, flags)!.SetValue(document, value);
        else typeof(Document).GetField(name, flags)!.SetValue(document, value);
    }
}
