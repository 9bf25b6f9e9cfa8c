namespace Extract.Generators.Emission;

/// <summary>
/// Emits one typed record per relation of a pack (<c>ControlRelation(Span Controller, Span Controlled,
/// string? Status, Relation Relation)</c>) and the pack's typed <c>Match…</c> methods.
/// </summary>
internal static class RelationEmitter
{
    public static void EmitRecords(CodeWriter code, IReadOnlyList<RelationShape> shapes)
    {
        foreach (var shape in shapes)
        {
            var names = shape.PropertyNames();
            var parameters = new List<string>();
            var docs = new List<string>();
            var reads = new List<string>();
            for (int i = 0; i < shape.Roles.Count; i++)
            {
                var (role, always) = shape.Roles[i];
                parameters.Add((always ? "global::Extract.Matching.Span " : "global::Extract.Matching.Span? ") + names[i]);
                docs.Add($"/// <param name=\"{names[i]}\">The <c>{CSharp.XmlEscape(role)}</c> argument's span{(always ? "" : ", or null when the rule does not bind it")}.</param>");
                reads.Add(always
                    ? $"relation[{CSharp.Literal(role)}]?.Span ?? default"
                    : $"relation[{CSharp.Literal(role)}]?.Span");
            }
            for (int i = 0; i < shape.Attributes.Count; i++)
            {
                var name = names[shape.Roles.Count + i];
                var attribute = shape.Attributes[i];
                parameters.Add("string? " + name);
                docs.Add($"/// <param name=\"{name}\">The <c>{CSharp.XmlEscape(attribute)}</c> attribute, or null when not set.</param>");
                reads.Add($"relation.Attribute({CSharp.Literal(attribute)})");
            }
            parameters.Add("global::Extract.Matching.Relation Relation");
            docs.Add("/// <param name=\"Relation\">The general relation (texts, pronoun antecedents, rule name).</param>");
            reads.Add("relation");

            code.Line($"/// <summary>A <c>{CSharp.XmlEscape(shape.Name)}</c> relation found by this pack, its arguments typed.</summary>");
            foreach (var doc in docs) code.Line(doc);
            code.Open($"public sealed record {shape.TypeName}({string.Join(", ", parameters)})");
            code.Line($"/// <summary>The typed view of <paramref name=\"relation\"/>, or null when it is not a <c>{CSharp.XmlEscape(shape.Name)}</c> relation.</summary>");
            code.Line($"public static {shape.TypeName}? From(global::Extract.Matching.Relation relation) =>");
            code.Line($"    relation.Name != {CSharp.Literal(shape.Name)} ? null : new {shape.TypeName}({string.Join(", ", reads)});");
            code.Close();
            code.Line();
        }
    }

    public static void EmitMethods(CodeWriter code, IReadOnlyList<RelationShape> shapes)
    {
        foreach (var shape in shapes)
        {
            var method = shape.MethodName;
            code.Line($"/// <summary>The <c>{CSharp.XmlEscape(shape.Name)}</c> relations in <paramref name=\"document\"/>, typed.</summary>");
            code.Open($"public global::System.Collections.Generic.IReadOnlyList<{shape.TypeName}> {method}(global::Extract.Matching.Document document)");
            code.Line($"var typed = new global::System.Collections.Generic.List<{shape.TypeName}>();");
            code.Line($"foreach (var relation in Match(document)) if ({shape.TypeName}.From(relation) is {{ }} match) typed.Add(match);");
            code.Line("return typed;");
            code.Close();
            code.Line();
            code.Line($"/// <summary>The <c>{CSharp.XmlEscape(shape.Name)}</c> relations in <paramref name=\"text\"/>, typed.</summary>");
            code.Line($"public global::System.Collections.Generic.IReadOnlyList<{shape.TypeName}> {method}(string text) =>");
            code.Line($"    {method}(global::Extract.Matching.Document.AnalyzeForThread(text ?? \"\"));");
            code.Line();
        }
    }
}
