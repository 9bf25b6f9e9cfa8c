using System.Text.Json;
using Extract.Analysis;
using Extract.Matching;

namespace Extract.Cli.Commands;

/// <summary>
/// One JSON line per token: <c>{"doc","sentence","start","end","text","norm","key","segmentations":
/// [[{"text","start","end","role"}…]…]}</c>, best segmentation first.
/// </summary>
internal static class TokenJsonWriter
{
    public static void Write(Utf8JsonWriter json, Stream output, Document document)
    {
        string text = document.Text;
        foreach (var token in document.Tokens)
        {
            json.WriteStartObject();
            json.WriteString("doc", document.Id);
            json.WriteNumber("sentence", token.Sentence);
            json.WriteNumber("start", token.Start);
            json.WriteNumber("end", token.End);
            json.WriteString("text", text.AsSpan(token.Start, token.End - token.Start));
            json.WriteString("kind", token.Kind.ToString().ToLowerInvariant());
            json.WriteString("norm", document.NormOf(token));
            json.WriteString("key", document.KeyOf(token));
            json.WriteStartArray("segmentations");
            foreach (var segmentation in document.SegmentationsOf(token))
            {
                json.WriteStartArray();
                foreach (var segment in document.SegmentsOf(segmentation))
                {
                    json.WriteStartObject();
                    json.WriteString("text", text.AsSpan(segment.Start, segment.End - segment.Start));
                    json.WriteNumber("start", segment.Start);
                    json.WriteNumber("end", segment.End);
                    json.WriteString("key", document.KeyOf(segment));
                    json.WriteString("role", segment.Role switch
                    {
                        SegmentRole.Proclitic => "proclitic",
                        SegmentRole.Enclitic => "enclitic",
                        _ => "stem",
                    });
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            output.WriteByte((byte)'\n');
        }
    }
}
