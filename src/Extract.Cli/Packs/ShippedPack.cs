using System.Reflection;
using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Cli.Packs;

/// <summary>
/// The shipped Arabic pack: the rule files of rules/ar embedded in the command and compiled once
/// at start-up.
/// </summary>
internal static class ShippedPack
{
    private const string Prefix = "rules/ar/";

    public static IRulePack? Create(TextWriter error)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        var sources = names.Where(n => n.EndsWith(".rules", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n => new RuleSource(n, Read(assembly, n))).ToList();
        if (sources.Count == 0)
        {
            error.WriteLine("extract: error: this build of extract holds no shipped pack; pass --rules PATH");
            return null;
        }
        byte[]? ReadList(string path)
        {
            string name = path.Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name);
            if (stream is null) return null;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        var result = PackCompiler.Compile(sources, ReadList, runExamples: false);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError)) error.WriteLine(diagnostic.ToString());
        return result.Program is null ? null : new InterpretedPack(result.Program);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
