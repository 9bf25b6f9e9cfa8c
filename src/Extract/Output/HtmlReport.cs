using System.Net;
using System.Text;
using Extract.Matching;

namespace Extract.Output;

/// <summary>
/// A self-contained HTML report: a summary table of relations per rule, then every document right to
/// left with each match underlined and each argument coloured by its role; hovering shows the rule,
/// the relation and its attributes. Every document and rule text is HTML-escaped.
/// </summary>
public sealed class HtmlReport(TextWriter output, string title = "Extract report") : IRelationWriter
{
    private readonly StringBuilder _body = new();
    private readonly SortedDictionary<string, (string Relation, int Count)> _perRule = new(StringComparer.Ordinal);
    private readonly List<string> _roles = [];
    private int _documents, _relations;

    /// <inheritdoc />
    public void Write(string documentId, string text, IReadOnlyList<Relation> relations)
    {
        _documents++;
        _relations += relations.Count;
        foreach (var relation in relations)
        {
            _perRule[relation.Rule] = (relation.Name, _perRule.GetValueOrDefault(relation.Rule).Count + 1);
            foreach (var argument in relation.Arguments)
                if (!_roles.Contains(argument.Key)) _roles.Add(argument.Key);
        }
        _body.Append("<section><h2 dir=\"auto\">").Append(Encode(documentId)).Append("</h2><p class=\"count\">")
            .Append(relations.Count).Append(relations.Count == 1 ? " relation" : " relations").Append("</p><div class=\"doc\" dir=\"rtl\" lang=\"ar\">");
        AppendHighlighted(text, relations);
        _body.Append("</div></section>\n");
    }

    /// <inheritdoc />
    public void Complete()
    {
        output.Write($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{Encode(title)}}</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
            table { border-collapse: collapse; margin-bottom: 2em; } td, th { border: 1px solid #ccc; padding: .3em .8em; text-align: left; }
            .doc { font-size: 1.25em; line-height: 2.2; white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; border-radius: 6px; }
            .count { color: #666; margin: 0; } .m { border-bottom: 2px solid #555; cursor: help; }
            .legend span { padding: .1em .5em; margin-right: .5em; border-radius: 3px; }
            {{RoleStyles()}}
            </style></head><body>
            <h1>{{Encode(title)}}</h1>
            <p>{{_relations}} relation{{(_relations == 1 ? "" : "s")}} in {{_documents}} document{{(_documents == 1 ? "" : "s")}}.</p>
            <p class="legend">{{string.Concat(_roles.Select((role, i) => $"<span class=\"r{i}\">{Encode(role)}</span>"))}}</p>
            <table><tr><th>rule</th><th>relation</th><th>matches</th></tr>
            {{string.Concat(_perRule.Select(p => $"<tr><td>{Encode(p.Key)}</td><td>{Encode(p.Value.Relation)}</td><td>{p.Value.Count}</td></tr>\n"))}}</table>

            """);
        output.Write(_body.ToString());
        output.Write("</body></html>\n");
        output.Flush();
    }

    private static readonly string[] Colors = ["#ffd59e", "#b8e0ff", "#c8f0c0", "#f4c2f0", "#fff3a0", "#d8d0ff"];

    private string RoleStyles() =>
        string.Concat(_roles.Select((_, i) => $".r{i} {{ background: {Colors[i % Colors.Length]}; }}\n"));

    // Splits the text at every span boundary; each piece carries the relations and roles covering it.
    private void AppendHighlighted(string text, IReadOnlyList<Relation> relations)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var relation in relations)
        {
            cuts.Add(relation.Span.Start);
            cuts.Add(relation.Span.End);
            foreach (var argument in relation.Arguments)
            {
                cuts.Add(Math.Clamp(argument.Value.Span.Start, 0, text.Length));
                cuts.Add(Math.Clamp(argument.Value.Span.End, 0, text.Length));
            }
        }
        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0 && cut > previous) AppendPiece(text, previous, cut, relations);
            previous = cut;
        }
    }

    private void AppendPiece(string text, int start, int end, IReadOnlyList<Relation> relations)
    {
        var covering = relations.Where(r => r.Span.Start <= start && end <= r.Span.End).ToList();
        string piece = Encode(text[start..end]);
        if (covering.Count == 0) { _body.Append(piece); return; }
        string? role = covering.SelectMany(r => r.Arguments)
            .Where(a => a.Value.Span.Start <= start && end <= a.Value.Span.End).Select(a => a.Key).FirstOrDefault();
        string tip = string.Join("\n", covering.Select(r =>
            $"{r.Rule}: {r.Name}({string.Join(", ", r.Arguments.Select(a => $"{a.Key}: {a.Value.Text}"))})" +
            (r.Attributes.Count > 0 ? " " + string.Join(", ", r.Attributes.Select(a => $"{a.Key}={a.Value}")) : "")));
        string classes = role is null ? "m" : $"m r{_roles.IndexOf(role)}";
        _body.Append("<span class=\"").Append(classes).Append("\" title=\"").Append(Encode(tip)).Append("\">").Append(piece).Append("</span>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
