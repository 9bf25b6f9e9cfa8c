using Extract.Matching;

namespace Extract.Tests.Matching;

/// <summary>
/// A pack's <c>Match(string)</c> analyses into the thread's reused document: what it reads must be
/// exactly a fresh analysis of the text, whatever the thread analysed before.
/// </summary>
public sealed class ThreadDocumentTests
{
    private const string Long = "قالت المصادر إن الجيش سيطر على المدينة بعد معارك عنيفة استمرت ثلاثة أيام مع مقاتلي المعارضة. وأضافت أن القوات دخلت الأحياء الشرقية.";
    private const string Short = "سيطرت قوات النظام على حلب.";

    private static string Dump(Document document) => string.Join("\n", document.Tokens.ToArray().Select(token =>
        $"{token} {document.NormOf(token)} " + string.Join(" | ", document.SegmentationsOf(token).ToArray().Select(segmentation =>
            string.Join("+", document.SegmentsOf(segmentation).ToArray().Select(segment => $"{segment} {document.KeyOf(segment)}"))))));

    [Fact]
    public void A_short_text_after_a_long_one_reads_as_a_fresh_analysis()
    {
        var first = Document.AnalyzeForThread(Long);
        string expected = Dump(Document.Analyze(Short));
        var second = Document.AnalyzeForThread(Short);
        Assert.Same(first, second);
        Assert.Equal(Short, second.Text);
        Assert.Equal(expected, Dump(second));
        Assert.Equal(Document.Analyze(Short).Sentences.ToArray(), second.Sentences.ToArray());
    }

    [Fact]
    public void Each_thread_has_its_own_document_and_a_huge_text_gets_one_of_its_own()
    {
        var mine = Document.AnalyzeForThread(Short);
        Document? other = null;
        var thread = new Thread(() => other = Document.AnalyzeForThread(Short));
        thread.Start();
        thread.Join();
        Assert.NotSame(mine, other);

        string huge = string.Concat(Enumerable.Repeat(Short + " ", Document.MaxThreadDocumentChars / Short.Length + 1));
        var own = Document.AnalyzeForThread(huge);
        Assert.NotSame(mine, own);
        Assert.Same(mine, Document.AnalyzeForThread(Short));
    }
}
