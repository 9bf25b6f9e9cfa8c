using Extract.Language.Binding;
using Extract.Language.Diagnostics;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Cli.Packs;

/// <summary>A rule pack loaded from <c>--rules PATH</c>, with its diagnostics.</summary>
internal sealed record LoadedPack(InterpretedPack? Pack, IReadOnlyList<Diagnostic> Diagnostics, string? Error)
{
    public bool HasErrors => Error is not null || Pack is null || Diagnostics.Any(d => d.IsError);
}

/// <summary>Loads packs for the interpreter: a .rules file, or a folder whose *.rules files form one pack.</summary>
internal static class PackLoader
{
    public static LoadedPack Load(string path, bool runExamples = false)
    {
        List<string> files;
        if (Directory.Exists(path)) files = [.. Directory.EnumerateFiles(path, "*.rules").Order(StringComparer.Ordinal)];
        else if (File.Exists(path)) files = [path];
        else return new LoadedPack(null, [], $"{path}: error: no such rule file or folder");
        if (files.Count == 0) return new LoadedPack(null, [], $"{path}: error: the folder holds no .rules file");

        var sources = new List<RuleSource>();
        foreach (var file in files)
        {
            byte[] bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new LoadedPack(null, [], $"{file}: error: cannot be read: {exception.Message}");
            }
            var decoded = Extract.Text.Utf8Input.Decode(bytes);
            if (decoded.HadInvalidBytes)
                return new LoadedPack(null, [], $"{file}: error: invalid UTF-8 at byte {decoded.FirstInvalidByte}: rule files must be UTF-8 text");
            sources.Add(new RuleSource(file, decoded.Text));
        }
        var result = PackCompiler.Compile(sources, runExamples: runExamples);
        var pack = result.Program is null ? null : new InterpretedPack(result.Program);
        return new LoadedPack(pack, result.Diagnostics, null);
    }

    /// <summary>Prints diagnostics to stderr; returns true when there was an error.</summary>
    public static bool Report(LoadedPack loaded, TextWriter error)
    {
        if (loaded.Error is not null) error.WriteLine(loaded.Error);
        foreach (var diagnostic in loaded.Diagnostics) error.WriteLine(diagnostic.ToString());
        return loaded.HasErrors;
    }

    /// <summary>The shipped Arabic control pack (rules/ar), as compiled into the command.</summary>
    public static IRulePack? Shipped(TextWriter error) => ShippedPack.Create();
}
