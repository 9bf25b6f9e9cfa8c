using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>
/// Binds pattern elements one by one: literals become interned ids, names are resolved (list,
/// pattern, class or slot), repetitions and negations are checked. The syntax walker calls one
/// method per syntax node; every problem is reported and an inert node returned, so binding goes on.
/// </summary>
internal sealed class PatternBinder(PackScope scope, Report report, Func<string, RuleContext, PatternNode?> expandPattern)
{
    /// <summary>The largest repetition bound a rule may write.</summary>
    public const int MaxRepetition = 100;

    /// <summary>How deep named patterns may use each other.</summary>
    public const int MaxPatternDepth = 64;

    private static readonly PatternNode Inert = new SequenceNode(EquatableArray<PatternNode>.Empty);

    /// <summary>A bare word: its stem key; several words if the analyzer splits it into several tokens.</summary>
    public PatternNode Word(string text, SourceLocation location, RuleContext context)
    {
        var keys = Keys(text, location, context);
        if (keys.Length == 0) return Inert;
        return Sequence(keys.Select(key => (PatternNode)new WordNode(EquatableArray.Of(scope.Vocabulary.Intern(key))) { Source = text }).ToList());
    }

    /// <summary>An exact surface word in quotes.</summary>
    public PatternNode Exact(string text, SourceLocation location, RuleContext context)
    {
        var keys = Keys(text, location, context);
        if (keys.Length == 0) return Inert;
        return Sequence(keys.Select(key => (PatternNode)new ExactNode(EquatableArray.Of(scope.Vocabulary.Intern(key))) { Source = $"\"{text}\"" }).ToList());
    }

    /// <summary><c>~lemma</c> or <c>~~lemma</c> with the forms the morphology generated for it.</summary>
    public PatternNode Lexeme(string lemma, bool family, IReadOnlyList<string> forms, SourceLocation location, RuleContext context)
    {
        var ids = new SortedSet<int>();
        foreach (var form in forms.Append(lemma))
        {
            var keys = MatchingKeys.Of(form);
            if (keys.Length != 1 || keys[0].Length == 0) continue;
            ids.Add(scope.Vocabulary.Intern(keys[0]));
            if (!family) scope.LexemeForms.Add(keys[0]);
        }
        string source = (family ? "~~" : "~") + lemma;
        if (ids.Count == 0)
        {
            Error(context, BindingIds.UnknownLexeme, $"'{source}' has no word forms: write the lemma in Arabic letters", location);
            return Inert;
        }
        return new WordNode(ids.ToEquatableArray()) { Source = source };
    }

    /// <summary>A capitalized name, bare (<c>Force</c>, <c>X</c>) or typed (<c>X:Actor</c>).</summary>
    public PatternNode Name(string name, string? type, SourceLocation location, RuleContext context)
    {
        if (type is null)
        {
            switch (scope.KindOf(name))
            {
                case NameKind.List:
                case NameKind.Pattern:
                case NameKind.Class:
                    return Reference(name, location, context) ?? Inert;
            }
            if (!IsSlotName(name) && !context.OutputSlots.Contains(name))
            {
                UnknownName(name, location, context);
                return Inert;
            }
            return Slot(name, null, new PhraseNode(), location, context);
        }
        if (scope.KindOf(type) == NameKind.Unknown)
        {
            UnknownName(type, location, context);
            context.SlotIndex(name, type, Inert);
            return Inert;
        }
        var body = Reference(type, location, context);
        return body is null ? Inert : Slot(name, type, body, location, context);
    }

    /// <summary><c>_</c> or <c>_{m,n}</c>.</summary>
    public PatternNode Gap(int min, int max, SourceLocation location, RuleContext context) =>
        Repeat(new ClassNode(TokenClass.Any) { Source = "_" }, min, max, lazy: false, location, context);

    /// <summary><c>a? a* a+ a{m,n}</c> and their lazy forms; <paramref name="max"/> -1 is unbounded.</summary>
    public PatternNode Repeat(PatternNode body, int min, int max, bool lazy, SourceLocation location, RuleContext context)
    {
        if (min < 0 || (max >= 0 && min > max))
        {
            Error(context, BindingIds.BadRepetition, $"repetition {{{min},{max}}} asks for at least {min} but at most {max}: write the smaller number first", location);
            return Inert;
        }
        if (min > MaxRepetition || max > MaxRepetition)
        {
            Error(context, BindingIds.BadRepetition, $"repetition bounds above {MaxRepetition} are not allowed: use * or + for 'any number'", location);
            return Inert;
        }
        if (min == 1 && max == 1) return body;
        return new RepeatNode(body, min, max, lazy);
    }

