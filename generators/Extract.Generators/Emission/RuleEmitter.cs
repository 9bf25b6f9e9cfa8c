using System.Globalization;
using Extract.Language.Binding;
using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// Emits each rule as a nested class: its automaton as code (see <see cref="AutomatonEmitter"/>), the
/// rule's source in its XML comment, and a <c>Spec()</c> with its output, clauses and slot antecedents.
/// Automata that differ only in their words — rules written on one model, the phrase of every untyped
/// slot — share one class (a shape) and pass their word ids; identical clause and antecedent automata
/// share one instance type.
/// </summary>
internal sealed class RuleEmitter(RuleProgram program, AutomatonEmitter automata, IdSetTable sets)
{
    private readonly Dictionary<Automaton, RuleShape> shapeOf = [];
    private readonly Dictionary<Automaton, int> shapeUse = [];
    private readonly Dictionary<Automaton, string> shapeNames = [];
    private readonly List<(RuleShape Shape, string FirstUser)> namedShapes = [];
    private readonly HashSet<Automaton> emittedShapes = [];
    private readonly Dictionary<Automaton, string> helperNames = [];
    private readonly List<(string Name, Automaton Automaton, string Doc)> helpers = [];

    public static string ClassOf(int rule) => "Rule" + rule.ToString(CultureInfo.InvariantCulture);

