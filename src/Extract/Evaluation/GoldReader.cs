using System.Text.Json;

namespace Extract.Evaluation;

/// <summary>A line of a gold file that could not be read, and why.</summary>
/// <param name="Line">The line (1-based).</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record GoldError(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>The relations read from a gold file, and the lines that could not be read.</summary>
/// <param name="Relations">The relations, in file order.</param>
/// <param name="Errors">One error per unreadable line; empty when the file is clean.</param>
public sealed record GoldSet(IReadOnlyList<GoldRelation> Relations, IReadOnlyList<GoldError> Errors);

/// <summary>
/// Reads gold data in the JSONL format of DESIGN.md §5. Every object-valued property with a
/// <c>core</c> or <c>max</c> list is an argument; a missing <c>max</c> defaults to <c>core</c>.
/// Bad lines become <see cref="GoldError"/>s; reading never throws on bad content.
/// </summary>
public static class GoldReader
{
    private static readonly HashSet<string> Reserved = ["doc", "id", "tier", "relation", "status", "negated", "construction"];

    /// <summary>Reads gold relations from JSONL text.</summary>
    public static GoldSet Parse(string jsonl)
    {
        using var reader = new StringReader(jsonl);
        return Read(reader);
    }

    /// <summary>Reads gold relations from a JSONL stream; blank lines are skipped.</summary>
    public static GoldSet Read(TextReader reader)
    {
        var relations = new List<GoldRelation>();
        var errors = new List<GoldError>();
        var ids = new HashSet<string>();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (relation, error) = ParseLine(line, lineNumber);
            if (error is not null) { errors.Add(new GoldError(lineNumber, error)); continue; }
            if (!ids.Add(relation!.Id)) { errors.Add(new GoldError(lineNumber, $"duplicate id '{relation.Id}'")); continue; }
            relations.Add(relation);
        }
        return new GoldSet(relations, errors);
    }

    private static (GoldRelation? Relation, string? Error) ParseLine(string line, int lineNumber)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return (null, $"not valid JSON ({e.Message})"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "a gold line must be a JSON object");
            string? doc = StringProperty(root, "doc"), relation = StringProperty(root, "relation");
            if (doc is null) return (null, "missing \"doc\"");
            if (relation is null) return (null, "missing \"relation\"");
            string id = StringProperty(root, "id") ?? $"{doc}:{lineNumber}";
            string tier = StringProperty(root, "tier") ?? "core";
            bool negated = root.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True;

            var arguments = new List<KeyValuePair<string, GoldArgument>>();
            foreach (var property in root.EnumerateObject())
            {
                if (Reserved.Contains(property.Name) || property.Value.ValueKind != JsonValueKind.Object) continue;
                var core = Strings(property.Value, "core");
                var max = Strings(property.Value, "max");
                if (core.Count == 0 && max.Count == 0) continue;
                if (core.Count == 0) return (null, $"argument \"{property.Name}\" has no \"core\" strings");
                arguments.Add(new(property.Name, new GoldArgument(core, max.Count == 0 ? core : max)));
            }
            if (arguments.Count == 0) return (null, "no argument with \"core\"/\"max\" strings");
            return (new GoldRelation(doc, id, tier, relation, arguments, StringProperty(root, "status"),
                negated, StringProperty(root, "construction"), lineNumber), null);
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name)
    {
        var result = new List<string>();
        if (!element.TryGetProperty(name, out var value)) return result;
        if (value.ValueKind == JsonValueKind.String) { result.Add(value.GetString()!); return result; }
        if (value.ValueKind != JsonValueKind.Array) return result;
        foreach (var item in value.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                result.Add(item.GetString()!);
        return result;
    }
}
