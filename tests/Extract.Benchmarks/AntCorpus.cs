using System.IO.Compression;
using System.Text.Json;

namespace Extract.Benchmarks;

/// <summary>
/// The ANT news corpus (developer subset), read from <c>../shared/data/ant-news/</c> beside the
/// repository or from the path in EXTRACT_ANT_CORPUS; never copied into the project.
/// </summary>
public static class AntCorpus
{
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("EXTRACT_ANT_CORPUS") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "..", "shared", "data", "ant-news", "ant-news-dev.jsonl.gz");
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    /// <summary>
    /// <paramref name="count"/> article texts spread evenly over the whole corpus (all when count is 0):
    /// the file is ordered by category, so its first articles would all be culture news.
    /// </summary>
    public static List<string> Texts(int count = 0)
    {
        string path = Locate() ?? throw new FileNotFoundException(
            "The ANT corpus was not found: put it at ../shared/data/ant-news/ant-news-dev.jsonl.gz beside the repository or set EXTRACT_ANT_CORPUS.");
        var texts = new List<string>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value) texts.Add(value);
        }
        if (count <= 0 || count >= texts.Count) return texts;
        return Enumerable.Range(0, count).Select(i => texts[(int)((long)i * texts.Count / count)]).ToList();
    }

    /// <summary>The sample size of the ANT benchmarks: EXTRACT_BENCH_ARTICLES, or 2,000.</summary>
    public static int SampleSize() =>
        int.TryParse(Environment.GetEnvironmentVariable("EXTRACT_BENCH_ARTICLES"), out int n) && n > 0 ? n : 2_000;

    /// <summary>UTF-8 size in megabytes of <paramref name="texts"/>.</summary>
    public static double Megabytes(IEnumerable<string> texts) => texts.Sum(t => (double)System.Text.Encoding.UTF8.GetByteCount(t)) / (1 << 20);
}
