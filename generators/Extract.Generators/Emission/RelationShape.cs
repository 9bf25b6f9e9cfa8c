using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// What a relation looks like across the rules of a pack that produce it: its roles (a role bound by
/// every such rule is a <c>Span</c>, otherwise a <c>Span?</c>) and its attributes, in first-seen order.
/// </summary>
internal sealed record RelationShape(string Name, string TypeName, IReadOnlyList<(string Role, bool Always)> Roles, IReadOnlyList<string> Attributes)
{
    public static IReadOnlyList<RelationShape> Of(RuleProgram program)
    {
        var shapes = new List<RelationShape>();
        foreach (var group in program.Rules.GroupBy(rule => rule.Relation, StringComparer.Ordinal))
        {
            var rules = group.ToList();
            var roles = rules.SelectMany(rule => rule.Arguments.Select(argument => argument.Role)).Distinct(StringComparer.Ordinal)
                .Select(role => (role, rules.All(rule => rule.Arguments.Any(argument => argument.Role == role))))
                .ToList();
            var attributes = rules
                .SelectMany(rule => rule.Attributes.Select(attribute => attribute.Name)
                    .Concat(rule.Clauses.SelectMany(clause => clause.Sets.Select(set => set.Name))))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            shapes.Add(new RelationShape(group.Key, CSharp.Pascal(group.Key) + "Relation", roles, attributes));
        }
        return shapes;
    }

    /// <summary>Property names, unique within the record (roles first, then attributes).</summary>
    public IReadOnlyList<string> PropertyNames()
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "Relation", "From", "EqualityContract", "ToString", "GetHashCode", "Equals", "Deconstruct" };
        var names = new List<string>();
        foreach (var name in Roles.Select(role => role.Role).Concat(Attributes))
        {
            var candidate = CSharp.Pascal(name);
            var unique = candidate;
            for (int n = 2; !used.Add(unique); n++) unique = candidate + n;
            names.Add(unique);
        }
        return names;
    }
}
