using System.Text.Json;
using Extract.Matching;

namespace Extract.Output;

/// <summary>One JSON object a line per extraction: the machine contract of DESIGN §5.</summary>
public sealed class JsonlWriter(Stream output) : IRelationWriter
{
    private readonly Utf8JsonWriter _json = new(output, RelationJson.WriterOptions);

    /// <inheritdoc />
    public void Write(string documentId, string text, IReadOnlyList<Relation> relations)
    {
        foreach (var relation in relations)
        {
            RelationJson.Write(_json, documentId, relation);
            _json.Flush();
            _json.Reset();
            output.WriteByte((byte)'\n');
        }
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();
}

/// <summary>All extractions as one JSON array.</summary>
public sealed class JsonArrayWriter(Stream output) : IRelationWriter
{
    private readonly Utf8JsonWriter _json = new(output, RelationJson.WriterOptions with { Indented = true });
    private bool _started;

    /// <inheritdoc />
    public void Write(string documentId, string text, IReadOnlyList<Relation> relations)
    {
        Start();
        foreach (var relation in relations) RelationJson.Write(_json, documentId, relation);
        _json.Flush();
    }

    /// <inheritdoc />
    public void Complete()
    {
        Start();
        _json.WriteEndArray();
        _json.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private void Start()
    {
        if (_started) return;
        _json.WriteStartArray();
        _started = true;
    }
}
