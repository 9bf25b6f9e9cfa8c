using Extract.Text;

namespace Extract.Tests.Pud;

/// <summary>A gold surface token of UD Arabic PUD: its span in the sentence text and, for an Arabic
/// token, the offsets inside it where PUD splits clitics (the article stays on its word).</summary>
public sealed record GoldToken(int Start, int End, bool Arabic, int[] Splits, string[] Words, string[] Lemmas, string[] Tags);

/// <summary>One PUD sentence: its text and gold tokens.</summary>
public sealed record GoldSentence(string Id, string Text, IReadOnlyList<GoldToken> Tokens);

/// <summary>
/// Reads UD Arabic PUD (tests/data/ud-arabic-pud). PUD writes a clitic as a word of its own joined to
/// the next by SpaceAfter=No (نشرت + ها, ل + أوباما, ل + لسلطة); a surface token is a run of Arabic
/// words so joined.
/// </summary>
public static class PudTreebank
{
    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "data", "ud-arabic-pud", name);

    public static IReadOnlyList<GoldSentence> Load() => Parse(File.ReadAllLines(DataFile("ar_pud-ud-test.conllu")));

    public static IReadOnlyList<GoldSentence> Parse(IEnumerable<string> lines)
    {
        var sentences = new List<GoldSentence>();
        string id = "", text = "";
        var words = new List<(string Form, string Lemma, string Tag, bool SpaceAfter)>();
        foreach (var line in lines.Append(""))
        {
            if (line.StartsWith("# sent_id = ")) id = line["# sent_id = ".Length..];
            else if (line.StartsWith("# text = ")) text = line["# text = ".Length..];
            else if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add(new GoldSentence(id, text, Group(text, words)));
                words.Clear();
            }
            else if (!line.StartsWith('#'))
            {
                var columns = line.Split('\t');
                if (columns[0].Contains('-') || columns[0].Contains('.')) continue;
                words.Add((columns[1], columns[2], columns[3], !columns[9].Contains("SpaceAfter=No")));
            }
        }
        return sentences;
    }

    private static bool IsArabicWord(string form) => form.Length > 0 && ArabicChars.IsArabicLetter(form[0]);

    private static List<GoldToken> Group(string text, List<(string Form, string Lemma, string Tag, bool SpaceAfter)> words)
    {
        var tokens = new List<GoldToken>();
        int position = 0;
        for (int i = 0; i < words.Count;)
        {
            int j = i + 1;
            if (IsArabicWord(words[i].Form))
                while (j < words.Count && !words[j - 1].SpaceAfter && IsArabicWord(words[j].Form)) j++;
            var run = words.GetRange(i, j - i);
            string surface = string.Concat(run.Select(w => w.Form));
            int start = text.IndexOf(surface, position, StringComparison.Ordinal);
            if (start < 0) { i = j; continue; }
            var splits = new List<int>();
            int offset = 0;
            foreach (var word in run.Take(run.Count - 1)) splits.Add(offset += word.Form.Length);
            tokens.Add(new GoldToken(start, start + surface.Length, IsArabicWord(words[i].Form), [.. splits],
                [.. run.Select(w => w.Form)], [.. run.Select(w => w.Lemma)], [.. run.Select(w => w.Tag)]));
            position = start + surface.Length;
            i = j;
        }
        return tokens;
    }
}
