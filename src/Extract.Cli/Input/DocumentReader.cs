using System.IO.Compression;
using System.Text.Json;
using Extract.Text;

namespace Extract.Cli.Input;

/// <summary>
/// Streams documents from files, folders (their *.txt or *.jsonl files, sorted) or standard input
/// (<c>-</c>), plain or gzip-compressed. Invalid UTF-8 is replaced and reported once per input with
/// its byte offset; a JSONL line that is not JSON or lacks the text field is reported with its line
/// number and skipped; an unreadable input is reported and the others are still read.
/// </summary>
internal sealed class DocumentReader(InputOptions options, ErrorReport errors)
{
    /// <summary>True when some input could not be read or a line was skipped.</summary>
    public bool HadInputErrors { get; private set; }

    public IEnumerable<InputDocument> Read(IReadOnlyList<string> paths)
    {
        foreach (var path in Expand(paths.Count == 0 ? ["-"] : paths))
        {
            Stream? stream = Open(path);
            if (stream is null) continue;
            using (stream)
            {
                foreach (var document in Read(path, stream)) yield return document;
            }
        }
    }

    /// <summary>The documents of one open input, named <paramref name="path"/> in messages.</summary>
    public IEnumerable<InputDocument> Read(string path, Stream stream) =>
        options.Format == "jsonl" ? ReadJsonLines(path, stream) : ReadText(path, stream);

    private IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                string pattern = options.Format == "jsonl" ? "*.jsonl*" : "*.txt";
                var files = Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) Fail(path, $"the folder has no {pattern} files");
                foreach (var file in files) yield return file;
            }
            else yield return path;
        }
    }

    private Stream? Open(string path)
    {
        try
        {
            if (path == "-") return Console.OpenStandardInput();
            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
            return stream;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Fail(path, exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : exception.Message);
            return null;
        }
    }

    private IEnumerable<InputDocument> ReadText(string path, Stream stream)
    {
        byte[]? bytes = ReadAll(path, stream);
        if (bytes is null) yield break;
        var decoded = Utf8Input.Decode(bytes);
        if (decoded.HadInvalidBytes) ReportInvalid(path, decoded);
        yield return new InputDocument(path == "-" ? "stdin" : path, decoded.Text);
    }

    private byte[]? ReadAll(string path, Stream stream)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Fail(path, $"cannot be read: {exception.Message}");
            return null;
        }
    }

    private IEnumerable<InputDocument> ReadJsonLines(string path, Stream stream)
    {
        var lines = new ByteLines(stream);
        long lineNumber = 0;
        while (true)
        {
            ReadOnlyMemory<byte> line;
            long offset;
            try
            {
                if (!lines.TryRead(out line, out offset)) yield break;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                Fail($"{path}({lineNumber + 1})", $"cannot be read: {exception.Message}");
                yield break;
            }
            lineNumber++;
            if (IsBlank(line.Span)) continue;
            var decoded = Utf8Input.Decode(line.Span, offset);
            if (decoded.HadInvalidBytes) ReportInvalid($"{path}({lineNumber})", decoded);
            var document = ParseLine(path, lineNumber, decoded.Text);
            if (document is not null) yield return document;
        }
    }

    private InputDocument? ParseLine(string path, long lineNumber, string json)
    {
        string location = $"{path}({lineNumber})";
        try
        {
            using var parsed = JsonDocument.Parse(json);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object) { Fail(location, "the line is not a JSON object"); return null; }
            if (!parsed.RootElement.TryGetProperty(options.TextField, out var text) || text.ValueKind != JsonValueKind.String)
            {
                Fail(location, $"the line has no string field \"{options.TextField}\" (choose another with --text-field)");
                return null;
            }
            string id = parsed.RootElement.TryGetProperty(options.IdField, out var idValue)
                ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : idValue.GetRawText()
                : $"{path}:{lineNumber}";
            return new InputDocument(id, text.GetString()!);
        }
        catch (JsonException exception)
        {
            Fail(location, $"the line is not valid JSON: {exception.Message}");
            return null;
        }
    }

    private void ReportInvalid(string location, DecodedText decoded) =>
        errors.Warning(location, $"invalid UTF-8 at byte {decoded.FirstInvalidByte} ({decoded.InvalidSequences} invalid sequence{(decoded.InvalidSequences == 1 ? "" : "s")} replaced by U+FFFD)");

    private void Fail(string location, string message)
    {
        HadInputErrors = true;
        errors.Error(location, message);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }
}
