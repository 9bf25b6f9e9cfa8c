using System.Text;

namespace Extract.Fuzz.Limits;

/// <summary>One resource-limit case: what was fed to extract, how it ended, and what it cost.</summary>
public sealed record LimitResult(string Name, string Input, RunFigures Figures, string Outcome)
{
    public override string ToString() =>
        $"| {Name} | {Input} | {Figures.Elapsed.TotalSeconds:F1} s | {Figures.PeakMegabytes:F0} MB | exit {Figures.ExitCode}: {Outcome} |";
}

/// <summary>
/// The resource limits of issue 9, each as a run of the built command over generated input in
/// <paramref name="folder"/>: a huge single-line document, a deeply nested rule, a huge list, a huge
/// rule file, a folder of many files.
/// </summary>
public static class LimitCases
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    private const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهي";

    private const string Sentence = "وقالت المصادر إن قوات النظام سيطرت صباح اليوم على حي الشيخ مقصود في مدينة حلب بعد اشتباكات عنيفة. ";

    // News-like text: general news, then one sentence the shipped pack extracts from (about one relation per 1,000 characters).
    private const string Paragraph =
        "أعلنت وزارة المالية اليوم عن ارتفاع الإيرادات العامة بنسبة 4.5% خلال الربع الأول من العام، مشيرة إلى تحسن أداء قطاعي السياحة والصناعة. " +
        "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الحكومة تعتزم إطلاق برنامج جديد لدعم المشاريع الصغيرة والمتوسطة بقيمة 200 مليون دولار. " +
        "من جهة أخرى، توقعت الأرصاد الجوية أن تشهد البلاد أمطارا غزيرة خلال الأيام المقبلة، ودعت المواطنين إلى توخي الحذر على الطرق. " +
        "وفي الرياضة، فاز المنتخب الوطني على نظيره بثلاثة أهداف مقابل هدف واحد في المباراة التي أقيمت مساء أمس. " + Sentence;

    /// <summary>A distinct Arabic word for each number (four letters or more, never a clitic-like prefix).</summary>
    public static string Word(int number)
    {
        var word = new StringBuilder("ك");
        do
        {
            word.Append(Letters[number % Letters.Length]);
            number /= Letters.Length;
        }
        while (number > 0);
        return word.Append("ش").ToString();
    }

    /// <summary>
    /// A single line of <paramref name="bytes"/> bytes through the shipped pack: news-like text, or with
    /// <paramref name="dense"/> a control sentence repeated (the pack's slowest kind of text); through
    /// the rule file <paramref name="rules"/> instead when given.
    /// </summary>
    public static LimitResult SingleLine(string folder, long bytes, bool dense = false, string? rules = null)
    {
        string input = Path.Combine(folder, "single-line.txt"), output = Path.Combine(folder, "single-line.jsonl");
        var unit = Encoding.UTF8.GetBytes(dense ? Sentence : Paragraph);
        using (var file = File.Create(input))
            for (long written = 0; written < bytes; written += unit.Length) file.Write(unit);
        string[] pack = rules is null ? [] : ["--rules", rules];
        var figures = ExtractRun.Run(Timeout, ["run", .. pack, "--format", "jsonl", "--output", output, input]);
        long relations = File.Exists(output) ? File.ReadLines(output).LongCount() : 0;
        return new LimitResult(rules is null ? "single-line input, shipped pack" : "single-line input, one-word rule", $"{new FileInfo(input).Length / 1e6:F1} MB, one line of {(dense ? "control sentences" : "news")}", figures, $"{relations:N0} relations");
    }

    /// <summary>A rule whose pattern nests <paramref name="depth"/> groups.</summary>
    public static LimitResult NestedRule(string folder, int depth)
    {
        string rules = Path.Combine(folder, "nested.rules");
        File.WriteAllText(rules, "pack T\nrule r: " + new string('(', depth) + "سيطر" + new string(')', depth) + " على Y => M(y: Y)\n");
        var figures = ExtractRun.Run(Timeout, "check", "--rules", rules);
        return new LimitResult("nested rule", $"{depth} groups deep", figures, FirstLine(figures.Stderr + figures.Stdout));
    }

    /// <summary>A list file of <paramref name="entries"/> entries, used by a rule run over a text naming the last one.</summary>
    public static LimitResult LongList(string folder, int entries)
    {
        Directory.CreateDirectory(Path.Combine(folder, "lists"));
        File.WriteAllLines(Path.Combine(folder, "lists", "big.txt"), Enumerable.Range(0, entries).Select(Word));
        string rules = Path.Combine(folder, "list.rules"), input = Path.Combine(folder, "list-input.txt");
        File.WriteAllText(rules, "pack T\nlist Big from \"lists/big.txt\"\nrule r: X:Big سيطر على Y => M(x: X, y: Y)\n");
        File.WriteAllText(input, $"قالت المصادر إن {Word(entries - 1)} سيطر على المدينة.");
        var figures = ExtractRun.Run(Timeout, "run", "--rules", rules, "--format", "jsonl", input);
        return new LimitResult("list file", $"{entries:N0} entries", figures, $"{figures.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} relations");
    }

    /// <summary>A rule file of about <paramref name="bytes"/> bytes: distinct rules, one a line, checked.</summary>
    public static LimitResult BigRuleFile(string folder, long bytes)
    {
        string rules = Path.Combine(folder, "big.rules");
        int count = 0;
        using (var writer = new StreamWriter(rules, false, new UTF8Encoding(false)))
        {
            writer.Write("pack T\n");
            while (writer.BaseStream.Length < bytes)
            {
                writer.Write($"rule r{count}: X سيطر على {Word(count)} Y => M(x: X, y: Y)\n");
                if (++count % 1000 == 0) writer.Flush();
            }
        }
        var figures = ExtractRun.Run(Timeout, "check", "--rules", rules);
        return new LimitResult("rule file", $"{new FileInfo(rules).Length / 1e6:F1} MB, {count:N0} rules", figures, FirstLine(figures.Stderr + figures.Stdout));
    }

    /// <summary>
    /// A folder of <paramref name="files"/> text files through the shipped pack, or through a one-word
    /// rule when <paramref name="rules"/> is a rule file (the cost is then the files, not the matching).
    /// </summary>
    public static LimitResult ManyFiles(string folder, int files, string? rules = null)
    {
        string documents = Path.Combine(folder, "documents"), output = Path.Combine(folder, "many.jsonl");
        Directory.CreateDirectory(documents);
        for (int i = 0; i < files; i++) File.WriteAllText(Path.Combine(documents, $"{i:D5}.txt"), Sentence);
        string[] pack = rules is null ? [] : ["--rules", rules];
        var figures = ExtractRun.Run(Timeout, ["run", .. pack, "--format", "jsonl", "--output", output, documents]);
        long relations = File.Exists(output) ? File.ReadLines(output).LongCount() : 0;
        return new LimitResult("files in a folder", $"{files:N0} files", figures, $"{relations:N0} relations");
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no message";
        int paren = line.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 ? line[(paren + 3)..] : line;
    }
}
