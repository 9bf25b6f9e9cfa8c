using System.Text;
using CsCheck;
using Extract.Fuzz.Inputs;
using Extract.Language.Binding;
using Extract.Text;

namespace Extract.Fuzz.Targets;

/// <summary>A rule file to compile: its path (list files resolve against it) and its text.</summary>
public sealed record RuleFileInput(string Path, string Text);

/// <summary>
/// The rule parser and binder on random rule text, random Unicode and the shipped pack's files mutated
/// byte by byte. Laws: no exception and no internal error (EXT0999); a program exactly when there is
/// no error; every diagnostic in the rule file points at a real line and column; list files are only
/// ever read inside the rule file's folder.
/// </summary>
public sealed class ParserTarget : FuzzTarget<RuleFileInput>
{
    private const string RandomPath = "fuzz/pack/random.rules";

    private static readonly string[] Pieces =
    [
        "pack", "pack T", "pack Arabic.Control", "language ar", "overlap all", "overlap longest", "list", "list Force =", "list Place from",
        "\"lists/places.txt\"", "\"../../etc/passwd\"", "\"/etc/passwd\"", "\"lists/../../x.txt\"", "pattern Actor =", "rule", "rule r:", "rule r priority 5:",
        "=>", "Control(controller: X, controlled: Y)", "M(x: X)", "Match(", ")", "(", "|", "example", "counterexample", "\"الجيش سيطر على المدينة\"",
        "controller \"الجيش\"", "unless before", "unless after", "when before", "set negated: true", "X", "Y", "Z:Word", "X:Force", "Y:Actor",
        "سيطر", "~سيطر", "~~سيطر", "على", "\"على\"", "الجيش", "قوات", "_", "_{0,3}", "{1,2}", "{3,1}", "{99999,999999}", "?", "*", "+", "??", "!",
        "Word", "Num", "Punct", "Any", "Pron", "<s>", "</s>", "#", "# comment", ":", ",", "\"", "~", "\t", "  ", "ـ", "\u200F", "\uFEFF", "\0", "§",
        "9", "0", "-1", "Force", "Actor", "Undefined", "class", "ا", "١٢", "é", "😀", "\uD800",
    ];

    private static readonly Gen<string> RandomRules =
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[0, 12].Select(line => string.Join(" ", line.Select(i => Pieces[i]))).Array[0, 10], Gen.Bool)
            .Select((lines, crlf) => string.Join(crlf ? "\r\n" : "\n", lines));

    private static readonly Gen<string> RandomText = Gen.Char[(char)0, (char)0xFFFF].Array[0, 200].Select(chars => new string(chars));

    private long programs, rejected;

    public override string Name => "parser";

    public override string Summary => $" ({programs:N0} compiled to a program, {rejected:N0} to error diagnostics)";

    public override Gen<RuleFileInput> Inputs { get; } = Build();

    private static Gen<RuleFileInput> Build()
    {
        var random = Gen.OneOf(RandomRules, RandomText).Select(text => new RuleFileInput(RandomPath, text));
        var shipped = Corpus.ShippedRules;
        if (shipped.Count == 0) return random;
        var mutated =
            from file in Gen.Int[0, shipped.Count - 1]
            from bytes in Mutation.Of([shipped[file].Bytes])
            select new RuleFileInput(shipped[file].Path, Utf8Input.Decode(bytes).Text);
        return Gen.Frequency((3, random), (1, mutated));
    }

    public override string Show(RuleFileInput input) => $"{input.Path}: {Printing.Escape(input.Text)}";

    public override void Check(RuleFileInput input)
    {
        string folder = Path.GetDirectoryName(input.Path) ?? "";
        var read = new List<string>();
        byte[]? ReadList(string path)
        {
            read.Add(path);
            LawBroken.Unless(IsInside(path, folder), () => $"the binder asked for list file {path}, outside the pack folder {folder}");
            if (input.Path == RandomPath) return Encoding.UTF8.GetBytes("حلب\nالمدينة\n# comment\nحي الشيخ مقصود\n");
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        var result = PackCompiler.Compile(input.Path, input.Text, ReadList, runExamples: input.Path == RandomPath);
        LawBroken.Unless(result.Diagnostics.All(d => d.Id != PackCompiler.InternalErrorId),
            () => "internal error: " + result.Diagnostics.First(d => d.Id == PackCompiler.InternalErrorId));
        LawBroken.Unless((result.Program is null) == result.HasErrors, () => "a program was produced despite errors, or none without an error");
        Interlocked.Increment(ref result.Program is null ? ref rejected : ref programs);
        var lines = input.Text.Split('\n');
        foreach (var diagnostic in result.Diagnostics)
        {
            var location = diagnostic.Location;
            LawBroken.Unless(location.File == input.Path || read.Contains(location.File), () => $"diagnostic in an unknown file: {diagnostic}");
            if (location.File != input.Path) continue;
            LawBroken.Unless(location.Line >= 1 && location.Line <= lines.Length, () => $"line out of the file ({lines.Length} lines): {diagnostic}");
            int length = lines[location.Line - 1].TrimEnd('\r').Length;
            LawBroken.Unless(location.Column >= 1 && location.Length >= 0 && location.Column - 1 + location.Length <= length + 1,
                () => $"column out of its line ({length} characters): {diagnostic}");
        }
    }

    private static bool IsInside(string path, string folder)
    {
        string full = Path.GetFullPath(path), root = Path.GetFullPath(folder.Length == 0 ? "." : folder);
        return full.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);
    }
}
