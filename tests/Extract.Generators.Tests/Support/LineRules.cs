using Extract.Generators.Pipeline;
using Extract.Language.Model;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Tests.Support;

/// <summary>
/// A stand-in for the language compiler in pipeline tests, where only the pipeline's plumbing is
/// under test: each pack is named after its folder; each line of a rule file is a rule matching its
/// words in sequence; a line starting with <c>!</c> is reported as an error EXT0001 at that line; a
/// line <c>boom</c> throws; a line <c>list NAME from "path"</c> declares a list whose entries are the
/// named file's lines (missing file: error EXT0002).
/// </summary>
internal static class LineRules
{
    public static int Compilations;

    public static CompiledPack Compile(PackSources sources, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Compilations);
        var folder = sources.FolderKey.Split('/').Last();
        var factory = new ProgramFactory(char.ToUpperInvariant(folder[0]) + folder[1..]);
        var diagnostics = new List<BuildDiagnostic>();
        foreach (var file in sources.Rules)
        {
            var lines = file.Text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0) continue;
                if (line == "boom") throw new InvalidOperationException("the stand-in compiler was told to fail");
                if (line.StartsWith('!'))
                {
                    diagnostics.Add(BuildDiagnostic.At("EXT0001", DiagnosticSeverity.Error, "broken rule: " + line[1..], file, i + 1, 1, line.Length));
                    continue;
                }
                if (line.StartsWith("list ", StringComparison.Ordinal))
                {
                    var path = line.Split('"')[1];
                    var text = sources.ListText(PathKey.Combine(file.FolderKey, path));
                    if (text is null) diagnostics.Add(BuildDiagnostic.At("EXT0002", DiagnosticSeverity.Error, "missing list file " + path, file, i + 1, 1, line.Length));
                    else factory.List(line.Split(' ')[1], text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                    continue;
                }
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                factory.Rule("line_" + (i + 1), "Match", line, r => r.Seq(words.Select(word => r.Word(word)).ToArray()));
            }
        }
        return new CompiledPack(sources.FolderKey, EquatableArray.Of(factory.Build()), diagnostics.ToEquatableArray());
    }
}