    public void Emit(CodeWriter code)
    {
        CountShapes();
        for (int r = 0; r < program.Rules.Count; r++)
        {
            var rule = program.Rules[r];
            var slotNames = rule.Slots.Select(slot => slot.Name).ToList();
            var shape = Shape(rule.Automaton);
            string? shapeName = null;
            if (shapeUse[shape.Key] > 1)
            {
                shapeName = NameShape(shape, rule.Name);
                EmitShape(code, shape, slotNames);
            }
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
                code.Open($"private sealed class {ClassOf(r)} : {shapeName}");
                code.Line($"public {ClassOf(r)}() : base({Arguments(rule.Automaton)}) {{ }}");
                code.Line();
                EmitSpec(code, rule, index);
                code.Close();
            }
            code.Line();
        }
        for (int i = 0; i < namedShapes.Count; i++) EmitShape(code, namedShapes[i].Shape, []);
        for (int i = 0; i < helpers.Count; i++)
        {
            var (name, automaton, doc) = helpers[i];
            code.Line($"/// <summary>{CSharp.XmlEscape(doc)}</summary>");
            automata.Emit(code, name, automaton, []);
            code.Line();
        }
    }

    // How many distinct automata (every rule's, each distinct clause and antecedent automaton) have each shape.
    private void CountShapes()
    {
        var distinct = new HashSet<Automaton>();
        foreach (var rule in program.Rules)
        {
            Count(rule.Automaton);
            foreach (var clause in rule.Clauses)
                if (distinct.Add(clause.Automaton)) Count(clause.Automaton);
            foreach (var slot in rule.Slots)
                if (distinct.Add(slot.Antecedent)) Count(slot.Antecedent);
        }

        void Count(Automaton automaton)
        {
            var key = Shape(automaton).Key;
            shapeUse[key] = shapeUse.TryGetValue(key, out int used) ? used + 1 : 1;
        }
    }

    private RuleShape Shape(Automaton automaton)
    {
        if (!shapeOf.TryGetValue(automaton, out var shape)) shapeOf[automaton] = shape = RuleShape.Of(automaton);
        return shape;
    }

    private string NameShape(RuleShape shape, string firstUser)
    {
        if (shapeNames.TryGetValue(shape.Key, out var name)) return name;
        name = "Shape" + shapeNames.Count.ToString(CultureInfo.InvariantCulture);
        shapeNames.Add(shape.Key, name);
        namedShapes.Add((shape, firstUser));
        return name;
    }

    // Writes a shape's class once, at the top level of the pack class.
    private void EmitShape(CodeWriter code, RuleShape shape, IReadOnlyList<string> slotNames)
    {
        if (!emittedShapes.Add(shape.Key)) return;
        var first = namedShapes.First(named => named.Shape.Key.Equals(shape.Key)).FirstUser;
        code.Line($"/// <summary>The automaton shared by {shapeUse[shape.Key]} automata of one shape (first: {CSharp.XmlEscape(first)}); each passes its own words.</summary>");
        automata.EmitShape(code, shapeNames[shape.Key], shape, slotNames);
        code.Line();
    }

    private string Arguments(Automaton automaton) =>
        string.Join(", ", RuleShape.Arguments(automaton).Select(ids => ids.Count == 1 ? ids[0].ToString(CultureInfo.InvariantCulture) : sets.Field(ids)));

    private void EmitSpec(CodeWriter code, RuleModel rule, int index)
    {
        var arguments = rule.Arguments.Select(argument => $"new global::Extract.Matching.Compiled.RuleArgument({CSharp.Literal(argument.Role)}, {argument.Slot})");
        var clauses = rule.Clauses.Select(clause =>
            $"new global::Extract.Matching.Compiled.ClauseSpec({Bool(clause.Kind == ClauseKind.Unless)}, {Bool(clause.Direction == ClauseDirection.Before)}, {Attributes(clause.Sets)}, () => {Instance(clause.Automaton, "clause: " + clause.Source)})");
        var antecedents = rule.Slots.Select(slot =>
            $"() => {Instance(slot.Antecedent, "one phrase of type " + (slot.Type ?? "phrase") + ", to find a pronoun's antecedent")}");
        code.Line("internal static global::Extract.Matching.Compiled.RuleSpec Spec() => new global::Extract.Matching.Compiled.RuleSpec(");
        code.Indent();
        code.Line($"{CSharp.Literal(rule.Name)}, {CSharp.Literal(rule.Relation)}, {rule.Priority}, {index},");
        code.Line($"new global::Extract.Matching.Compiled.RuleArgument[] {{ {string.Join(", ", arguments)} }},");
        code.Line($"{Attributes(rule.Attributes)},");
        code.Line($"new global::Extract.Matching.Compiled.ClauseSpec[] {{ {string.Join(", ", clauses)} }},");
        code.Line($"() => new {ClassOf(index)}(),");
        code.Line($"new global::System.Func<global::Extract.Matching.Compiled.CompiledRule>[] {{ {string.Join(", ", antecedents)} }},");
        int maxTokens = MatchLength.MaxTokens(rule.Automaton, program.Lists);
        bool windowed = maxTokens > 0 && rule.Trigger.Count > 0;
        var requirements = windowed
            ? PatternFacts.Requirements(rule.Pattern, program.Lists).Where(set => !set.Equals(rule.Trigger)).Select(sets.Field).ToList()
            : [];
        string required = requirements.Count == 0 ? "" : $", requirements: new global::Extract.Matching.Compiled.IdSet[] {{ {string.Join(", ", requirements)} }}";
        code.Line($"trigger: new int[] {{ {CSharp.IntList(rule.Trigger)} }}, maxTokens: {maxTokens}{required});{(windowed ? $" // a match starts at most {maxTokens - 1} tokens before a trigger word{(requirements.Count > 0 ? " and a word of each requirement" : "")}" : "")}");
        code.Outdent();
    }

    // A clause's or an antecedent's matcher: an instance of a shared shape with its words, or of a helper class.
    private string Instance(Automaton automaton, string doc)
    {
        var shape = Shape(automaton);
        if (shapeUse[shape.Key] > 1) return $"new {NameShape(shape, doc)}({Arguments(automaton)})";
        if (!helperNames.TryGetValue(automaton, out var name))
        {
            name = "Automaton" + helperNames.Count.ToString(CultureInfo.InvariantCulture);
            helperNames.Add(automaton, name);
            helpers.Add((name, automaton, doc));
        }
        return $"new {name}()";
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
