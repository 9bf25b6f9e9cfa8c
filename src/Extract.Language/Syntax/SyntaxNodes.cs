using Extract.Language.Model;

namespace Extract.Language.Syntax;

/// <summary>A parsed rule file: its declarations in file order.</summary>
/// <param name="Path">The file's path as given.</param>
/// <param name="Declarations">The declarations.</param>
public sealed record RuleFileSyntax(string Path, EquatableArray<DeclarationSyntax> Declarations);

/// <summary>A top-level declaration.</summary>
/// <param name="Location">Where it starts.</param>
public abstract record DeclarationSyntax(SourceLocation Location);

/// <summary><c>pack Arabic.Control</c>.</summary>
public sealed record PackSyntax(string Name, SourceLocation Location) : DeclarationSyntax(Location);

/// <summary><c>language ar</c>.</summary>
public sealed record LanguageSyntax(string Code, SourceLocation Location) : DeclarationSyntax(Location);

/// <summary><c>overlap all</c> (or <c>overlap longest</c>).</summary>
public sealed record OverlapSyntax(string Mode, SourceLocation Location) : DeclarationSyntax(Location);

/// <summary><c>list Force = قوات | الجيش</c> or <c>list Place from "lists/places.txt"</c>.</summary>
/// <param name="Name">The list's name.</param>
/// <param name="Entries">Inline entries (empty for a file list).</param>
/// <param name="From">The file path for a file list, else null.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record ListSyntax(string Name, EquatableArray<ListEntrySyntax> Entries, string? From, SourceLocation Location) : DeclarationSyntax(Location);

/// <summary>One inline list entry (possibly several words).</summary>
public sealed record ListEntrySyntax(string Text, SourceLocation Location);

/// <summary><c>pattern Actor = Force Word{0,4}</c>.</summary>
public sealed record PatternDeclarationSyntax(string Name, PatternSyntax Body, SourceLocation Location) : DeclarationSyntax(Location);

/// <summary>
/// A rule: <c>rule name [priority N]:</c> with its pattern, output, clauses and examples, or a bare
/// pattern line (then <see cref="Name"/> is null and the rule is named after its line).
/// </summary>
public sealed record RuleSyntax(
    string? Name,
    int Priority,
    PatternSyntax? Pattern,
    OutputSyntax? Output,
    EquatableArray<ClauseSyntax> Clauses,
    EquatableArray<ExampleSyntax> Examples,
    string Source,
    SourceLocation Location) : DeclarationSyntax(Location);

/// <summary><c>=&gt; Control(controller: X, status: asserted)</c>.</summary>
public sealed record OutputSyntax(string Relation, EquatableArray<OutputArgumentSyntax> Arguments, SourceLocation Location);

/// <summary><c>role: Slot</c> or <c>attr: value</c>; <see cref="IsName"/> when the value is capitalized (a slot).</summary>
public sealed record OutputArgumentSyntax(string Name, string Value, bool IsName, SourceLocation Location);

/// <summary><c>unless before P</c>, <c>when after P set a: v</c>.</summary>
public sealed record ClauseSyntax(bool IsWhen, bool IsBefore, PatternSyntax Pattern, EquatableArray<OutputArgumentSyntax> Sets, string Source, SourceLocation Location);

/// <summary><c>example "…" =&gt; role "…"</c> or <c>counterexample "…"</c>.</summary>
public sealed record ExampleSyntax(string Text, bool IsCounterexample, EquatableArray<ExpectedSyntax> Expected, SourceLocation Location);

/// <summary><c>role "text"</c> in an example.</summary>
public sealed record ExpectedSyntax(string Role, string Text, SourceLocation Location);

/// <summary>A pattern element.</summary>
/// <param name="Location">Where it is written.</param>
public abstract record PatternSyntax(SourceLocation Location);

/// <summary>Elements in a row.</summary>
public sealed record SequenceSyntax(EquatableArray<PatternSyntax> Items, SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>a | b</c> (inside a group or at the top of a pattern); an empty option is an empty sequence.</summary>
public sealed record AlternationSyntax(EquatableArray<SequenceSyntax> Options, SourceLocation Location) : PatternSyntax(Location);

/// <summary>A bare word (matched on its stem, clitics allowed).</summary>
public sealed record WordSyntax(string Text, SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>"exact"</c>.</summary>
public sealed record ExactSyntax(string Text, SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>~lemma</c> or (<see cref="Family"/>) <c>~~lemma</c>.</summary>
public sealed record LexemeSyntax(string Lemma, bool Family, SourceLocation Location) : PatternSyntax(Location);

/// <summary>A capitalized name (list, pattern, class, slot), optionally typed: <c>X:Actor</c>.</summary>
public sealed record NameSyntax(string Name, string? Type, SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>_</c>: any token.</summary>
public sealed record AnySyntax(SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>a? a* a+ a{m,n}</c> and the lazy forms; <see cref="Max"/> -1 is unbounded.</summary>
public sealed record QuantifiedSyntax(PatternSyntax Element, int Min, int Max, bool Lazy, SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>!a</c>.</summary>
public sealed record NotSyntax(PatternSyntax Element, SourceLocation Location) : PatternSyntax(Location);

/// <summary><c>&lt;s&gt;</c> (<see cref="Start"/>) or <c>&lt;/s&gt;</c>.</summary>
public sealed record AnchorSyntax(bool Start, SourceLocation Location) : PatternSyntax(Location);
