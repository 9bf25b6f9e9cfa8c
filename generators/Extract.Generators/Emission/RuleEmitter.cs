using System.Globalization;
using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// Emits each rule as a nested class: its automaton as code (see <see cref="AutomatonEmitter"/>), the
/// rule's source in its XML comment, and a <c>Spec()</c> with its output, clauses and slot antecedents.
/// Clause and antecedent automata are emitted once per distinct automaton and shared.
/// </summary>
internal sealed class RuleEmitter(RuleProgram program, AutomatonEmitter automata, IdSetTable sets)
{
    private readonly Dictionary<Automaton, string> shared = [];
    private readonly List<(string Name, Automaton Automaton, string Doc)> pending = [];

    public static string ClassOf(int rule) => "Rule" + rule.ToString(CultureInfo.InvariantCulture);

    public void Emit(CodeWriter code)
    {
        // Rules whose automata differ only in their words share one class (a shape) and pass their words.
        var shapes = program.Rules.Select(rule => RuleShape.Of(rule.Automaton)).ToList();
        var shapeUse = shapes.GroupBy(shape => shape.Key).ToDictionary(group => group.Key, group => group.Count());
        var shapeNames = new Dictionary<Automaton, string>();
        for (int r = 0; r < program.Rules.Count; r++)
        {
            var rule = program.Rules[r];
            var shape = shapes[r];
            string? shapeName = null;
            if (shapeUse[shape.Key] > 1 && !shapeNames.TryGetValue(shape.Key, out shapeName))
            {
                shapeName = "Shape" + shapeNames.Count.ToString(CultureInfo.InvariantCulture);
                shapeNames.Add(shape.Key, shapeName);
                code.Line($"/// <summary>The automaton shared by the {shapeUse[shape.Key]} rules of one shape (first: {CSharp.XmlEscape(rule.Name)}); each passes its own words.</summary>");
                automata.EmitShape(code, shapeName, shape, rule.Slots.Select(slot => slot.Name).ToList());
                code.Line();
            }
            var slotNames = rule.Slots.Select(slot => slot.Name).ToList();
            code.Line("/// <summary>");
            code.Line($"/// rule {CSharp.XmlEscape(rule.Name)} ({CSharp.XmlEscape(FileName(rule.Location.File))}, line {rule.Location.Line}){(rule.Priority != 0 ? $", priority {rule.Priority}" : "")} => {CSharp.XmlEscape(rule.Relation)}:");
            code.Line("/// <code>");
            foreach (var line in rule.Source.Replace("\r\n", "\n").Split('\n')) code.Line("/// " + CSharp.XmlEscape(line));
            foreach (var clause in rule.Clauses) code.Line("/// " + CSharp.XmlEscape(clause.Source));
            code.Line("/// </code>");
            code.Line("/// </summary>");
            int index = r;
            if (shapeName is null)
            {
                automata.Emit(code, ClassOf(r), rule.Automaton, slotNames, members => EmitSpec(members, rule, index));
            }
            else
            {
                var arguments = RuleShape.Arguments(rule.Automaton)
                    .Select(ids => ids.Count == 1 ? ids[0].ToString(CultureInfo.InvariantCulture) : sets.Field(ids));
                code.Open($"private sealed class {ClassOf(r)} : {shapeName}");
                code.Line($"public {ClassOf(r)}() : base({string.Join(", ", arguments)}) {{ }}");
                code.Line();
                EmitSpec(code, rule, index);
                code.Close();
            }
            code.Line();
        }
        for (int i = 0; i < pending.Count; i++)
        {
            var (name, automaton, doc) = pending[i];
            code.Line($"/// <summary>{CSharp.XmlEscape(doc)}</summary>");
            automata.Emit(code, name, automaton, []);
            code.Line();
        }
    }

    private void EmitSpec(CodeWriter code, RuleModel rule, int index)
    {
        var arguments = rule.Arguments.Select(argument => $"new global::Extract.Matching.Compiled.RuleArgument({CSharp.Literal(argument.Role)}, {argument.Slot})");
        var clauses = rule.Clauses.Select(clause =>
            $"new global::Extract.Matching.Compiled.ClauseSpec({Bool(clause.Kind == ClauseKind.Unless)}, {Bool(clause.Direction == ClauseDirection.Before)}, {Attributes(clause.Sets)}, () => new {Shared(clause.Automaton, "clause: " + clause.Source)}())");
        var antecedents = rule.Slots.Select(slot =>
            $"() => new {Shared(slot.Antecedent, "one phrase of type " + (slot.Type ?? "phrase") + ", to find a pronoun's antecedent")}()");
        code.Line("internal static global::Extract.Matching.Compiled.RuleSpec Spec() => new global::Extract.Matching.Compiled.RuleSpec(");
        code.Indent();
        code.Line($"{CSharp.Literal(rule.Name)}, {CSharp.Literal(rule.Relation)}, {rule.Priority}, {index},");
        code.Line($"new global::Extract.Matching.Compiled.RuleArgument[] {{ {string.Join(", ", arguments)} }},");
        code.Line($"{Attributes(rule.Attributes)},");
        code.Line($"new global::Extract.Matching.Compiled.ClauseSpec[] {{ {string.Join(", ", clauses)} }},");
        code.Line($"() => new {ClassOf(index)}(),");
        code.Line($"new global::System.Func<global::Extract.Matching.Compiled.CompiledRule>[] {{ {string.Join(", ", antecedents)} }});");
        code.Outdent();
    }

    private string Shared(Automaton automaton, string doc)
    {
        if (shared.TryGetValue(automaton, out var name)) return name;
        name = "Automaton" + shared.Count.ToString(CultureInfo.InvariantCulture);
        shared.Add(automaton, name);
        pending.Add((name, automaton, doc));
        return name;
    }

    private static string Attributes(EquatableArray<OutputAttribute> attributes) =>
        "new global::Extract.Matching.Compiled.RuleAttribute[] { " +
        string.Join(", ", attributes.Select(attribute => $"new global::Extract.Matching.Compiled.RuleAttribute({CSharp.Literal(attribute.Name)}, {CSharp.Literal(attribute.Value)})")) +
        " }";

    private static string Bool(bool value) => value ? "true" : "false";

    public static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
