using Extract.Language.Diagnostics;
using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>
/// Recursive descent over the tokens of one line: alternation → sequence → prefix (<c>!</c>) →
/// atom with quantifiers. Nesting is bounded, so a pathological line gives a diagnostic, never a
/// stack overflow. Stops at <c>=&gt;</c>, at an unmatched <c>)</c> and, in a <c>when</c> clause, at <c>set</c>.
/// </summary>
internal sealed class PatternParser(List<LexToken> tokens, string file, int line, string? stopWord = null)
{
    public const int MaxDepth = 200;

    private int position;

    /// <summary>Thrown internally to abandon the line after its first error (caught by the line parser).</summary>
    public sealed class Failure(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    public int Position { get => position; set => position = value; }

    public bool AtEnd => position >= tokens.Count;

    public LexToken Current => tokens[position];

    /// <summary>A whole pattern: alternatives at the top are allowed.</summary>
    public PatternSyntax ParsePattern()
    {
        var start = AtEnd ? new SourceLocation(file, line, 1, 0) : Here();
        var pattern = ParseAlternation(0, start);
        if (!AtEnd && Current is { Kind: LexKind.Symbol, Text: ")" })
            throw Fail(DiagnosticIds.UnbalancedParenthesis, "')' closes a group that was never opened: remove it or add '(' before", Here());
        return pattern;
    }

    private PatternSyntax ParseAlternation(int depth, SourceLocation start)
    {
        if (depth > MaxDepth) throw Fail(DiagnosticIds.NestingTooDeep, $"groups are nested more than {MaxDepth} deep: simplify the pattern", start);
        var options = new List<SequenceSyntax> { ParseSequence(depth, start) };
        while (!AtEnd && Current is { Kind: LexKind.Symbol, Text: "|" })
        {
            var bar = Here();
            position++;
            options.Add(ParseSequence(depth, bar));
        }
        return options.Count == 1 ? options[0] : new AlternationSyntax(options.ToArray(), start);
    }

    private SequenceSyntax ParseSequence(int depth, SourceLocation start)
    {
        var items = new List<PatternSyntax>();
        while (!AtEnd && !IsSequenceEnd(Current)) items.Add(ParsePrefix(depth));
        return new SequenceSyntax(items.ToArray(), items.Count > 0 ? items[0].Location : start);
    }

    private bool IsSequenceEnd(LexToken token) =>
        token is { Kind: LexKind.Symbol, Text: "|" or ")" or "=>" }
        || (stopWord is not null && token.Kind == LexKind.Word && token.Text == stopWord);

    private PatternSyntax ParsePrefix(int depth)
    {
        if (Current is { Kind: LexKind.Symbol, Text: "!" })
        {
            var at = Here();
            position++;
            if (AtEnd || IsSequenceEnd(Current)) throw Fail(DiagnosticIds.Expected, "'!' must be followed by the word, class or list it excludes", at);
            if (depth > MaxDepth) throw Fail(DiagnosticIds.NestingTooDeep, $"too many '!' in a row: simplify the pattern", at);
            return new NotSyntax(ParsePrefix(depth + 1), at);
        }
        return ParseQuantifiers(ParseAtom(depth));
    }

    private PatternSyntax ParseAtom(int depth)
    {
        var token = Current;
        var at = Here();
        position++;
        switch (token.Kind)
        {
            case LexKind.Word:
            case LexKind.Number:
                return new WordSyntax(token.Text, at);
            case LexKind.String:
                return new ExactSyntax(token.Text, at);
            case LexKind.Name:
                if (!AtEnd && Current is { Kind: LexKind.Symbol, Text: ":" })
                {
                    position++;
                    if (AtEnd || Current.Kind != LexKind.Name)
                        throw Fail(DiagnosticIds.Expected, $"slot '{token.Text}:' must be followed by a type: a list, a pattern or a class such as Word", at);
                    var type = Current;
                    position++;
                    return new NameSyntax(token.Text, type.Text, at with { Length = type.Column + type.Length - token.Column });
                }
                return new NameSyntax(token.Text, null, at);
        }
        switch (token.Text)
        {
            case "(":
            {
                var group = ParseAlternation(depth + 1, at);
                if (AtEnd || Current.Text != ")")
                    throw Fail(DiagnosticIds.UnbalancedParenthesis, "this '(' is never closed: add ')' at the end of the group", at);
                position++;
                return group is SequenceSyntax { Items.Count: 1 } single ? single.Items[0] : group;
            }
            case "~":
            case "~~":
                if (AtEnd || Current.Kind != LexKind.Word)
                    throw Fail(DiagnosticIds.Expected, $"'{token.Text}' must be followed by an Arabic word (the lemma), as in ~سيطر", at);
                var lemma = Current;
                position++;
                return new LexemeSyntax(lemma.Text, token.Text == "~~", at with { Length = lemma.Column + lemma.Length - token.Column });
            case "_":
                return new AnySyntax(at);
            case "<s>":
                return new AnchorSyntax(true, at);
            case "</s>":
                return new AnchorSyntax(false, at);
            case "?":
            case "*":
            case "+":
            case "{":
                throw Fail(DiagnosticIds.Expected, $"'{token.Text}' repeats the element before it, but there is none here", at);
            default:
                throw Fail(DiagnosticIds.Expected, $"expected a word, a name, '(' or '_' but found '{token.Text}'", at);
        }
    }

    private PatternSyntax ParseQuantifiers(PatternSyntax element)
    {
        int stacked = 0;
        while (!AtEnd && Current.Kind == LexKind.Symbol && Current.Text is "?" or "*" or "+" or "{")
        {
            var at = Here();
            if (++stacked > 8) throw Fail(DiagnosticIds.NestingTooDeep, "too many repetition marks in a row: one is enough", at);
            int min, max;
            switch (Current.Text)
            {
                case "?": min = 0; max = 1; position++; break;
                case "*": min = 0; max = -1; position++; break;
                case "+": min = 1; max = -1; position++; break;
                default: (min, max) = ParseBounds(at); break;
            }
            bool lazy = false;
            if (!AtEnd && Current is { Kind: LexKind.Symbol, Text: "?" })
            {
                lazy = true;
                position++;
            }
            element = new QuantifiedSyntax(element, min, max, lazy, element.Location);
        }
        return element;
    }

    // {m,n} {m} {m,} {,n}
    private (int Min, int Max) ParseBounds(SourceLocation at)
    {
        position++;
        int? min = Number(), max;
        if (!AtEnd && Current.Text == ",")
        {
            position++;
            max = Number() ?? -1;
        }
        else
        {
            max = min;
        }
        if (AtEnd || Current.Text != "}" || (min is null && max == -1))
            throw Fail(DiagnosticIds.BadQuantifier, "a repetition is written {m,n} with two whole numbers, such as {0,3}", at);
        position++;
        return (min ?? 0, max ?? -1);
    }

    private int? Number()
    {
        if (AtEnd || Current.Kind != LexKind.Number) return null;
        int value = int.TryParse(Current.Text, out int parsed) ? parsed : int.MaxValue;
        position++;
        return value;
    }

    public SourceLocation Here() => AtEnd
        ? new SourceLocation(file, line, tokens.Count > 0 ? tokens[^1].Column + tokens[^1].Length : 1, 0)
        : Lexer.At(file, line, Current);

    public Failure Fail(string id, string message, SourceLocation location) =>
        new(new Diagnostic(id, DiagnosticSeverity.Error, message, location));
}
