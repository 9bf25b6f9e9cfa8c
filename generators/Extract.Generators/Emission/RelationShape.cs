using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// What a relation looks like across the rules of a pack that produce it: its roles (a role bound by
/// every such rule is a <c>Span</c>, otherwise a <c>Span?</c>) and its attributes, in first-seen order.
/// </summary>
internal sealed record RelationShape(string Name, string TypeName, string MethodName, IReadOnlyList<(string Role, bool Always)> Roles, IReadOnlyList<string> Attributes)
{
    /// <summary>
    /// The shapes of a pack's relations. Type names (<c>ControlRelation</c>) and method names
    /// (<c>MatchControl</c>) are unique within the pack class: relations named <c>Match</c> and
    /// <c>Relation</c> would otherwise both claim <c>MatchRelation</c>.
    /// </summary>
    public static IReadOnlyList<RelationShape> Of(RuleProgram program)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { Emitter.ClassName(program), "Match", "Instance", "Name", "Rules", "RuleInfos", "Specs", "Tables", "Sets" };
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
            shapes.Add(new RelationShape(group.Key, Unique(taken, CSharp.Pascal(group.Key) + "Relation"), "", roles, attributes));
        }
        return shapes.Select(shape => shape with { MethodName = Unique(taken, "Match" + CSharp.Pascal(shape.Name)) }).ToList();
    }

    private static string Unique(HashSet<string> taken, string name)
    {
        var unique = name;
        for (int n = 2; !taken.Add(unique); n++) unique = name + n;
        return unique;
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
