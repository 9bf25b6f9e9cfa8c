using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Extract.Benchmarks.Generator;

/// <summary>A rule file held in memory, as the compiler passes AdditionalFiles to a generator.</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    public string Text => text;

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
