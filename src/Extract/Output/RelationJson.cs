using System.Text.Encodings.Web;
using System.Text.Json;
using Extract.Matching;

namespace Extract.Output;

/// <summary>
/// The JSON shape of one extraction (DESIGN §5): <c>{"doc","rule","relation","start","end","text",
/// "args":{role:{"start","end","text","via"?}},"attrs":{…}}</c>, with Arabic left readable.
/// </summary>
public static class RelationJson
{
    /// <summary>Options that keep Arabic text unescaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one relation as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, string documentId, Relation relation)
    {
        writer.WriteStartObject();
        writer.WriteString("doc", documentId);
        writer.WriteString("rule", relation.Rule);
        writer.WriteString("relation", relation.Name);
        writer.WriteNumber("start", relation.Span.Start);
        writer.WriteNumber("end", relation.Span.End);
        writer.WriteString("text", relation.Text);
        writer.WriteStartObject("args");
        foreach (var (role, argument) in relation.Arguments)
        {
            writer.WritePropertyName(role);
            WriteArgument(writer, argument);
        }
        writer.WriteEndObject();
        writer.WriteStartObject("attrs");
        foreach (var (name, value) in relation.Attributes) writer.WriteString(name, value);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteArgument(Utf8JsonWriter writer, Argument argument)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", argument.Span.Start);
        writer.WriteNumber("end", argument.Span.End);
        writer.WriteString("text", argument.Text);
        if (argument.Via is { } via)
        {
            writer.WritePropertyName("via");
            WriteArgument(writer, via);
        }
        writer.WriteEndObject();
    }
}
