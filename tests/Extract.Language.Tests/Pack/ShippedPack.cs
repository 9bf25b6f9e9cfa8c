using Extract.Language.Binding;

namespace Extract.Language.Tests.Pack;

/// <summary>The shipped Arabic pack (<c>rules/ar/*.rules</c>) and the gold data, found from the test's output folder.</summary>
internal static class ShippedPack
{
    public static string Root { get; } = FindRoot();

    public static string RulesFolder => Path.Combine(Root, "rules", "ar");

    public static string GoldFolder => Path.Combine(Root, "tests", "data", "gold");

    /// <summary>Every rule file of the pack, in name order.</summary>
    public static IReadOnlyList<RuleSource> Sources() =>
        Directory.GetFiles(RulesFolder, "*.rules")
            .Order(StringComparer.Ordinal)
            .Select(path => new RuleSource(path, File.ReadAllText(path)))
            .ToList();

    public static CompilationResult Compile(bool runExamples) => PackCompiler.Compile(Sources(), runExamples: runExamples);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "rules", "ar")) && Directory.Exists(Path.Combine(dir.FullName, "tests", "data", "gold")))
                return dir.FullName;
        throw new DirectoryNotFoundException("rules/ar not found above " + AppContext.BaseDirectory);
    }
}
