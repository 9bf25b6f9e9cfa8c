using System.Text;

namespace Extract.Benchmarks.Generator;

/// <summary>Synthetic rule files of a given size, as a linguist would write them.</summary>
internal static class SyntheticRules
{
    /// <summary>
    /// <c>pack NAME</c>, a list, and <paramref name="count"/> rules <c>X:Force word_i على Y</c>; with
    /// <paramref name="edited"/> ≥ 0, that rule's word is changed (an edit of one rule).
    /// </summary>
    public static string Pack(string name, int count, int edited = -1)
    {
        var text = new StringBuilder();
        text.Append("pack ").Append(name).Append('\n');
        text.Append("list Force = ").Append(string.Join(" | ", Enumerable.Range(0, 10).Select(i => "قوة" + Letters(i)))).Append('\n');
        for (int i = 0; i < count; i++)
        {
            text.Append("rule r_").Append(i).Append(":\n");
            text.Append("    X:Force كلمة").Append(Letters(i)).Append(i == edited ? "ت" : "").Append(" على Y\n");
            text.Append("    => Control(controller: X, controlled: Y)\n");
        }
        return text.ToString();
    }

    // Words are letters only (digits would make separate tokens): 0 → ا, 1 → ب, 10 → با…
    private static string Letters(int number)
    {
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var word = new StringBuilder();
        do
        {
            word.Insert(0, alphabet[number % alphabet.Length]);
            number /= alphabet.Length;
        }
        while (number > 0);
        return word.ToString();
    }
}
