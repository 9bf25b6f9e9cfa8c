using Extract.Analysis;
using Extract.Matching;
using Xunit.Abstractions;

namespace Extract.Tests.Pud;

/// <summary>
/// The analysis measured against UD Arabic PUD's gold tokens and clitic splits (1,000 sentences).
/// Floors are the targets; the figures are printed with every run.
/// </summary>
public sealed class SegmentationOnPudTests(ITestOutputHelper output)
{
    private static readonly Lazy<Measurement> Figures = new(() => Measure(PudTreebank.Load(), TextAnalyzer.Default));

    [Fact]
    public void Token_boundaries_agree_with_PUD_for_at_least_99_percent_of_tokens()
    {
        var m = Figures.Value;
        output.WriteLine($"token boundaries: {m.TokensMatched}/{m.GoldTokens} = {m.TokenAgreement:P2}");
        Assert.True(m.TokenAgreement >= 0.99, $"token agreement {m.TokenAgreement:P2}");
    }

    [Fact]
    public void Gold_segmentation_is_among_the_candidates_for_at_least_99_percent_of_Arabic_words()
    {
        var m = Figures.Value;
        output.WriteLine($"gold among candidates: {m.AmongCandidates}/{m.ArabicWords} = {m.CandidateRecall:P2}");
        foreach (var miss in m.CandidateMisses.Take(40)) output.WriteLine("  missing: " + miss);
        Assert.True(m.CandidateRecall >= 0.99, $"candidate recall {m.CandidateRecall:P2}");
    }

    [Fact]
    public void Gold_segmentation_is_ranked_first_for_at_least_95_percent_of_Arabic_words()
    {
        var m = Figures.Value;
        output.WriteLine($"gold ranked first: {m.RankedFirst}/{m.ArabicWords} = {m.TopOneAccuracy:P2} (unsplit baseline {m.UnsplitBaseline:P2})");
        foreach (var miss in m.RankingMisses.Take(60)) output.WriteLine("  ranked lower: " + miss);
        Assert.True(m.TopOneAccuracy >= 0.95, $"top-1 accuracy {m.TopOneAccuracy:P2}");
    }

    public sealed record Measurement(
        int GoldTokens, int TokensMatched, int ArabicWords, int AmongCandidates, int RankedFirst, int Unsplit,
        List<string> CandidateMisses, List<string> RankingMisses)
    {
        public double TokenAgreement => (double)TokensMatched / GoldTokens;
        public double CandidateRecall => (double)AmongCandidates / ArabicWords;
        public double TopOneAccuracy => (double)RankedFirst / ArabicWords;
        public double UnsplitBaseline => (double)Unsplit / ArabicWords;
    }

    public static Measurement Measure(IReadOnlyList<GoldSentence> sentences, TextAnalyzer analyzer)
    {
        int gold = 0, matched = 0, arabic = 0, among = 0, first = 0, unsplit = 0;
        var candidateMisses = new List<string>();
        var rankingMisses = new List<string>();
        foreach (var sentence in sentences)
        {
            var document = analyzer.Analyze(sentence.Text);
            var byStart = new Dictionary<int, Token>();
            foreach (var token in document.Tokens) byStart[token.Start] = token;
            foreach (var goldToken in sentence.Tokens)
            {
                gold++;
                bool found = byStart.TryGetValue(goldToken.Start, out var token) && token.End == goldToken.End;
                if (found) matched++;
                if (!goldToken.Arabic) continue;
                arabic++;
                if (goldToken.Splits.Length == 0) unsplit++;
                if (!found) { candidateMisses.Add($"{sentence.Id}: token '{sentence.Text[goldToken.Start..goldToken.End]}' not found"); continue; }
                int rank = RankOfGold(document, token, goldToken.Splits);
                string word = string.Join("+", goldToken.Words);
                if (rank >= 0) among++; else candidateMisses.Add($"{word} (best: {Describe(document, token, 0)})");
                if (rank == 0) first++; else if (rank > 0) rankingMisses.Add($"{word} ranked {rank + 1}, best: {Describe(document, token, 0)}");
            }
        }
        return new Measurement(gold, matched, arabic, among, first, unsplit, candidateMisses, rankingMisses);
    }

    // Rank of the first candidate whose boundaries, with the article joined to its stem, are PUD's.
    private static int RankOfGold(Document document, Token token, int[] goldSplits)
    {
        var candidates = document.SegmentationsOf(token);
        for (int rank = 0; rank < candidates.Length; rank++)
            if (Boundaries(document, token, candidates[rank]).SequenceEqual(goldSplits)) return rank;
        return -1;
    }

    private static List<int> Boundaries(Document document, Token token, Segmentation segmentation)
    {
        var segments = document.SegmentsOf(segmentation);
        var boundaries = new List<int>();
        for (int i = 1; i < segments.Length; i++)
        {
            bool article = segments[i - 1].Role == SegmentRole.Proclitic && document.KeyOf(segments[i - 1]).SequenceEqual("ال");
            if (!article) boundaries.Add(segments[i].Start - token.Start);
        }
        return boundaries;
    }

    private static string Describe(Document document, Token token, int rank)
    {
        var segmentation = document.SegmentationsOf(token)[rank];
        return string.Join("+", document.SegmentsOf(segmentation).ToArray().Select(s => document.Text[s.Start..s.End]));
    }
}
