using System.Text.Json;
using Extract.Evaluation;

namespace Extract.Tests.Evaluation;

/// <summary>The gold files committed under <c>tests/data/gold</c>, found from the test's output folder.</summary>
internal static class GoldFiles
{
    public static string Folder { get; } = FindFolder();

    public static GoldSet Read(string name)
    {
        using var reader = new StreamReader(Path.Combine(Folder, name));
        return GoldReader.Read(reader);
    }

    /// <summary>The texts of <c>ant-articles.jsonl</c> by id, and the sample article as <c>seed</c>.</summary>
    public static IReadOnlyDictionary<string, string> Articles()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = File.ReadAllText(Path.Combine(Folder, "000_ae3d861b46322211.txt")),
        };
        foreach (var line in File.ReadLines(Path.Combine(Folder, "ant-articles.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            texts[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("text").GetString()!;
        }
        return texts;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "data", "gold");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/data/gold not found above " + AppContext.BaseDirectory);
    }
}
