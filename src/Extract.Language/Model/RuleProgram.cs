namespace Extract.Language.Model;

/// <summary>
/// A whole pack, bound and compiled: the one model that both the interpreter and the source
/// generator consume. Immutable and value-equatable (records and <see cref="EquatableArray{T}"/> only).
/// </summary>
/// <param name="Pack">The pack's name (<c>pack Arabic.Control</c>).</param>
/// <param name="Language">The declared language (<c>ar</c> unless declared).</param>
/// <param name="Overlap">How overlapping matches are resolved.</param>
/// <param name="Vocabulary">Every literal, interned; ids in tests and lists index it.</param>
/// <param name="Lexicon">The closed word classes the default phrase and pronouns rely on.</param>
/// <param name="Lists">The lists, in declaration order.</param>
/// <param name="Rules">The rules, in file order (files in the order given).</param>
public sealed record RuleProgram(
    string Pack,
    string Language,
    OverlapMode Overlap,
    Vocabulary Vocabulary,
    PhraseLexicon Lexicon,
    EquatableArray<ListModel> Lists,
    EquatableArray<RuleModel> Rules);

/// <summary>How overlapping matches of one relation are resolved.</summary>
public enum OverlapMode : byte
{
    /// <summary>Keep the longest, then the higher priority, then the earlier rule.</summary>
    Longest,
    /// <summary><c>overlap all</c>: keep every match.</summary>
    All,
}

/// <summary>A list: entries as sequences of word ids (multiword entries have several).</summary>
/// <param name="Name">The list's name.</param>
/// <param name="Entries">The entries, deduplicated, sorted by their ids.</param>
/// <param name="Location">Where the list is declared.</param>
public sealed record ListModel(string Name, EquatableArray<EquatableArray<int>> Entries, SourceLocation Location);

/// <summary>
/// The closed word classes behind the default phrase of an untyped slot and behind pronouns. A token
/// is <em>content</em> when it is a word or a number whose whole key and stem forms are not in
/// <see cref="Stops"/> (prepositions, particles, conjunctions, pronouns, frequent verbs and their
/// inflections). Stops include the pronouns and relative pronouns.
/// </summary>
/// <param name="Stops">Sorted ids of words that end a default phrase.</param>
/// <param name="Pronouns">Sorted ids of independent pronouns (an enclitic segment is a pronoun by its role).</param>
/// <param name="RelativePronouns">Sorted ids of relative pronouns.</param>
public sealed record PhraseLexicon(EquatableArray<int> Stops, EquatableArray<int> Pronouns, EquatableArray<int> RelativePronouns);

/// <summary>One rule, compiled.</summary>
/// <param name="Name">The rule's name (<c>line_7</c> for a bare pattern line).</param>
/// <param name="Priority">Declared priority (0 by default; higher wins overlaps).</param>
/// <param name="Relation">The relation it produces (<c>Match</c> for a bare pattern line).</param>
/// <param name="Slots">The slots, numbered by their order of first appearance in the pattern.</param>
/// <param name="Arguments">The output roles, in the order written.</param>
/// <param name="Attributes">The literal attributes, in the order written.</param>
/// <param name="Pattern">The bound pattern.</param>
/// <param name="Automaton">The pattern compiled to an NFA.</param>
/// <param name="Trigger">Sorted ids of which at least one occurs in every match (empty: the rule always runs).</param>
/// <param name="Clauses">The <c>unless</c> and <c>when</c> clauses, in order.</param>
/// <param name="Examples">Examples and counterexamples.</param>
/// <param name="Source">The pattern as written.</param>
/// <param name="Location">Where the rule starts.</param>
public sealed record RuleModel(
    string Name,
    int Priority,
    string Relation,
    EquatableArray<SlotModel> Slots,
    EquatableArray<OutputArgument> Arguments,
    EquatableArray<OutputAttribute> Attributes,
    PatternNode Pattern,
    Automaton Automaton,
    EquatableArray<int> Trigger,
    EquatableArray<ClauseModel> Clauses,
    EquatableArray<ExampleModel> Examples,
    string Source,
    SourceLocation Location);

/// <summary>A slot of a rule.</summary>
/// <param name="Name">The slot's name (<c>X</c>).</param>
/// <param name="Type">Its declared type (a list, pattern or class name), or null for the default phrase.</param>
/// <param name="Antecedent">
/// A pattern matching one phrase of the slot's type, used to find the antecedent when the slot
/// captured a pronoun.
/// </param>
public sealed record SlotModel(string Name, string? Type, Automaton Antecedent);

/// <summary><c>role: Slot</c> in a rule's output.</summary>
/// <param name="Role">The role.</param>
/// <param name="Slot">Index into <see cref="RuleModel.Slots"/>.</param>
public sealed record OutputArgument(string Role, int Slot);

/// <summary><c>attr: value</c> in a rule's output or a <c>when … set</c> clause.</summary>
/// <param name="Name">The attribute.</param>
/// <param name="Value">Its value.</param>
public sealed record OutputAttribute(string Name, string Value);

/// <summary>
/// <c>unless before/after P</c> (discard the match when P occurs right before/after it) or
/// <c>when before/after P set a: v</c> (set attributes then). Lookaround stays inside the match's sentence.
/// </summary>
/// <param name="Kind">Unless or when.</param>
/// <param name="Direction">Before or after the match.</param>
/// <param name="Pattern">P, bound.</param>
/// <param name="Automaton">P compiled.</param>
/// <param name="Sets">The attributes a <c>when</c> clause sets.</param>
/// <param name="Source">The clause as written.</param>
public sealed record ClauseModel(
    ClauseKind Kind,
    ClauseDirection Direction,
    PatternNode Pattern,
    Automaton Automaton,
    EquatableArray<OutputAttribute> Sets,
    string Source);

/// <summary>Unless or when.</summary>
public enum ClauseKind : byte
{
    /// <summary>Discard the match.</summary>
    Unless,
    /// <summary>Set attributes.</summary>
    When,
}

/// <summary>Where a clause's pattern is looked for.</summary>
public enum ClauseDirection : byte
{
    /// <summary>Ending where the match starts.</summary>
    Before,
    /// <summary>Starting where the match ends.</summary>
    After,
}

/// <summary><c>example "text" => role "expected"…</c> or <c>counterexample "text"</c>.</summary>
/// <param name="Text">The example text.</param>
/// <param name="IsCounterexample">True when the rule must not match the text.</param>
/// <param name="Expected">The expected arguments (role and text), for an example.</param>
/// <param name="Location">Where the example is written.</param>
public sealed record ExampleModel(string Text, bool IsCounterexample, EquatableArray<ExpectedArgument> Expected, SourceLocation Location);

/// <summary>One expected argument of an example.</summary>
/// <param name="Role">The role.</param>
/// <param name="Text">The expected text of the argument.</param>
public sealed record ExpectedArgument(string Role, string Text);
