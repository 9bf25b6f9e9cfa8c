using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Extract.Fuzz.Inputs;
using Extract.Generators;
using Extract.Matching;
using Extract.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Extract.Fuzz.Targets;

/// <summary>A pack as a consumer's build gives it to the generator: its root namespace and its rule file.</summary>
public sealed record GeneratorInput(string RootNamespace, string Rules);

/// <summary>
/// The source generator on random and mutated packs, run through <see cref="CSharpGeneratorDriver"/> as
/// the compiler runs it. Laws: the generator never throws (no CS8785, no EXT9999/EXT0999); without error
/// diagnostics its output compiles with no error or warning; it never reads a file outside the pack
/// folder, even one the build gives it.
/// </summary>
public sealed class GeneratorTarget : FuzzTarget<GeneratorInput>
{
    private const string Folder = "/fuzz/app/rules/demo";

    private static readonly string[] Namespaces = ["App", "My.App", "", "Extract", "System.Text", "Ünïcode"];
    private static readonly string[] PackNames = ["T", "Arabic.Control", "class", "System", "Demo.Rules", "A.B.C", "Ünïcode", "x", "Pack1", "Instance", "Match", "Relation"];
    private static readonly string[] Relations = ["Control", "Match", "Relation", "Object", "String", "System", "Instance", "Document", "M", "ControlRelation"];
    private static readonly string[] RuleNames = ["r", "class", "Match", "Instance", "line_2", "r_1", "ToString", "default", "سيطرة", "__"];
    private static readonly string[] Roles = ["x", "class", "controller", "text", "start", "span", "Name", "rule", "args", "via"];
    private static readonly string[] Elements =
        ["X", "Y", "Z:Word", "سيطر", "على", "\"على\"", "الجيش", "_", "_{0,3}", "Word", "Num", "Punct", "Pron", "Force", "Place", "Actor", "!(لم | لن)",
         "<s>", "</s>", "Y:Pron", "Z:Force", "(على | في)", "Word{0,4}", "~سيطر", "~~سيطر", "(الجيش | قوات)+", "Any*?"];

    private static readonly Gen<string> RandomRule =
        from name in Gen.Int[0, RuleNames.Length - 1]
        from relation in Gen.Int[0, Relations.Length - 1]
        from elements in Gen.Int[0, Elements.Length - 1].Array[1, 6]
        from roles in Gen.Int[0, Roles.Length - 1].Array[0, 2]
        from priority in Gen.Int[0, 9]
        from clause in Gen.Int[0, 3]
        from value in Gen.OneOf<string>("asserted", "true", "\"<script>\"", "قيد", "x_y")
        select Rule(RuleNames[name] + priority, Relations[relation], elements.Select(i => Elements[i]).ToList(), roles.Select(i => Roles[i]).Distinct().ToList(), priority, clause, value);

    private static string Rule(string name, string relation, List<string> elements, List<string> roles, int priority, int clause, string value)
    {
        var slots = new[] { "X", "Y", "Z" }.Where(slot => elements.Any(e => e == slot || e.StartsWith(slot + ":", StringComparison.Ordinal))).ToList();
        var outputs = slots.Select((slot, i) => (i < roles.Count ? roles[i] : slot.ToLowerInvariant()) + ": " + slot).Append("status: " + value);
        var text = new StringBuilder($"rule {name} priority {priority}:\n    {string.Join(" ", elements)}\n");
        if (clause == 1) text.Append("    unless before (لم | لن)\n");
        if (clause == 2) text.Append("    when after Punct set negated: true\n");
        text.Append($"    => {relation}({string.Join(", ", outputs)})\n");
        if (clause == 3) text.Append("    counterexample \"نص بلا علاقة\"\n");
        return text.ToString();
    }

    private static readonly Gen<string> RandomPack =
        from pack in Gen.Int[0, PackNames.Length - 1]
        from overlap in Gen.Bool
        from rules in RandomRule.Array[1, 4]
        from secret in Gen.Int[0, 5]
        select $"pack {PackNames[pack]}\n{(overlap ? "overlap all\n" : "")}list Force = قوات | الجيش | قوات النظام\nlist Place from \"lists/places.txt\"\n"
            + (secret == 0 ? "list Secret from \"../secret.txt\"\n" : "") + "pattern Actor = Force Word?\n" + string.Concat(rules);

    private static readonly byte[] Demo = Encoding.UTF8.GetBytes("""
        pack Demo
        list Force = قوات | الجيش
        list Place from "lists/places.txt"
        pattern Actor = Force Word{0,2}

        rule control_vso priority 2:
            ~سيطر _{0,3} X:Actor على Y:Place
            unless before (لم | لن | لا)
            => Control(controller: X, controlled: Y, status: asserted)
            example "وسيطرت صباح اليوم قوات النظام على حلب" => controller "قوات النظام", controlled "حلب"
            counterexample "لم تسيطر قوات النظام على حلب"

        X سيطر على Y
        """);

    private long compiled, rejected;

    public override string Name => "generator";

    public override string Summary => $" ({compiled:N0} packs emitted and compiled, {rejected:N0} stopped by rule diagnostics)";

    public override Gen<GeneratorInput> Inputs { get; } =
        Gen.Select(Gen.Int[0, Namespaces.Length - 1], Gen.Frequency((2, RandomPack), (1, Mutation.Of([Demo]).Select(bytes => Utf8Input.Decode(bytes).Text))))
            .Select((ns, rules) => new GeneratorInput(Namespaces[ns], rules));

    public override string Show(GeneratorInput input) => $"namespace {Printing.Escape(input.RootNamespace)}, rules {Printing.Escape(input.Rules)}";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Document).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public override void Check(GeneratorInput input)
    {
        var secret = new MemoryText("/fuzz/app/rules/secret.txt", "كلمة\n");
        AdditionalText[] files =
        [
            new MemoryText(Folder + "/demo.rules", input.Rules),
            new MemoryText(Folder + "/lists/places.txt", "حلب\nالمدينة\nحي الشيخ مقصود\n"),
            secret,
        ];
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new RulePackGenerator().AsSourceGenerator()], files, parse, new BuildOptions(input.RootNamespace));
        var consumer = CSharpCompilation.Create("Consumer",
            [CSharpSyntaxTree.ParseText("/// <summary>The consumer.</summary>\npublic static class Program { }", parse)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithNullableContextOptions(NullableContextOptions.Enable));
        driver = driver.RunGeneratorsAndUpdateCompilation(consumer, out var output, out var diagnostics);
        var run = driver.GetRunResult().Results[0];
        LawBroken.Unless(run.Exception is null, () => $"the generator threw: {run.Exception}");
        LawBroken.Unless(!diagnostics.Any(d => d.Id is "CS8784" or "CS8785" or "EXT9999" or "EXT0999"),
            () => "generator failure: " + string.Join("\n", diagnostics.Where(d => d.Id is "CS8784" or "CS8785" or "EXT9999" or "EXT0999")));
        LawBroken.Unless(secret.Reads == 0, () => "the generator read a file outside the pack folder");
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Interlocked.Increment(ref rejected);
            return;
        }
        Interlocked.Increment(ref compiled);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        LawBroken.Unless(problems.Count == 0, () => "the generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        public int Reads;

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Reads);
            return SourceText.From(text);
        }
    }

    private sealed class BuildOptions(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        private readonly Options global = new(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", rootNamespace));

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
