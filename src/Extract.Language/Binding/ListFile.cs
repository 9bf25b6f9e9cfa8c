using System.Buffers;
using System.Text.Unicode;

namespace Extract.Language.Binding;

/// <summary>
/// A list file (<c>list Place from "lists/places.txt"</c>): UTF-8 (a BOM is skipped), one entry a
/// line, <c>#</c> starts a comment, blank lines are ignored, an entry may be several words.
/// </summary>
public static class ListFile
{
    /// <summary>One entry and the 1-based line it is on.</summary>
    /// <param name="Text">The entry as written, trimmed.</param>
    /// <param name="Line">Its line in the file.</param>
    public readonly record struct Entry(string Text, int Line);

    /// <summary>
    /// Resolves <paramref name="relative"/> against the folder of <paramref name="ruleFile"/>; null when
    /// the result lies outside that folder (the pack folder) or the path is not a plain relative path.
    /// </summary>
    public static string? Resolve(string ruleFile, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.IndexOfAny(['\0', ':']) >= 0) return null;
        string folder = Path.GetDirectoryName(ruleFile) ?? "";
        var parts = new List<string>();
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        if (parts.Count == 0) return null;
        var joined = string.Join("/", parts);
        return folder.Length == 0 ? joined : Path.Combine(folder, joined).Replace('\\', '/');
    }

    /// <summary>
    /// Decodes and splits a list file. On invalid UTF-8 returns no entries and the byte offset of the
    /// first invalid sequence in <paramref name="invalidAt"/> (else -1).
    /// </summary>
    public static IReadOnlyList<Entry> Parse(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        invalidAt = -1;
        int skip = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var source = bytes[skip..];
        var chars = new char[source.Length];
        var status = Utf8.ToUtf16(source, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            invalidAt = skip + read;
            return [];
        }
        var text = new string(chars, 0, written);
        var entries = new List<Entry>();
        int line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            int comment = raw.IndexOf('#');
            var entry = (comment >= 0 ? raw[..comment] : raw).Trim();
            if (entry.Length > 0) entries.Add(new Entry(entry, line));
        }
        return entries;
    }
}
