using System.Text;
using Extract.Matching;
using Extract.Output;

namespace Extract.Tests.Output;

/// <summary>The writers: what a browser, brat and a JSON reader receive.</summary>
public sealed class WriterTests
{
    private const string Text = "قالت المصادر إن الجيش سيطر على المدينة.";

    private static Relation Control(string text, string rule = "control_svo") => new(rule, "Control", new Span(16, 38), text[16..38],
        [new("controller", new Argument(new Span(16, 21), text[16..21])), new("controlled", new Argument(new Span(31, 38), text[31..38]))],
        [new("status", "asserted")]);

    [Fact]
    public void The_HTML_report_is_right_to_left_and_escapes_every_document_and_rule_text()
    {
        const string hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ";
        string text = hostile + Text;
        var shifted = new Relation("<b>rule</b>", "Control", new Span(hostile.Length + 16, hostile.Length + 38), Text[16..38],
            [new("controller", new Argument(new Span(hostile.Length + 16, hostile.Length + 21), "الجيش"))], [new("status", "\"><script>")]);
        var output = new StringWriter();
        var report = new HtmlReport(output, "<title>");
        report.Write("<doc id=\"x\">", text, [shifted]);
        report.Complete();
        string html = output.ToString();
        Assert.Contains("dir=\"rtl\"", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>rule", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("class=\"m r0\"", html);
    }

    [Fact]
    public void JSON_lines_follow_the_contract_and_keep_Arabic_readable()
    {
        using var stream = new MemoryStream();
        var writer = new JsonlWriter(stream);
        writer.Write("d1", Text, [Control(Text)]);
        writer.Complete();
        string line = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal("""{"doc":"d1","rule":"control_svo","relation":"Control","start":16,"end":38,"text":"الجيش سيطر على المدينة","args":{"controller":{"start":16,"end":21,"text":"الجيش"},"controlled":{"start":31,"end":38,"text":"المدينة"}},"attrs":{"status":"asserted"}}""" + "\n", line);
    }

    [Fact]
    public void Brat_standoff_offsets_point_at_the_text_file()
    {
        string folder = Path.Combine(Path.GetTempPath(), "extract-brat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var writer = new BratWriter(folder);
        writer.Write("news/h01.txt", Text, [Control(Text)]);
        writer.Complete();
        string text = File.ReadAllText(Path.Combine(folder, "h01.txt"));
        var entities = File.ReadAllLines(Path.Combine(folder, "h01.ann")).Where(l => l.StartsWith('T')).ToList();
        Assert.Equal(2, entities.Count);
        foreach (var entity in entities)
        {
            var fields = entity.Split('\t');
            var position = fields[1].Split(' ');
            Assert.Equal(fields[2], text[int.Parse(position[1])..int.Parse(position[2])]);
        }
        Assert.Contains("R1\tControl controller:T1 controlled:T2", File.ReadAllText(Path.Combine(folder, "h01.ann")));
        Assert.Contains("Control\tcontrolled:controlled, controller:controller", File.ReadAllText(Path.Combine(folder, "annotation.conf")));
    }
}
