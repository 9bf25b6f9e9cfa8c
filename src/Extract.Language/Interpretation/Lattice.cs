using Extract.Analysis;
using Extract.Language.Model;
using Extract.Matching;

namespace Extract.Language.Interpretation;

/// <summary>
/// A document seen through one pack's vocabulary: for every token, the ids of its stem forms (whole
/// key; per segmentation, the stem and ال + stem), its whole-key id, its enclitic split points and its
/// closed-class flags. Computed once per document; matching then compares integers only.
/// </summary>
internal sealed class Lattice
{
    private const string Article = "ال";

    public readonly Document Document;
    public readonly int TokenCount;
    public readonly int[] KeyId;            // whole-token key id, or -1
    public readonly int[] FormStart;        // forms of token i: FormStart[i] .. FormStart[i + 1]
    public readonly int[] FormId;
    public readonly int[] FormSplit;        // index into Splits when this form's segmentation has an enclitic, else -1
    public readonly List<Split> Splits = [];
    public readonly int[] FirstSplit;       // the first split of token i in segmentation order (whatever its stem), or -1
    public readonly bool[] Content;
    public readonly bool[] Pronoun;
    public readonly bool[] Relative;
    public readonly HashSet<int> Present = [];

    /// <summary>An enclitic split point: where the enclitic starts and its key id.</summary>
    public readonly record struct Split(int Token, int Offset, int EncliticId);

    public Lattice(Document document, KeyTable table, PhraseSets phrase)
    {
        Document = document;
        var tokens = document.Tokens;
        TokenCount = tokens.Length;
        KeyId = new int[TokenCount];
        FormStart = new int[TokenCount + 1];
        Content = new bool[TokenCount];
        Pronoun = new bool[TokenCount];
        Relative = new bool[TokenCount];
        FirstSplit = new int[TokenCount];
        var ids = new List<int>(TokenCount * 2);
        var splits = new List<int>(TokenCount * 2);
        Span<char> buffer = stackalloc char[128];
        for (int i = 0; i < TokenCount; i++)
        {
            var token = tokens[i];
            FormStart[i] = ids.Count;
            FirstSplit[i] = -1;
            int keyId = table.IdOf(document.KeyOf(token));
            KeyId[i] = keyId;
            AddForm(ids, splits, FormStart[i], keyId, -1);
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
                    split = Splits.Count;
                    Splits.Add(new Split(i, segments[firstEnclitic].Start, table.IdOf(document.KeyOf(segments[firstEnclitic]))));
                    if (FirstSplit[i] < 0) FirstSplit[i] = split;
                }
                var stemKey = document.KeyOf(segments[stem]);
                AddForm(ids, splits, FormStart[i], table.IdOf(stemKey), split);
                if (article && stemKey.Length + Article.Length <= buffer.Length)
                {
                    Article.AsSpan().CopyTo(buffer);
                    stemKey.CopyTo(buffer[Article.Length..]);
                    AddForm(ids, splits, FormStart[i], table.IdOf(buffer[..(Article.Length + stemKey.Length)]), split);
                }
            }
            bool stop = false, pronoun = false, relative = false;
            for (int f = FormStart[i]; f < ids.Count; f++)
            {
                Present.Add(ids[f]);
                stop |= phrase.Stops.Contains(ids[f]);
                pronoun |= phrase.Pronouns.Contains(ids[f]);
                relative |= phrase.Relatives.Contains(ids[f]);
            }
            Pronoun[i] = pronoun;
            Relative[i] = relative;
            Content[i] = !stop && token.Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number;
        }
        FormStart[TokenCount] = ids.Count;
        FormId = ids.ToArray();
        FormSplit = splits.ToArray();
    }

    // Keeps one form per id; a form that allows a split wins over one that does not.
    private static void AddForm(List<int> ids, List<int> splits, int first, int id, int split)
    {
        if (id < 0) return;
        for (int f = first; f < ids.Count; f++)
        {
            if (ids[f] != id) continue;
            if (splits[f] < 0 && split >= 0) splits[f] = split;
            return;
        }
        ids.Add(id);
        splits.Add(split);
    }

    public Token Token(int i) => Document.Tokens[i];

    public bool IsSentenceStart(int i) =>
        i < TokenCount && (i == 0 || Document.Tokens[i].Sentence != Document.Tokens[i - 1].Sentence);

    public bool IsSentenceEnd(int i) =>
        i > 0 && (i == TokenCount || Document.Tokens[i].Sentence != Document.Tokens[i - 1].Sentence);

    public bool IsInsideSentence(int i) => i > 0 && i < TokenCount && !IsSentenceStart(i);
}

/// <summary>The phrase lexicon's id sets, ready for lookups.</summary>
internal sealed class PhraseSets(PhraseLexicon lexicon)
{
    public readonly HashSet<int> Stops = [.. lexicon.Stops];
    public readonly HashSet<int> Pronouns = [.. lexicon.Pronouns];
    public readonly HashSet<int> Relatives = [.. lexicon.RelativePronouns];
}
