namespace Extract.Generators.Pipeline;

/// <summary>
/// Paths as comparable keys: forward slashes, <c>.</c> and <c>..</c> resolved, without touching the
/// file system (a generator must not). Two spellings of one file give one key.
/// </summary>
internal static class PathKey
{
    public static string Of(string path)
    {
        var slashed = path.Replace('\\', '/');
        bool rooted = slashed.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        var joined = string.Join("/", parts);
        return rooted ? "/" + joined : joined;
    }

    public static string DirectoryOf(string key)
    {
        int slash = key.LastIndexOf('/');
        return slash < 0 ? "" : slash == 0 ? "/" : key.Substring(0, slash);
    }

    public static string Combine(string folderKey, string relative)
    {
        var slashed = relative.Replace('\\', '/');
        if (slashed.StartsWith("/", StringComparison.Ordinal) || (slashed.Length > 1 && slashed[1] == ':'))
            return Of(slashed);
        return Of(folderKey.Length == 0 ? slashed : folderKey + "/" + slashed);
    }
}
