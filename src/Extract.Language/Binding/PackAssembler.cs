using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>
/// The pack-level half of binding: declares lists (inline or loaded from files next to the rule
/// file) and patterns, and finishes the program (unused declarations, shadowed rules, the phrase
/// lexicon).
/// </summary>
internal sealed class PackAssembler(PackScope scope, Report report, Func<string, byte[]?> readFile)
{
    /// <summary>Declares a list written inline: <c>list Force = قوات | الجيش</c>.</summary>
    public void InlineList(string name, IReadOnlyList<(string Text, SourceLocation Location)> entries, SourceLocation location)
    {
        if (!Declare(name, location)) return;
        Add(name, location, entries.Select(entry => new ListBuilder.RawEntry(entry.Text, entry.Location)));
    }

    /// <summary>Declares a list loaded from <paramref name="relativePath"/>, relative to <paramref name="ruleFile"/>.</summary>
    public void FileList(string name, string ruleFile, string relativePath, SourceLocation location)
    {
        if (!Declare(name, location)) return;
        var path = ListFile.Resolve(ruleFile, relativePath);
        if (path is null)
        {
            report(BindingIds.ListFileOutsidePack, true, $"list file \"{relativePath}\" is outside the pack folder: list files must lie in the rule file's folder or below it", location);
            scope.AddList(new ListModel(name, EquatableArray<EquatableArray<int>>.Empty, location));
            return;
        }
        byte[]? bytes;
        try
        {
            bytes = readFile(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bytes = null;
        }
        if (bytes is null)
        {
            report(BindingIds.ListFileMissing, true, $"list file \"{relativePath}\" not found (looked for {path})", location);
            scope.AddList(new ListModel(name, EquatableArray<EquatableArray<int>>.Empty, location));
            return;
        }
        var entries = ListFile.Parse(bytes, out int invalidAt);
        if (invalidAt >= 0)
        {
            report(BindingIds.ListFileInvalidUtf8, true, $"list file \"{relativePath}\" is not valid UTF-8 (first bad byte at offset {invalidAt}): save it as UTF-8", location);
            scope.AddList(new ListModel(name, EquatableArray<EquatableArray<int>>.Empty, location));
            return;
        }
        Add(name, location, entries.Select(entry => new ListBuilder.RawEntry(entry.Text, new SourceLocation(path, entry.Line, 1, entry.Text.Length))));
    }

    /// <summary>Declares a pattern name; false (reported) when the name is taken.</summary>
    public bool Pattern(string name, SourceLocation location)
    {
        if (!Declare(name, location)) return false;
        scope.DeclarePattern(name, location);
        return true;
    }

    /// <summary>Reports unused lists and patterns and shadowed rules, and builds the program.</summary>
    public RuleProgram Finish(string pack, string language, OverlapMode overlap, IReadOnlyList<RuleModel> rules, IEnumerable<string> verbForms, bool hasErrors)
    {
        // After an error (a misspelled name, say), "unused" would mostly repeat it.
        foreach (var list in hasErrors ? [] : scope.UnusedLists)
            report(BindingIds.UnusedList, false, $"list '{list.Name}' is not used by any rule", list.Location);
        foreach (var (name, location) in hasErrors ? [] : scope.UnusedPatterns)
            report(BindingIds.UnusedPattern, false, $"pattern '{name}' is not used by any rule", location);
        if (overlap == OverlapMode.Longest) ReportShadowed(rules);
        var lexicon = LexiconBuilder.Build(scope.Vocabulary, verbForms.Concat(scope.LexemeForms));
        return new RuleProgram(pack, language, overlap, scope.Vocabulary.Build(), lexicon, scope.Lists.ToEquatableArray(), rules.ToEquatableArray());
    }

    // Two rules with the same relation, pattern and clauses always match the same spans; overlap
    // resolution then keeps the higher priority (or the earlier rule), so the other never fires.
    private void ReportShadowed(IReadOnlyList<RuleModel> rules)
    {
        var winners = new Dictionary<(string, PatternNode, EquatableArray<ClauseModel>), RuleModel>();
        foreach (var rule in rules.OrderByDescending(rule => rule.Priority))
        {
            var key = (rule.Relation, rule.Pattern, rule.Clauses);
            if (winners.TryGetValue(key, out var winner))
                report(BindingIds.ShadowedRule, false, $"rule {rule.Name} can never produce anything: rule {winner.Name} (line {winner.Location.Line}) has the same pattern and {(winner.Priority > rule.Priority ? "a higher priority" : "comes first")}", rule.Location);
            else
                winners[key] = rule;
        }
    }

    private bool Declare(string name, SourceLocation location)
    {
        if (PackScope.IsClass(name))
        {
            report(BindingIds.DuplicateDeclaration, true, $"'{name}' is a built-in class (Word Num Punct Any Pron): choose another name", location);
            return false;
        }
        if (scope.LocationOf(name) is { } previous)
        {
            report(BindingIds.DuplicateDeclaration, true, $"'{name}' is already declared at {previous.File}({previous.Line},{previous.Column}): rename one of them", location);
            return false;
        }
        return true;
    }

    private void Add(string name, SourceLocation location, IEnumerable<ListBuilder.RawEntry> entries)
    {
        var duplicates = new List<ListBuilder.Duplicate>();
        var empty = new List<ListBuilder.RawEntry>();
        var list = ListBuilder.Build(name, location, entries, scope.Vocabulary, duplicates, empty);
        foreach (var duplicate in duplicates)
            report(BindingIds.DuplicateListEntry, false, $"\"{duplicate.Text}\" is already in list '{name}' (line {duplicate.First.Line}, after normalization)", duplicate.Location);
        foreach (var entry in empty)
            report(BindingIds.EmptyLiteral, true, $"list entry \"{entry.Text}\" has no letters or digits to match", entry.Location);
        if (list.Entries.Count == 0 && empty.Count == 0)
            report(BindingIds.EmptyList, false, $"list '{name}' has no entries", location);
        scope.AddList(list);
    }
}
