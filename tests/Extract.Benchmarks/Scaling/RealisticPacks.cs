using System.Text;

namespace Extract.Benchmarks.Scaling;

/// <summary>
/// Synthetic but realistic rule packs and texts for the rule-count scaling curve: a vocabulary of
/// 50,000 Arabic-letter words; each rule two to five of them (bare, clitic-aware words), with gaps
/// <c>_{0,2}</c> between some and a slot <c>X:Word</c> or an untyped phrase slot at one end; texts draw
/// words with a Zipf distribution and carry, now and then, the literal sequence of a random rule.
/// </summary>
internal sealed class RealisticPacks
{
    /// <summary>Size of the vocabulary.</summary>
    public const int VocabularySize = 50_000;

    private const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهي";
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public RealisticPacks(int seed = 7)
    {
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < VocabularySize)
        {
            var word = new char[random.Next(3, 8)];
            for (int i = 0; i < word.Length; i++) word[i] = Letters[random.Next(Letters.Length)];
            words.Add(new string(word));
        }
        _vocabulary = words.ToArray();
        _cumulative = new double[VocabularySize];
        double sum = 0;
        for (int i = 0; i < VocabularySize; i++) _cumulative[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < VocabularySize; i++) _cumulative[i] /= sum;
    }

    /// <summary>The literals of rule <paramref name="rule"/> of a pack made with <paramref name="seed"/>.</summary>
    private List<string> Literals(int rule, int seed)
    {
        var random = new Random(seed * 1_000_003 + rule);
        int count = random.Next(2, 6);
        // literals from the mid and rare part of the vocabulary, as content words of a rule are
        return Enumerable.Range(0, count).Select(_ => _vocabulary[random.Next(100, VocabularySize)]).ToList();
    }

    /// <summary>A pack of <paramref name="rules"/> rules.</summary>
    public string Pack(int rules, int seed = 1)
    {
        var text = new StringBuilder("pack Scaling\nlanguage ar\n\n");
        for (int i = 0; i < rules; i++)
        {
            var random = new Random(seed * 7_919 + i);
            var literals = Literals(i, seed);
            var pattern = new StringBuilder();
            bool slotFirst = random.Next(2) == 0;
            if (slotFirst) pattern.Append("X:Word ");
            for (int k = 0; k < literals.Count; k++)
            {
                if (k > 0 && random.Next(3) == 0) pattern.Append("_{0,2} ");
                pattern.Append(literals[k]).Append(' ');
            }
            if (!slotFirst) pattern.Append("X");
            text.Append($"rule r{i}:\n    {pattern.ToString().TrimEnd()}\n    => R(x: X)\n\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// A text of about <paramref name="tokens"/> words in sentences of 8–25 words; one sentence in
    /// four carries the literals of one of the first <paramref name="rules"/> rules.
    /// </summary>
    public string Text(int tokens, int rules, int seed = 1)
    {
        var random = new Random(seed + tokens);
        var text = new StringBuilder();
        int written = 0;
        while (written < tokens)
        {
            int length = random.Next(8, 26);
            bool planted = random.Next(4) == 0;
            int at = random.Next(length);
            for (int w = 0; w < length; w++)
            {
                if (planted && w == at)
                    foreach (var literal in Literals(random.Next(rules), 1)) { text.Append(literal).Append(' '); written++; }
                text.Append(Zipf(random)).Append(' ');
                written++;
            }
            text.Append(". ");
        }
        return text.ToString();
    }

    private string Zipf(Random random)
    {
        int index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _vocabulary[index < 0 ? ~index : index];
    }
}
