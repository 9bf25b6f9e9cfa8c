using Extract.Language.Binding;
using Extract.Language.Model;

namespace Extract.Benchmarks;

/// <summary>The shipped pack's rule files (rules/ar of this repository), compiled for the interpreter.</summary>
public static class ShippedRules
{
    /// <summary>The folder rules/ar, found by walking up from the benchmark's binaries or the current folder.</summary>
    public static string Folder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "rules", "ar");
                if (File.Exists(Path.Combine(candidate, "control.rules"))) return candidate;
            }
        throw new DirectoryNotFoundException("rules/ar was not found above " + AppContext.BaseDirectory + " or the current folder");
    }

    /// <summary>The repository's root folder (the parent of rules/).</summary>
    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Folder(), "..", ".."));

    /// <summary>The program of rules/ar, as <c>extract run --rules rules/ar</c> compiles it.</summary>
    public static RuleProgram Compile()
    {
        var sources = Directory.EnumerateFiles(Folder(), "*.rules").Order(StringComparer.Ordinal)
            .Select(file => new RuleSource(file, File.ReadAllText(file)));
        var result = PackCompiler.Compile(sources, runExamples: false);
        return result.Program ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
    }
}
