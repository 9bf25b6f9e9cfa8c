using Extract.Language.Syntax;

namespace Extract.Language.Binding;

/// <summary>Writes a pattern element back as rule text, for explanations and messages.</summary>
internal static class SyntaxText
{
    public static string Of(PatternSyntax syntax) => syntax switch
    {
        WordSyntax word => word.Text,
        ExactSyntax exact => $"\"{exact.Text}\"",
        LexemeSyntax lexeme => (lexeme.Family ? "~~" : "~") + lexeme.Lemma,
        NameSyntax name => name.Type is null ? name.Name : $"{name.Name}:{name.Type}",
        AnySyntax => "_",
        AnchorSyntax anchor => anchor.Start ? "<s>" : "</s>",
        NotSyntax not => "!" + (not.Element is SequenceSyntax { Items.Count: > 1 } ? $"({Of(not.Element)})" : Of(not.Element)),
        QuantifiedSyntax quantified => Of(quantified.Element) + Quantifier(quantified),
        SequenceSyntax sequence => string.Join(" ", sequence.Items.Select(Of)),
        AlternationSyntax alternation => "(" + string.Join(" | ", alternation.Options.Select(Of)) + ")",
        _ => "",
    };

    private static string Quantifier(QuantifiedSyntax quantified)
    {
        string core = (quantified.Min, quantified.Max) switch
        {
            (0, 1) => "?",
            (0, -1) => "*",
            (1, -1) => "+",
            (var min, -1) => $"{{{min},}}",
            (var min, var max) when min == max => $"{{{min}}}",
            (var min, var max) => $"{{{min},{max}}}",
        };
        return quantified.Lazy ? core + "?" : core;
    }
}
