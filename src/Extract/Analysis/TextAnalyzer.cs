using Extract.Matching;

namespace Extract.Analysis;

/// <summary>Normalizes, tokenizes, splits sentences and segments clitics: text in, <see cref="Document"/> out.</summary>
public sealed class TextAnalyzer
{
    /// <summary>The analyzer with the built-in Arabic stem lexicon.</summary>
    public static TextAnalyzer Default { get; } = new();

    /// <summary>Analyzes <paramref name="text"/> into a new document.</summary>
    public Document Analyze(string text, string id = "") => throw new NotImplementedException("issue 3");
}
