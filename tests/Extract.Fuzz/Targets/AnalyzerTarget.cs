using System.Text;
using CsCheck;
using Extract.Analysis;
using Extract.Cli;
using Extract.Fuzz.Inputs;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;
using Extract.Text;

namespace Extract.Fuzz.Targets;

/// <summary>
/// The analyzer and the shipped pack on random Unicode, random bytes decoded as UTF-8 and real news
/// mutated byte by byte. Laws: every token and segment covers exactly its text, tokens are ordered and
/// cover every non-separator, sentences partition the tokens, normalization is idempotent at both
/// levels; every relation of the shipped pack has exact offsets and lies in one sentence, and the
/// generated pack finds what the interpreter finds on the same rule files.
/// </summary>
public sealed class AnalyzerTarget : FuzzTarget<string>
{
    private static readonly string[] Pieces =
    [
        "و", "ال", "سيطر", "على", "ها", "للمدينة", "قوات", "الجيش", "َ", "ّ", "ـ", "ﻻ", "ﷲ", "ﺳ", "ٔ", "ی", "ک", "٨٥٫٥", "1,000", "85.5", "۱۲",
        "Latin", "،", "؟", ".", "...", "«", "»", "!", "\"", "#سوريا", "https://a.b/c.", "\u200F", "\u200B", "\u202B", "\uFEFF", "\0", "\r\n",
        "\n", " ", "\t", "😀", "👍🏽", "\uD800", "\uDC00", "\uFFFD", "\uFFFF", "é", "e\u0301", "中文", "\u0085", "\u2028", "تحت سيطرة", "التي",
    ];

    private static readonly Lazy<IRulePack?> interpreted = new(() =>
    {
        if (Corpus.ShippedRules.Count == 0) return null;
        var result = PackCompiler.Compile(Corpus.ShippedRules.Select(file => new RuleSource(file.Path, Encoding.UTF8.GetString(file.Bytes))), runExamples: false);
        return result.Program is null ? null : new InterpretedPack(result.Program);
    });

    public override string Name => "analyzer";

    public override Gen<string> Inputs { get; } = Gen.Frequency(
        (2, Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(parts => string.Concat(parts.Select(i => Pieces[i])))),
        (1, Gen.Char[(char)0, (char)0xFFFF].Array[0, 100].Select(chars => new string(chars))),
        (1, Gen.Byte.Array[0, 300].Select(bytes => Utf8Input.Decode(bytes).Text)),
        (4, from text in Gen.Int[0, 1_000_000].Select(i => Corpus.News[i % Corpus.News.Count])
            from start in Gen.Int[0, 1_000_000]
            from length in Gen.Int[0, 2000]
            from bytes in Mutation.Of([Encoding.UTF8.GetBytes(Slice(text, start, length))])
            select Utf8Input.Decode(bytes).Text));

    private static string Slice(string text, int start, int length)
    {
        int from = (int)((long)start * text.Length / 1_000_001);
        return text.Substring(from, Math.Min(length, text.Length - from));
    }

    public override void Check(string text)
    {
        var document = Document.Analyze(text);
        CheckTokens(text, document);
        CheckNormalization(text);
        var generated = ArabicControlPack.Instance.Match(document);
        foreach (var relation in generated) CheckRelation(text, document, relation);
        if (interpreted.Value is { } pack)
        {
            var expected = pack.Match(document);
            LawBroken.Unless(expected.SequenceEqual(generated),
                () => $"generated ≠ interpreted:\ninterpreted: {string.Join("; ", expected)}\ngenerated:   {string.Join("; ", generated)}");
        }
    }

    private static void CheckTokens(string text, Document document)
    {
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            LawBroken.Unless(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, () => $"token [{token.Start}..{token.End}] out of order or out of the text");
            previousEnd = token.End;
            for (int i = token.Start; i < token.End; i++) covered[i] = true;
            foreach (var segmentation in document.SegmentationsOf(token))
            {
                var segments = document.SegmentsOf(segmentation);
                LawBroken.Unless(segments.Length > 0 && segments[0].Start == token.Start && segments[^1].End == token.End, () => $"segments do not cover token [{token.Start}..{token.End}]");
                for (int s = 0; s < segments.Length; s++)
                {
                    var segment = segments[s];
                    LawBroken.Unless(segment.Start < segment.End && (s == 0 || segments[s - 1].End == segment.Start), () => $"segments of token [{token.Start}..{token.End}] are not contiguous");
                }
            }
        }
        for (int i = 0; i < text.Length; i++)
        {
            int at = i;
            LawBroken.Unless(covered[i] || Tokenizer.IsSeparator(text[i]), () => $"U+{(int)text[at]:X4} at {at} belongs to no token");
        }
        int next = 0;
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            int expected = next, index = s;
            LawBroken.Unless(sentence.FirstToken == expected, () => $"sentence {index} starts at token {sentence.FirstToken}, not {expected}");
            next += sentence.TokenCount;
        }
        LawBroken.Unless(next == document.Tokens.Length, () => "sentences do not partition the tokens");
    }

    private static void CheckNormalization(string text)
    {
        string normalized = ArabicNormalizer.Normalize(text), key = ArabicNormalizer.Key(text);
        LawBroken.Unless(ArabicNormalizer.Normalize(normalized) == normalized, () => "Normalize is not idempotent");
        LawBroken.Unless(ArabicNormalizer.Key(key) == key, () => "Key is not idempotent");
        LawBroken.Unless(ArabicNormalizer.Key(normalized) == key, () => "Key(Normalize(x)) differs from Key(x)");
    }

    private static void CheckRelation(string text, Document document, Relation relation)
    {
        CheckSpan(text, relation.Span, relation.Text, relation);
        CheckOneSentence(document, relation.Span, relation);
        foreach (var (_, argument) in relation.Arguments)
        {
            CheckSpan(text, argument.Span, argument.Text, relation);
            if (argument.Via is { } via) CheckSpan(text, via.Span, via.Text, relation);
            CheckOneSentence(document, argument.Via?.Span ?? argument.Span, relation);
        }
    }

    private static void CheckSpan(string text, Span span, string claimed, Relation relation) =>
        LawBroken.Unless(span.Start >= 0 && span.End <= text.Length && span.Start <= span.End && text[span.Start..span.End] == claimed,
            () => $"span {span} does not hold {Printing.Escape(claimed)} in {relation}");

    private static void CheckOneSentence(Document document, Span span, Relation relation)
    {
        int sentence = -1;
        foreach (var token in document.Tokens)
        {
            if (token.End <= span.Start || token.Start >= span.End) continue;
            int previous = sentence;
            LawBroken.Unless(sentence < 0 || token.Sentence == sentence, () => $"{relation} crosses from sentence {previous} into {token.Sentence}");
            sentence = token.Sentence;
        }
    }
}
