using System.Text;

namespace Extract.Matching;

/// <summary>
/// One argument of a relation: the span it covers and its text. When the rule captured a pronoun
/// (an enclitic such as ها or a relative pronoun such as التي), <see cref="Span"/> is the antecedent
/// and <see cref="Via"/> the pronoun.
/// </summary>
/// <param name="Span">Where the argument lies in the original text.</param>
/// <param name="Text">The original text of <see cref="Span"/>.</param>
/// <param name="Via">The pronoun the argument was resolved through, if any.</param>
public sealed record Argument(Span Span, string Text, Argument? Via = null)
{
    /// <inheritdoc />
    public override string ToString() => $"\"{Text}\" {Span}";
}

/// <summary>
/// One extraction: a relation found by a rule, with its roles and attributes in the order the rule
/// declares them.
/// </summary>
public sealed class Relation : IEquatable<Relation>
{
    /// <summary>Creates a relation.</summary>
    public Relation(
        string rule,
        string name,
        Span span,
        string text,
        IReadOnlyList<KeyValuePair<string, Argument>> arguments,
        IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        Rule = rule;
        Name = name;
        Span = span;
        Text = text;
        Arguments = arguments;
        Attributes = attributes;
    }

    /// <summary>The name of the rule that produced the relation.</summary>
    public string Rule { get; }

    /// <summary>The relation's name, such as <c>Control</c> or <c>Match</c>.</summary>
    public string Name { get; }

    /// <summary>The span of the whole match.</summary>
    public Span Span { get; }

    /// <summary>The original text of <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The arguments by role, in the order of the rule's output.</summary>
    public IReadOnlyList<KeyValuePair<string, Argument>> Arguments { get; }

    /// <summary>The attributes (such as <c>status: asserted</c>), in the order of the rule's output.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The argument bound to <paramref name="role"/>, or null.</summary>
    public Argument? this[string role]
    {
        get
        {
            foreach (var pair in Arguments)
                if (pair.Key == role) return pair.Value;
            return null;
        }
    }

    /// <summary>The value of attribute <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name)
    {
        foreach (var pair in Attributes)
            if (pair.Key == name) return pair.Value;
        return null;
    }

    /// <summary>Reads <c>Control(controller: "قوات النظام" [12..23], controlled: "حلب" [40..43])</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Name).Append('(');
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append(Arguments[i].Key).Append(": ").Append(Arguments[i].Value);
        }
        foreach (var attribute in Attributes)
            builder.Append(", ").Append(attribute.Key).Append(": ").Append(attribute.Value);
        return builder.Append(')').ToString();
    }

    /// <inheritdoc />
    public bool Equals(Relation? other) =>
        other is not null
        && Rule == other.Rule
        && Name == other.Name
        && Span == other.Span
        && Text == other.Text
        && Arguments.SequenceEqual(other.Arguments)
        && Attributes.SequenceEqual(other.Attributes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Relation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Name, Span, Arguments.Count);
}
