using Extract.Analysis;
using Extract.Matching;

namespace Extract.Cli.Commands;

/// <summary>
/// CoNLL-U: one block per sentence, each Arabic token split into its best segmentation's syntactic
/// words under a multiword-token range (the article stays on its word, as UD Arabic writes it).
/// Columns other than ID, FORM and MISC are left as "_"; MISC carries the character offsets.
/// </summary>
internal static class ConlluWriter
{
    public static void Write(TextWriter output, Document document)
    {
        string text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            output.WriteLine($"# newdoc id = {document.Id}");
            output.WriteLine($"# text = {text[sentence.Start..sentence.End].ReplaceLineEndings(" ")}");
            int id = 1;
            for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = document.Tokens[t];
                var words = Words(document, token);
                bool spaceAfter = token.End < text.Length && char.IsWhiteSpace(text[token.End]);
                string misc = $"TokenRange={token.Start}:{token.End}{(spaceAfter || token.End == text.Length ? "" : "|SpaceAfter=No")}";
                if (words.Count > 1)
                {
                    output.WriteLine($"{id}-{id + words.Count - 1}\t{text[token.Start..token.End]}\t_\t_\t_\t_\t_\t_\t_\t{misc}");
                    foreach (var (start, end) in words)
                        output.WriteLine($"{id++}\t{text[start..end]}\t_\t_\t_\t_\t_\t_\t_\tTokenRange={start}:{end}");
                }
                else output.WriteLine($"{id++}\t{text[token.Start..token.End]}\t_\t_\t_\t_\t_\t_\t_\t{misc}");
            }
            output.WriteLine();
        }
    }

    // The best segmentation with the article joined back to its stem.
    private static List<(int Start, int End)> Words(Document document, Token token)
    {
        var words = new List<(int, int)>();
        var segments = document.SegmentsOf(document.SegmentationsOf(token)[0]);
        int start = segments[0].Start;
        for (int i = 0; i < segments.Length; i++)
        {
            bool article = segments[i].Role == SegmentRole.Proclitic && document.KeyOf(segments[i]).SequenceEqual("ال");
            if (article) continue;
            words.Add((start, segments[i].End));
            if (i + 1 < segments.Length) start = segments[i + 1].Start;
        }
        return words;
    }
}
