using System.Text;
using Extract.Matching;

namespace Extract.Output;

/// <summary>
/// brat standoff for annotators: for each document, <c>NAME.txt</c> (the text) and <c>NAME.ann</c>
/// (a text-bound annotation per argument, a relation line per extraction, attributes as notes),
/// plus an <c>annotation.conf</c> declaring the roles and relations seen.
/// </summary>
public sealed class BratWriter(string folder) : IRelationWriter
{
    private readonly HashSet<string> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _relations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Write(string documentId, string text, IReadOnlyList<Relation> relations)
    {
        string name = UniqueName(documentId);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), text, new UTF8Encoding(false));
        var ann = new StringBuilder();
        int entity = 0, relationNumber = 0, note = 0;
        var ids = new Dictionary<(string, Span), string>();
        foreach (var relation in relations)
        {
            var arguments = new List<string>();
            foreach (var (role, argument) in relation.Arguments)
            {
                _roles.Add(role);
                if (!ids.TryGetValue((role, argument.Span), out var id))
                {
                    id = $"T{++entity}";
                    ids[(role, argument.Span)] = id;
                    ann.Append(id).Append('\t').Append(Label(role)).Append(' ').Append(argument.Span.Start).Append(' ')
                        .Append(argument.Span.End).Append('\t').Append(OneLine(argument.Text)).Append('\n');
                }
                arguments.Add($"{Label(role)}:{id}");
            }
            string relationId = $"R{++relationNumber}";
            if (!_relations.TryGetValue(relation.Name, out var roles)) _relations[relation.Name] = roles = new(StringComparer.Ordinal);
            foreach (var (role, _) in relation.Arguments) roles.Add(role);
            ann.Append(relationId).Append('\t').Append(Label(relation.Name)).Append(' ').Append(string.Join(' ', arguments)).Append('\n');
            string attributes = string.Join(", ", relation.Attributes.Select(a => $"{a.Key}={a.Value}"));
            ann.Append($"#{++note}\tAnnotatorNotes {relationId}\trule {relation.Rule}{(attributes.Length > 0 ? "; " + attributes : "")}\n");
        }
        File.WriteAllText(Path.Combine(folder, name + ".ann"), ann.ToString(), new UTF8Encoding(false));
    }

    /// <inheritdoc />
    public void Complete()
    {
        var conf = new StringBuilder("[entities]\n");
        foreach (var role in _roles.Order(StringComparer.Ordinal)) conf.Append(Label(role)).Append('\n');
        conf.Append("\n[relations]\n");
        foreach (var (relation, roles) in _relations.OrderBy(r => r.Key, StringComparer.Ordinal))
            conf.Append(Label(relation)).Append('\t').Append(string.Join(", ", roles.Order(StringComparer.Ordinal).Select(r => $"{Label(r)}:{Label(r)}"))).Append('\n');
        conf.Append("<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n");
        File.WriteAllText(Path.Combine(folder, "annotation.conf"), conf.ToString(), new UTF8Encoding(false));
    }

    private string UniqueName(string documentId)
    {
        var safe = new StringBuilder();
        foreach (char c in Path.GetFileNameWithoutExtension(documentId.Replace('\\', '/').Split('/')[^1]))
            safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        string name = safe.Length == 0 ? "doc" : safe.ToString();
        string unique = name;
        for (int i = 2; !_names.Add(unique); i++) unique = $"{name}_{i}";
        return unique;
    }

    private static string Label(string name) => name.Replace(' ', '_').Replace(':', '_');

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
