using Extract.Language.Model;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Pipeline;

/// <summary>
/// The generator's incremental pipeline, top to bottom: rule files (AdditionalFiles ending in
/// <c>.rules</c>) and the list files they name → equatable sources per pack folder → compiled pack
/// (model + diagnostics) → one C# file per pack. Every step is value-equatable, so editing one pack
/// re-runs only that pack; nothing throws out of it (internal errors become EXT9999).
/// </summary>
internal static class PackPipeline
{
    /// <summary>Tracking names of the steps, for incremental-caching tests.</summary>
    public static class Steps
    {
        public const string RuleFiles = nameof(RuleFiles);
        public const string ListFiles = nameof(ListFiles);
        public const string PackSources = nameof(PackSources);
        public const string CompiledPacks = nameof(CompiledPacks);
        public const string RootNamespace = nameof(RootNamespace);
    }

    public static void Register(IncrementalGeneratorInitializationContext context, PackCompile compile)
    {
        var ruleFiles = context.AdditionalTextsProvider
            .Where(static file => IsRuleFile(file.Path))
            .Select(static (file, ct) => SourceFile.From(file, ct))
            .WithTrackingName(Steps.RuleFiles);

        var namedLists = ruleFiles
            .SelectMany(static (file, _) => file.ListReferences())
            .Collect()
            .Select(static (keys, _) => keys.Distinct(StringComparer.Ordinal).OrderBy(key => key, StringComparer.Ordinal).ToEquatableArray());

        var listFiles = context.AdditionalTextsProvider
            .Where(static file => !IsRuleFile(file.Path))
            .Combine(namedLists)
            .Where(static pair => pair.Right.AsSpan().BinarySearch(PathKey.Of(pair.Left.Path), StringComparer.Ordinal) >= 0)
            .Select(static (pair, ct) => SourceFile.From(pair.Left, ct))
            .WithTrackingName(Steps.ListFiles);

        var packs = ruleFiles.Collect()
            .Combine(listFiles.Collect())
            .SelectMany(static (files, _) => PackSources.Group(files.Left, files.Right))
            .WithTrackingName(Steps.PackSources)
            .Select((sources, ct) => CompiledPack.Guarded(compile, sources, ct))
            .WithTrackingName(Steps.CompiledPacks);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var name) ? name.Trim() : "")
            .WithTrackingName(Steps.RootNamespace);

        context.RegisterSourceOutput(packs.Combine(rootNamespace), static (output, input) =>
        {
            var (pack, ns) = input;
            foreach (var diagnostic in pack.Diagnostics) output.ReportDiagnostic(diagnostic.ToRoslyn());
            foreach (var program in pack.Programs)
            {
                var emission = PackEmission.Emit(program, pack.FolderKey, ns, output.CancellationToken);
                if (emission.Error is not null) output.ReportDiagnostic(emission.Error.ToRoslyn());
                if (emission.Source is not null) output.AddSource(emission.HintName, emission.Source);
            }
        });

        // Two folders whose packs get the same class name: say so at the second one (the C# compiler
        // would only report a duplicate type).
        var classNames = packs
            .Select(static (pack, _) => (pack.FolderKey, pack.FirstRuleFile, Names: pack.Programs.Select(program => (program.Pack, Emission.Emitter.ClassName(program))).ToEquatableArray()))
            .Collect();
        context.RegisterSourceOutput(classNames, static (output, all) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (folder, file, names) in all.OrderBy(pack => pack.FolderKey, StringComparer.Ordinal))
                foreach (var (name, className) in names)
                    if (!seen.Add(className))
                        output.ReportDiagnostic(BuildDiagnostic.DuplicatePack(name, folder, file).ToRoslyn());
        });
    }

    private static bool IsRuleFile(string path) => path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase);
}
