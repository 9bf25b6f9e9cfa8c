using Extract.Generators.Pipeline;
using Microsoft.CodeAnalysis;

namespace Extract.Generators;

/// <summary>
/// Compiles the <c>.rules</c> files of a project (AdditionalFiles) into one C# matcher class per pack:
/// rule files and the list files they name → sources per pack folder → the language's compiler (parse,
/// bind, examples) → the emitter. See <see cref="PackPipeline"/> for the steps.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RulePackGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        PackPipeline.Register(context, LanguageCompiler.Compile);
}
