using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Extract.Fuzz.Inputs;

/// <summary>
/// Seed inputs: the shipped rule files and real news text. News comes from the ANT copies in the
/// repository (tests/data/gold/ant-articles.jsonl), from built-in sentences when the repository is not
/// found, and also from a larger JSONL(.gz) corpus named by <c>--ant PATH</c> or <c>EXTRACT_ANT_NEWS</c>.
/// </summary>
public static class Corpus
{
    /// <summary>The environment variable naming an extra news corpus (JSONL, optionally gzipped, a "text" field a line).</summary>
    public const string AntVariable = "EXTRACT_ANT_NEWS";

    /// <summary>How many lines of the extra corpus are read (to bound memory).</summary>
    public const int MaxAntLines = 5000;

    private static readonly string[] BuiltIn =
    [
        "قالت المصادر إن الجيش سيطر على المدينة.",
        "وسيطرت صباح اليوم قوات النظام على حي الشيخ مقصود بعد اشتباكات عنيفة.",
        "لم تسيطر قوات النظام على الحي، لكنها تقدمت نحو ٣ قرى شمال حلب!",
        "أعلن تنظيم الدولة سيطرته على بلدة الباب في ريف حلب الشرقي ؟ وفق ما نقلته «رويترز».",
        "المدينة التي كانت تحت سيطرة الفصائل المسلحة منذ عام 2012 عادت إلى الحكومة.",
    ];

    /// <summary>The repository's root (the folder holding rules/ar), or null when not found.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>An extra corpus to read news from, set by <c>--ant</c>; else <see cref="AntVariable"/>.</summary>
    public static string? AntPath { get; set; } = Environment.GetEnvironmentVariable(AntVariable);

    /// <summary>The shipped pack's rule files: path and bytes.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> ShippedRules => shippedRules.Value;

    /// <summary>News texts: built-in sentences, the repository's ANT articles, lines of the extra corpus.</summary>
    public static IReadOnlyList<string> News => news.Value;

    private static readonly Lazy<IReadOnlyList<(string, byte[])>> shippedRules = new(() =>
        Root is null ? [] : Directory.GetFiles(Path.Combine(Root, "rules", "ar"), "*.rules").Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllBytes(path))).ToList());

    private static readonly Lazy<IReadOnlyList<string>> news = new(() =>
    {
        var texts = new List<string>(BuiltIn);
        if (Root is not null && File.Exists(Path.Combine(Root, "tests", "data", "gold", "ant-articles.jsonl")))
            texts.AddRange(TextsOf(File.OpenRead(Path.Combine(Root, "tests", "data", "gold", "ant-articles.jsonl"))));
        if (AntPath is { Length: > 0 } path && File.Exists(path))
        {
            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
            texts.AddRange(TextsOf(stream).Take(MaxAntLines));
        }
        return texts;
    });

    private static IEnumerable<string> TextsOf(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String) yield return text.GetString()!;
        }
    }

    private static string? FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "rules", "ar")) && Directory.Exists(Path.Combine(dir.FullName, "src", "Extract")))
                    return dir.FullName;
        return null;
    }
}