    /// <summary><c>!a</c>: one token that does not match a single-token element.</summary>
    public PatternNode Not(PatternNode operand, string source, SourceLocation location, RuleContext context)
    {
        var test = AutomatonBuilder.SingleTokenTest(operand, scope.Lists);
        if (test is null)
        {
            if (!context.HasErrors)
                Error(context, BindingIds.NotSingleToken, $"'!' applies to one word, a class or a list of single words; '{source}' can match more than one token", location);
            return Inert;
        }
        return new NotNode(operand, test) { Source = source };
    }

    /// <summary>Elements in a row.</summary>
    public static PatternNode Sequence(IReadOnlyList<PatternNode> items) =>
        items.Count == 1 ? items[0] : new SequenceNode(items.ToEquatableArray());

    /// <summary>Alternatives; an empty one is an error.</summary>
    public PatternNode Alternation(IReadOnlyList<(PatternNode Node, bool Empty, SourceLocation Location)> options, RuleContext context)
    {
        foreach (var option in options.Where(option => option.Empty))
            Error(context, BindingIds.EmptyAlternative, "this alternative is empty: remove the extra '|' or write '?' after the group to make it optional", option.Location);
        var nodes = options.Where(option => !option.Empty).Select(option => option.Node).ToList();
        return nodes.Count == 1 ? nodes[0] : new AlternationNode(nodes.ToEquatableArray());
    }

    /// <summary><c>&lt;s&gt;</c> or <c>&lt;/s&gt;</c>.</summary>
    public static PatternNode Anchor(bool start) =>
        new AnchorNode(start ? Model.Anchor.SentenceStart : Model.Anchor.SentenceEnd) { Source = start ? "<s>" : "</s>" };

    /// <summary>Slot names are a capital letter optionally followed by digits: X, Y, X2.</summary>
    public static bool IsSlotName(string name) =>
        name.Length >= 1 && name[0] is >= 'A' and <= 'Z' && name.Skip(1).All(char.IsAsciiDigit);

    private PatternNode Slot(string name, string? type, PatternNode body, SourceLocation location, RuleContext context)
    {
        if (context.IsClause)
        {
            Error(context, BindingIds.SlotInClause, $"slot '{name}' in a clause: 'unless'/'when' patterns look around the match and capture nothing; use a list or a word", location);
            return Inert;
        }
        int index = context.SlotIndex(name, type, body);
        return new SlotNode(index, body) { Source = type is null ? name : $"{name}:{type}" };
    }

    private PatternNode? Reference(string name, SourceLocation location, RuleContext context)
    {
        scope.MarkUsed(name);
        switch (scope.KindOf(name))
        {
            case NameKind.List:
                return new ListNode(scope.ListIndexOf(name)) { Source = name };
            case NameKind.Class:
                return new ClassNode(PackScope.ClassOf(name)) { Source = name };
            case NameKind.Pattern:
                if (context.Expanding.Contains(name))
                {
                    var cycle = string.Join(" → ", context.Expanding.SkipWhile(n => n != name).Append(name));
                    Error(context, BindingIds.PatternCycle, $"pattern '{name}' uses itself ({cycle}): a pattern cannot contain itself", location);
                    return null;
                }
                if (context.Expanding.Count >= MaxPatternDepth)
                {
                    Error(context, BindingIds.PatternTooLarge, $"patterns use each other more than {MaxPatternDepth} deep here ({string.Join(" → ", context.Expanding.Take(3))} → …): simplify", location);
                    return null;
                }
                context.Expanding.Add(name);
                try
                {
                    // Named for explanations: a merged alternation of words reads 'ForceHead'.
                    var expanded = expandPattern(name, context);
                    return expanded is AlternationNode { Source: "" } ? expanded with { Source = name } : expanded;
                }
                finally
                {
                    context.Expanding.RemoveAt(context.Expanding.Count - 1);
                }
            default:
                UnknownName(name, location, context);
                return null;
        }
    }

    private void UnknownName(string name, SourceLocation location, RuleContext context)
    {
        var suggestion = Suggestions.Closest(name, scope.KnownNames);
        var hint = suggestion is null
            ? " Declare it with 'list' or 'pattern', or use a one-letter slot such as X."
            : $" Did you mean '{suggestion}'{(scope.LocationOf(suggestion) is { } at ? $" (line {at.Line})" : "")}?";
        Error(context, BindingIds.UnknownName, $"unknown name '{name}': it is not a list, a pattern, a class or a slot.{hint}", location);
    }

    private string[] Keys(string text, SourceLocation location, RuleContext context)
    {
        var keys = MatchingKeys.Of(text);
        if (keys.Length == 0 || keys.Any(key => key.Length == 0))
        {
            Error(context, BindingIds.EmptyLiteral, $"the word \"{text}\" has no letters or digits to match", location);
            return [];
        }
        return keys;
    }

    private void Error(RuleContext context, string id, string message, SourceLocation location)
    {
        context.HasErrors = true;
        report(id, true, message, location);
    }
}
