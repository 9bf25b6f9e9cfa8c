using Extract.Analysis;

namespace Extract.Matching.Compiled;

/// <summary>
/// A document seen through one pack's vocabulary, for generated matchers: for every token, the ids of
/// its stem forms (the whole key; per candidate segmentation, the stem and ال + stem), its whole-key id,
/// the enclitic split points, and its closed-class flags. Computed once per document; matching then
/// compares integers only. The same lattice as the rule interpreter's, so both executors agree.
/// </summary>
public sealed class MatchLattice
{
    private const string Article = "ال";

    private readonly int[] keyId;
    private readonly int[] formStart;
    private readonly int[] formId;
    private readonly int[] formSplit;
    private readonly List<Split> splits = [];
    private readonly int[] firstSplit;
    private readonly bool[] content;
    private readonly bool[] pronoun;
    private readonly bool[] relative;

    /// <summary>An enclitic split point: its token, where the enclitic starts, and the enclitic's key id.</summary>
    /// <param name="Token">The token.</param>
    /// <param name="Offset">Where the enclitic starts in the original text.</param>
    /// <param name="EncliticId">The enclitic's key id, or -1.</param>
    public readonly record struct Split(int Token, int Offset, int EncliticId);

    /// <summary>Builds the lattice of <paramref name="document"/> for a pack's vocabulary and phrase word classes.</summary>
    public MatchLattice(Document document, KeyTable vocabulary, IdSet stops, IdSet pronouns, IdSet relatives)
    {
        Document = document;
        var tokens = document.Tokens;
        TokenCount = tokens.Length;
        keyId = new int[TokenCount];
        formStart = new int[TokenCount + 1];
        content = new bool[TokenCount];
        pronoun = new bool[TokenCount];
        relative = new bool[TokenCount];
        firstSplit = new int[TokenCount];
        var ids = new List<int>(TokenCount * 2);
        var splitOfForm = new List<int>(TokenCount * 2);
        Span<char> buffer = stackalloc char[128];
        for (int i = 0; i < TokenCount; i++)
        {
            var token = tokens[i];
            formStart[i] = ids.Count;
            firstSplit[i] = -1;
            int key = vocabulary.IdOf(document.KeyOf(token));
            keyId[i] = key;
            AddForm(ids, splitOfForm, formStart[i], key, -1);
            foreach (var segmentation in document.SegmentationsOf(token))
            {
                var segments = document.SegmentsOf(segmentation);
                int stem = -1, firstEnclitic = -1;
                bool article = false;
                for (int s = 0; s < segments.Length; s++)
                {
                    if (segments[s].Role == SegmentRole.Stem && stem < 0) stem = s;
                    else if (segments[s].Role == SegmentRole.Enclitic && firstEnclitic < 0) firstEnclitic = s;
                    else if (segments[s].Role == SegmentRole.Proclitic && document.KeyOf(segments[s]).SequenceEqual(Article)) article = true;
                }
                if (stem < 0) continue;
                int split = -1;
                if (firstEnclitic > stem)
                {
                    split = splits.Count;
                    splits.Add(new Split(i, segments[firstEnclitic].Start, vocabulary.IdOf(document.KeyOf(segments[firstEnclitic]))));
                    if (firstSplit[i] < 0) firstSplit[i] = split;
                }
                var stemKey = document.KeyOf(segments[stem]);
                AddForm(ids, splitOfForm, formStart[i], vocabulary.IdOf(stemKey), split);
                if (article && stemKey.Length + Article.Length <= buffer.Length)
                {
                    Article.AsSpan().CopyTo(buffer);
                    stemKey.CopyTo(buffer[Article.Length..]);
                    AddForm(ids, splitOfForm, formStart[i], vocabulary.IdOf(buffer[..(Article.Length + stemKey.Length)]), split);
                }
            }
            bool stop = false, isPronoun = false, isRelative = false;
            for (int f = formStart[i]; f < ids.Count; f++)
            {
                stop |= stops.Contains(ids[f]);
                isPronoun |= pronouns.Contains(ids[f]);
                isRelative |= relatives.Contains(ids[f]);
            }
            pronoun[i] = isPronoun;
            relative[i] = isRelative;
            content[i] = !stop && token.Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number;
        }
        formStart[TokenCount] = ids.Count;
        formId = ids.ToArray();
        formSplit = splitOfForm.ToArray();
    }

    // Keeps one form per id; a form that allows a split wins over one that does not.
    private static void AddForm(List<int> ids, List<int> splitOfForm, int first, int id, int split)
    {
        if (id < 0) return;
        for (int f = first; f < ids.Count; f++)
        {
            if (ids[f] != id) continue;
            if (splitOfForm[f] < 0 && split >= 0) splitOfForm[f] = split;
            return;
        }
        ids.Add(id);
        splitOfForm.Add(split);
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount { get; }

    /// <summary>Token <paramref name="i"/>.</summary>
    public ref readonly Token Token(int i) => ref Document.Tokens[i];

    /// <summary>The id of token <paramref name="i"/>'s whole key, or -1.</summary>
    public int KeyId(int i) => keyId[i];

    /// <summary>The first form of token <paramref name="i"/>; its forms are <c>FirstForm(i) .. FirstForm(i + 1) - 1</c>.</summary>
    public int FirstForm(int i) => formStart[i];

    /// <summary>The id of form <paramref name="form"/>.</summary>
    public int FormId(int form) => formId[form];

    /// <summary>The split of form <paramref name="form"/> when its segmentation has an enclitic, else -1.</summary>
    public int FormSplit(int form) => formSplit[form];

    /// <summary>The first split of token <paramref name="i"/> in segmentation order (whatever its stem), or -1.</summary>
    public int FirstSplit(int i) => firstSplit[i];

    /// <summary>Split point <paramref name="index"/>.</summary>
    public Split SplitAt(int index) => splits[index];

    /// <summary>True when token <paramref name="i"/> can be part of a default phrase.</summary>
    public bool IsContent(int i) => content[i];

    /// <summary>True when token <paramref name="i"/> is a pronoun.</summary>
    public bool IsPronoun(int i) => pronoun[i];

    /// <summary>True when token <paramref name="i"/> is a relative pronoun.</summary>
    public bool IsRelative(int i) => relative[i];

    /// <summary>True when a sentence starts at token boundary <paramref name="i"/>.</summary>
    public bool IsSentenceStart(int i) => i < TokenCount && (i == 0 || Token(i).Sentence != Token(i - 1).Sentence);

    /// <summary>True when a sentence ends at token boundary <paramref name="i"/>.</summary>
    public bool IsSentenceEnd(int i) => i > 0 && (i == TokenCount || Token(i).Sentence != Token(i - 1).Sentence);

    /// <summary>True when token boundary <paramref name="i"/> lies between two tokens of one sentence.</summary>
    public bool IsInsideSentence(int i) => i > 0 && i < TokenCount && !IsSentenceStart(i);
}
