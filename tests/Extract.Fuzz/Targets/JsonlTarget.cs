using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Extract.Cli;
using Extract.Cli.Input;
using Extract.Fuzz.Inputs;

namespace Extract.Fuzz.Targets;

/// <summary>
/// The CLI's JSONL reader on streams of valid, mutated and random lines. Laws: no exception; every
/// non-blank line yields a document or an error naming that line's number, never both, never neither;
/// every valid line yields its document, id and text intact, in order.
/// </summary>
public sealed partial class JsonlTarget : FuzzTarget<byte[][]>
{
    private const string Name_ = "input.jsonl";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<byte[]> ValidLine =
        from id in Gen.Int[0, 999]
        from text in Gen.Int[0, 1_000_000].Select(i => Corpus.News[i % Corpus.News.Count])
        from length in Gen.Int[0, 300]
        from relaxed in Gen.Bool
        select Line(id, text[..Math.Min(length, text.Length)], relaxed);

    public override string Name => "jsonl";

    public override Gen<byte[][]> Inputs { get; } = Gen.Frequency(
        (3, ValidLine),
        (3, Mutation.Of([Line(1, "قالت المصادر إن الجيش سيطر على المدينة.", true), Line(2, "نص", false), Encoding.UTF8.GetBytes("{\"id\":7,\"text\":\"x\",\"other\":[1,{\"a\":null}]}")], 6)),
        (1, Gen.Byte.Array[0, 80])).Array[0, 12];

    private static byte[] Line(int id, string text, bool relaxed) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "d" + id, text }, relaxed ? Relaxed : JsonSerializerOptions.Default));

    public override string Show(byte[][] input) => string.Join("\n", input.Select(Printing.Bytes));

    public override void Check(byte[][] input)
    {
        var stream = new MemoryStream(input.SelectMany(line => line.Append((byte)'\n')).ToArray());
        var physical = Split(stream.ToArray());
        var errors = new StringWriter();
        var reader = new DocumentReader(new InputOptions("jsonl", "text", "id"), new ErrorReport(errors));
        var documents = reader.Read(Name_, stream).ToList();

        var nonBlank = physical.Select((line, i) => (line, number: i + 1)).Where(l => !IsBlank(l.line)).Select(l => l.number).ToHashSet();
        var errorLines = ErrorLine().Matches(errors.ToString()).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        LawBroken.Unless(errorLines.Distinct().Count() == errorLines.Count, () => $"a line is reported twice:\n{errors}");
        LawBroken.Unless(errorLines.All(nonBlank.Contains), () => $"an error names a blank or missing line:\n{errors}");
        LawBroken.Unless(documents.Count + errorLines.Count == nonBlank.Count,
            () => $"{nonBlank.Count} lines gave {documents.Count} documents and {errorLines.Count} errors:\n{errors}");
        LawBroken.Unless(reader.HadInputErrors == errorLines.Count > 0, () => "HadInputErrors disagrees with the errors reported");

        int next = 0;
        foreach (var line in physical)
        {
            if (Valid(line) is not { } expected) continue;
            while (next < documents.Count && documents[next] != expected) next++;
            LawBroken.Unless(next < documents.Count, () => $"the valid line {Encoding.UTF8.GetString(line)} gave no document (or out of order)");
            next++;
        }
    }

    // The document a line would give if it is one of the generated valid lines.
    private static InputDocument? Valid(byte[] line)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line)) return null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String || root.EnumerateObject().Count() != 2)
                return null;
            return new InputDocument(id.GetString()!, text.GetString()!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
            if (bytes[i] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        if (start < bytes.Length) lines.Add(bytes[start..]);
        return lines;
    }

    private static bool IsBlank(byte[] line) => line.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    [GeneratedRegex(@"^input\.jsonl\((\d+)\): error:", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
