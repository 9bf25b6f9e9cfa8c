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

    private int[] keyId = [];
    private int[] formStart = [0];
    private int[] formId = [];
    private int[] formSplit = [];
    private int[] formToken = [];
    private int formCount;
    private Split[] splits = [];
    private int splitCount;
    private int[] firstSplit = [];
    private bool[] content = [];
    private bool[] pronoun = [];
    private bool[] relative = [];
    private (int Segmentation, int Segment)[] splitSource = [];   // per split, where its enclitic is in its token
    private readonly LatticeMemo memo = new();

    private const int MaxReusedTokens = 100_000;

    [ThreadStatic] private static MatchLattice? reusable;

    /// <summary>An enclitic split point: its token, where the enclitic starts, and the enclitic's key id.</summary>
    /// <param name="Token">The token.</param>
    /// <param name="Offset">Where the enclitic starts in the original text.</param>
    /// <param name="EncliticId">The enclitic's key id, or -1.</param>
    public readonly record struct Split(int Token, int Offset, int EncliticId);

    /// <summary>Builds the lattice of <paramref name="document"/> for a pack's vocabulary and phrase word classes.</summary>
    public MatchLattice(Document document, KeyTable vocabulary, IdSet stops, IdSet pronouns, IdSet relatives)
    {
        Document = document;
        Fill(vocabulary, stops, pronouns, relatives);
    }

    /// <summary>
    /// The calling thread's lattice, rebuilt for <paramref name="document"/>: its arrays are reused from
    /// one document to the next, so that matching a stream of documents does not allocate a lattice per
    /// document. Valid until the thread's next call; a matcher uses it inside one <c>Match</c> call.
    /// </summary>
    public static MatchLattice ForThread(Document document, KeyTable vocabulary, IdSet stops, IdSet pronouns, IdSet relatives)
    {
        // A very long document gets a lattice of its own, so that a thread does not keep its arrays.
        if (document.Tokens.Length > MaxReusedTokens) return new MatchLattice(document, vocabulary, stops, pronouns, relatives);
        var lattice = reusable ??= new MatchLattice();
        lattice.Document = document;
        lattice.Fill(vocabulary, stops, pronouns, relatives);
        return lattice;
    }

    private MatchLattice() => Document = null!;

    private void Fill(KeyTable vocabulary, IdSet stops, IdSet pronouns, IdSet relatives)
    {
        var document = Document;
        var tokens = document.Tokens;
        TokenCount = tokens.Length;
        Analysis.ArrayBuffer.Grow(ref keyId, TokenCount);
        Analysis.ArrayBuffer.Grow(ref formStart, TokenCount + 1);
        Analysis.ArrayBuffer.Grow(ref content, TokenCount);
        Analysis.ArrayBuffer.Grow(ref pronoun, TokenCount);
        Analysis.ArrayBuffer.Grow(ref relative, TokenCount);
        Analysis.ArrayBuffer.Grow(ref firstSplit, TokenCount);
        formCount = 0;
        splitCount = 0;
        bool memoize = memo.Use(document, vocabulary, stops, pronouns, relatives);
        Span<char> buffer = stackalloc char[128];
        for (int i = 0; i < TokenCount; i++)
        {
            var token = tokens[i];
            formStart[i] = formCount;
            firstSplit[i] = -1;
            int word = memoize ? document.WordArray[i] : -1;
            int state = word >= 0 ? memo.StateOf(word) : 0;
            if (LatticeMemo.IsPlain(state))
            {
                ReplayPlain(i, token, state);
                continue;
            }
            if (state > 0)
            {
                Replay(i, token, memo.Entry(state));
                continue;
            }
            int key = vocabulary.IdOf(document.KeyOf(token));
            keyId[i] = key;
            AddForm(i, key, -1);
            var segmentations = document.SegmentationsOf(token);
            for (int k = 0; k < segmentations.Length; k++)
            {
                var segments = document.SegmentsOf(segmentations[k]);
                if (segments.Length == 1 && IsTokenKey(token, segments[0])) continue;   // the unsplit word: its form is the whole key's
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
                    split = splitCount;
                    Analysis.ArrayBuffer.Grow(ref splits, splitCount + 1);
                    splits[splitCount++] = new Split(i, segments[firstEnclitic].Start, vocabulary.IdOf(document.KeyOf(segments[firstEnclitic])));
                    Analysis.ArrayBuffer.Grow(ref splitSource, splitCount);
                    splitSource[splitCount - 1] = (k, firstEnclitic);
                    if (firstSplit[i] < 0) firstSplit[i] = split;
                }
                var stemKey = document.KeyOf(segments[stem]);
                AddForm(i, vocabulary.IdOf(stemKey), split);
                if (article && segments.Length == 2 && IsTokenKey(token, segments[0], segments[1]))
                    AddForm(i, key, split);   // ال + stem is the whole key (الجيش)
                else if (article && stemKey.Length + Article.Length <= buffer.Length)
                {
                    Article.AsSpan().CopyTo(buffer);
                    stemKey.CopyTo(buffer[Article.Length..]);
                    AddForm(i, vocabulary.IdOf(buffer[..(Article.Length + stemKey.Length)]), split);
                }
            }
            bool stop = false, isPronoun = false, isRelative = false;
            for (int f = formStart[i]; f < formCount; f++)
            {
                stop |= stops.Contains(formId[f]);
                isPronoun |= pronouns.Contains(formId[f]);
                isRelative |= relatives.Contains(formId[f]);
            }
            int flags = (stop ? LatticeMemo.Stop : 0) | (isPronoun ? LatticeMemo.Pronoun : 0) | (isRelative ? LatticeMemo.Relative : 0);
            SetFlags(i, token, flags);
            if (word >= 0) Memoize(i, word, flags);
        }
        formStart[TokenCount] = formCount;
    }

    // Records what token i (word `word`) was found to be: see LatticeMemo for the entry's layout.
    private void Memoize(int i, int word, int flags)
    {
        int firstForm = formStart[i], forms = formCount - firstForm;
        int firstOfToken = firstSplit[i] < 0 ? splitCount : firstSplit[i], splitsOfToken = splitCount - firstOfToken;
        if (splitsOfToken == 0 && (forms == 0 && keyId[i] < 0 || forms == 1 && formId[firstForm] == keyId[i] && formSplit[firstForm] < 0))
        {
            memo.AddPlain(word, keyId[i], flags);
            return;
        }
        var entry = memo.Add(word, 4 + forms * 2 + splitsOfToken * 3);
        if (entry.IsEmpty) return;
        (entry[0], entry[1], entry[2], entry[3]) = (keyId[i], flags, forms, splitsOfToken);
        int at = 4;
        for (int f = firstForm; f < formCount; f++, at += 2)
            (entry[at], entry[at + 1]) = (formId[f], formSplit[f] < 0 ? -1 : formSplit[f] - firstOfToken);
        for (int split = firstOfToken; split < splitCount; split++, at += 3)
            (entry[at], entry[at + 1], entry[at + 2]) = (splitSource[split].Segmentation, splitSource[split].Segment, splits[split].EncliticId);
    }

    // Token i is a word already memoized: its forms and flags are copied, its splits placed at this occurrence.
    private void Replay(int i, in Token token, ReadOnlySpan<int> entry)
    {
        int flags = entry[1], forms = entry[2], splitsOfWord = entry[3];
        keyId[i] = entry[0];
        int firstOfToken = splitCount;
        int at = 4 + forms * 2;
        if (splitsOfWord > 0)
        {
            firstSplit[i] = firstOfToken;
            Analysis.ArrayBuffer.Grow(ref splits, splitCount + splitsOfWord);
            var segmentations = Document.SegmentationsOf(token);
            for (int s = 0; s < splitsOfWord; s++, at += 3)
            {
                var enclitic = Document.SegmentsOf(segmentations[entry[at]])[entry[at + 1]];
                splits[splitCount++] = new Split(i, enclitic.Start, entry[at + 2]);
            }
        }
        at = 4;
        for (int f = 0; f < forms; f++, at += 2) AppendForm(i, entry[at], entry[at + 1] < 0 ? -1 : firstOfToken + entry[at + 1]);
        SetFlags(i, token, flags);
    }

    // Token i is a plain word already memoized: its whole key is its only form, if any, and it has no split.
    private void ReplayPlain(int i, in Token token, int state)
    {
        int key = LatticeMemo.PlainKeyId(state);
        keyId[i] = key;
        if (key >= 0) AppendForm(i, key, -1);
        SetFlags(i, token, LatticeMemo.PlainFlags(state));
    }

    // The closed-class flags of token i from its forms' classes (LatticeMemo's flag bits).
    private void SetFlags(int i, in Token token, int flags)
    {
        pronoun[i] = (flags & LatticeMemo.Pronoun) != 0;
        relative[i] = (flags & LatticeMemo.Relative) != 0;
        content[i] = (flags & LatticeMemo.Stop) == 0 && token.Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number;
    }

    // True when the segments' keys are the token's own key characters, end to end (no restored ة, no synthetic ال).
    private static bool IsTokenKey(in Token token, in Segment only) =>
        only.KeyStart == token.NormStart && only.KeyLength == token.NormLength;

    private static bool IsTokenKey(in Token token, in Segment first, in Segment second) =>
        first.KeyStart == token.NormStart && second.KeyStart == first.KeyStart + first.KeyLength
        && first.KeyLength + second.KeyLength == token.NormLength;

    // Keeps one form per id; a form that allows a split wins over one that does not.
    private void AddForm(int token, int id, int split)
    {
        if (id < 0) return;
        for (int f = formStart[token]; f < formCount; f++)
        {
            if (formId[f] != id) continue;
            if (formSplit[f] < 0 && split >= 0) formSplit[f] = split;
            return;
        }
        AppendForm(token, id, split);
    }

    private void AppendForm(int token, int id, int split)
    {
        Analysis.ArrayBuffer.Grow(ref formId, formCount + 1);
        Analysis.ArrayBuffer.Grow(ref formSplit, formCount + 1);
        Analysis.ArrayBuffer.Grow(ref formToken, formCount + 1);
        formId[formCount] = id;
        formToken[formCount] = token;
        formSplit[formCount] = split;
        formCount++;
    }

    /// <summary>The document.</summary>
    public Document Document { get; private set; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Token <paramref name="i"/>.</summary>
    public ref readonly Token Token(int i) => ref Document.Tokens[i];

    /// <summary>The id of token <paramref name="i"/>'s whole key, or -1.</summary>
    public int KeyId(int i) => keyId[i];

    /// <summary>The first form of token <paramref name="i"/>; its forms are <c>FirstForm(i) .. FirstForm(i + 1) - 1</c>.</summary>
    public int FirstForm(int i) => formStart[i];

    /// <summary>The number of forms, of all tokens: forms are numbered in token order.</summary>
    public int FormCount => formCount;

    /// <summary>The token form <paramref name="form"/> belongs to.</summary>
    public int FormToken(int form) => formToken[form];

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
