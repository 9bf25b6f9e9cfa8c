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
    private int formCount;
    private Split[] splits = [];
    private int splitCount;
    private int[] firstSplit = [];
    private bool[] content = [];
    private bool[] pronoun = [];
    private bool[] relative = [];

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
        Reserve(ref keyId, TokenCount);
        Reserve(ref formStart, TokenCount + 1);
        Reserve(ref content, TokenCount);
        Reserve(ref pronoun, TokenCount);
        Reserve(ref relative, TokenCount);
        Reserve(ref firstSplit, TokenCount);
        formCount = 0;
        splitCount = 0;
        var cache = WordFormsCache.For(vocabulary, stops);
        for (int i = 0; i < TokenCount; i++)
        {
            var token = tokens[i];
            var word = document.Text.AsSpan(token.Start, token.End - token.Start);
            int hash = word.Length <= WordFormsCache.MaxWordLength ? WordFormsCache.Hash(word) : 0;
            if (word.Length <= WordFormsCache.MaxWordLength && cache.Find(word, hash) is { } known)
            {
                Replay(i, token, known);
                continue;
            }
            Compute(i, token, vocabulary, stops, pronouns, relatives);
            if (word.Length <= WordFormsCache.MaxWordLength) Remember(i, token, cache.Store(word, hash));
        }
        formStart[TokenCount] = formCount;
    }

    // Token i's forms, splits and flags, looked up in the vocabulary.
    private void Compute(int i, in Token token, KeyTable vocabulary, IdSet stops, IdSet pronouns, IdSet relatives)
    {
        var document = Document;
        Span<char> buffer = stackalloc char[128];
        formStart[i] = formCount;
        firstSplit[i] = -1;
        int key = vocabulary.IdOf(document.KeyOf(token));
        keyId[i] = key;
        AddForm(formStart[i], key, -1);
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
                split = splitCount;
                Analysis.ArrayBuffer.Grow(ref splits, splitCount + 1);
                splits[splitCount++] = new Split(i, segments[firstEnclitic].Start, vocabulary.IdOf(document.KeyOf(segments[firstEnclitic])));
                if (firstSplit[i] < 0) firstSplit[i] = split;
            }
            var stemKey = document.KeyOf(segments[stem]);
            AddForm(formStart[i], vocabulary.IdOf(stemKey), split);
            if (article && stemKey.Length + Article.Length <= buffer.Length)
            {
                Article.AsSpan().CopyTo(buffer);
                stemKey.CopyTo(buffer[Article.Length..]);
                AddForm(formStart[i], vocabulary.IdOf(buffer[..(Article.Length + stemKey.Length)]), split);
            }
        }
        bool stop = false, isPronoun = false, isRelative = false;
        for (int f = formStart[i]; f < formCount; f++)
        {
            stop |= stops.Contains(formId[f]);
            isPronoun |= pronouns.Contains(formId[f]);
            isRelative |= relatives.Contains(formId[f]);
        }
        pronoun[i] = isPronoun;
        relative[i] = isRelative;
        content[i] = !stop && token.Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number;
    }

    // Keeps token i's part of the lattice in the cache, its splits numbered from 0 and placed from the token's start.
    private void Remember(int i, in Token token, WordFormsCache.Entry entry)
    {
        int firstForm = formStart[i], forms = formCount - firstForm;
        int splitBase = firstSplit[i] < 0 ? splitCount : firstSplit[i];
        int splitsOfToken = splitCount - splitBase;
        entry.KeyId = keyId[i];
        Analysis.ArrayBuffer.Grow(ref entry.FormIds, forms);
        Analysis.ArrayBuffer.Grow(ref entry.FormSplits, forms);
        for (int f = 0; f < forms; f++)
        {
            entry.FormIds[f] = formId[firstForm + f];
            entry.FormSplits[f] = formSplit[firstForm + f] < 0 ? -1 : formSplit[firstForm + f] - splitBase;
        }
        entry.FormCount = forms;
        Analysis.ArrayBuffer.Grow(ref entry.SplitOffsets, splitsOfToken);
        Analysis.ArrayBuffer.Grow(ref entry.SplitEnclitics, splitsOfToken);
        for (int s = 0; s < splitsOfToken; s++)
        {
            entry.SplitOffsets[s] = splits[splitBase + s].Offset - token.Start;
            entry.SplitEnclitics[s] = splits[splitBase + s].EncliticId;
        }
        entry.SplitCount = splitsOfToken;
        entry.FirstSplit = firstSplit[i] < 0 ? -1 : 0;
        entry.Content = content[i];
        entry.Pronoun = pronoun[i];
        entry.Relative = relative[i];
    }

    // Token i's part of the lattice from the cache.
    private void Replay(int i, in Token token, WordFormsCache.Entry entry)
    {
        int splitBase = splitCount;
        Analysis.ArrayBuffer.Grow(ref splits, splitCount + entry.SplitCount);
        for (int s = 0; s < entry.SplitCount; s++)
            splits[splitCount++] = new Split(i, token.Start + entry.SplitOffsets[s], entry.SplitEnclitics[s]);
        formStart[i] = formCount;
        Analysis.ArrayBuffer.Grow(ref formId, formCount + entry.FormCount);
        Analysis.ArrayBuffer.Grow(ref formSplit, formCount + entry.FormCount);
        for (int f = 0; f < entry.FormCount; f++)
        {
            formId[formCount] = entry.FormIds[f];
            formSplit[formCount] = entry.FormSplits[f] < 0 ? -1 : splitBase + entry.FormSplits[f];
            formCount++;
        }
        keyId[i] = entry.KeyId;
        firstSplit[i] = entry.FirstSplit < 0 ? -1 : splitBase + entry.FirstSplit;
        content[i] = entry.Content;
        pronoun[i] = entry.Pronoun;
        relative[i] = entry.Relative;
    }

    private static void Reserve<T>(ref T[] array, int needed)
    {
        if (array.Length < needed) array = new T[Math.Max(needed, array.Length * 2)];
    }

    // Keeps one form per id; a form that allows a split wins over one that does not.
    private void AddForm(int first, int id, int split)
    {
        if (id < 0) return;
        for (int f = first; f < formCount; f++)
        {
            if (formId[f] != id) continue;
            if (formSplit[f] < 0 && split >= 0) formSplit[f] = split;
            return;
        }
        Analysis.ArrayBuffer.Grow(ref formId, formCount + 1);
        Analysis.ArrayBuffer.Grow(ref formSplit, formCount + 1);
        formId[formCount] = id;
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
