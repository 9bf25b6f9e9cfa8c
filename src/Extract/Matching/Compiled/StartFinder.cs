namespace Extract.Matching.Compiled;

/// <summary>
/// Where a rule with a trigger can start a match: a match starting at token s lies within
/// s .. s + MaxTokens - 1 and within the sentence of s, and holds a word of each of the rule's slots
/// (its trigger, its requirements), so the nearest occurrence of every slot at or after s must be that
/// close, in that sentence. <see cref="Next"/> leaps from one candidate start to the next over the slots'
/// occurrence lists, so its cost grows with the occurrences, not with the length of the document. One
/// per thread, reset for each rule run.
/// </summary>
internal sealed class StartFinder
{
    [ThreadStatic] private static StartFinder? forThread;

    private TriggerHits hits = null!;
    private Document document = null!;
    private int[] slots = [];
    private int[] cursor = new int[4];   // per slot, the index of its nearest occurrence at or after the last query
    private int maxTokens, tokenCount;
    private int answeredFrom, answer;     // no start lies in answeredFrom .. answer - 1, and answer is one (or the token count)

    /// <summary>The calling thread's finder, set for one rule.</summary>
    public static StartFinder For(TriggerHits hits, int[] slots, int maxTokens, Document document)
    {
        var finder = forThread ??= new StartFinder();
        finder.hits = hits;
        finder.document = document;
        finder.slots = slots;
        finder.maxTokens = maxTokens;
        finder.tokenCount = document.Tokens.Length;
        Analysis.ArrayBuffer.Grow(ref finder.cursor, slots.Length);
        Array.Clear(finder.cursor, 0, slots.Length);
        finder.answeredFrom = finder.answer = -1;
        return finder;
    }

    /// <summary>The first token at or after <paramref name="token"/> where a match can start; the token count when none.</summary>
    public int Next(int token)
    {
        if (token >= answeredFrom && token <= answer) return answer;
        if (token < answeredFrom) Array.Clear(cursor, 0, slots.Length);   // a query behind the last: restart the cursors
        answeredFrom = token;
        while (token < tokenCount)
        {
            int farthest = token;
            for (int s = 0; s < slots.Length; s++)
            {
                var occurrences = hits.Of(slots[s]);
                int i = cursor[s];
                while (i < occurrences.Length && occurrences[i] < token) i++;
                cursor[s] = i;
                if (i == occurrences.Length) return answer = tokenCount;
                farthest = Math.Max(farthest, occurrences[i]);
            }
            int sentenceEnd = document.SentenceEnd(token);
            if (farthest < sentenceEnd)
            {
                if (farthest - token < maxTokens) return answer = token;
                // Every start before farthest - maxTokens + 1 is too far from that slot's next word.
                token = farthest - maxTokens + 1;
            }
            else
            {
                // That slot's next word lies past this sentence: no start in the rest of it.
                token = Math.Max(sentenceEnd, farthest - maxTokens + 1);
            }
        }
        return answer = tokenCount;
    }
}
