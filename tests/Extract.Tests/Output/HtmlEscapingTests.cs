using System.Text.RegularExpressions;
using CsCheck;
using Extract.Matching;
using Extract.Output;

namespace Extract.Tests.Output;

/// <summary>Whatever the documents and the rules hold, the HTML report contains only the markup it writes itself.</summary>
public sealed partial class HtmlEscapingTests
{
    private static readonly HashSet<string> OwnTags = ["html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "span", "table", "tr", "th", "td", "section", "div"];
    private static readonly HashSet<string> OwnAttributes = ["lang", "charset", "dir", "class", "title"];

    private static readonly Gen<string> Hostile = Gen.OneOf<string>(
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", "'><svg onload=alert(3)>", "</span><b>", "&lt;", "&", "\"", "'",
        "<!--", "-->", "<style>", "</title>", "javascript:", "\u202E", "الجيش", "سيطر", " ", "x", "\n").Array[1, 5].Select(string.Concat);

    [Fact]
    public void Hostile_document_ids_texts_rule_names_relations_roles_and_attributes_render_as_text() =>
        Gen.Select(Hostile, Hostile, Hostile, Hostile, Hostile, Hostile).Sample((id, text, rule, relation, role, attribute) =>
        {
            var whole = new Span(0, text.Length);
            var argument = new Argument(new Span(0, Math.Min(3, text.Length)), text[..Math.Min(3, text.Length)]);
            var output = new StringWriter();
            var report = new HtmlReport(output, relation);
            report.Write(id, text, [new Relation(rule, relation, whole, text, [new(role, argument)], [new(attribute, text)])]);
            report.Complete();
            string html = output.ToString();
            foreach (Match tag in Tag().Matches(html))
            {
                Assert.Contains(tag.Groups[1].Value, OwnTags);
                foreach (Match name in AttributeName().Matches(tag.Groups[2].Value)) Assert.Contains(name.Groups[1].Value, OwnAttributes);
            }
            Assert.DoesNotContain("<!--", html);
        }, iter: 500);

    [GeneratedRegex(@"</?([A-Za-z][A-Za-z0-9]*)([^>]*)>")]
    private static partial Regex Tag();

    // Attribute names inside a tag, skipping quoted values.
    [GeneratedRegex("""\s([A-Za-z-]+)=("[^"]*"|'[^']*'|[^\s>]*)""")]
    private static partial Regex AttributeName();
}
