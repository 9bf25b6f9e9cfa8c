using Extract.Language.Diagnostics;
using Extract.Language.Interpretation;
using Extract.Language.Model;
using Extract.Language.Syntax;

namespace Extract.Language.Binding;

/// <summary>A rule file given to the compiler: its path (list files are resolved against it) and text.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">Its content.</param>
public sealed record RuleSource(string Path, string Text);

/// <summary>The outcome of compiling a pack: the program (null when there are errors) and every diagnostic.</summary>
/// <param name="Program">The compiled program, or null.</param>
/// <param name="Diagnostics">Errors and warnings, in the order found.</param>
public sealed record CompilationResult(RuleProgram? Program, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when some diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);
}

/// <summary>
/// The language's entry point: parse → bind → compile → (optionally) run the examples. Several files
/// of the same pack merge into one program. Never throws: bad input, and even an internal failure,
/// come back as diagnostics.
/// </summary>
public static class PackCompiler
{
    /// <summary>The id reported when the compiler itself fails (a bug).</summary>
    public const string InternalErrorId = "EXT0999";

    /// <summary>
    /// Compiles the files of one pack. <paramref name="readListFile"/> returns the bytes of a list file
    /// by its resolved path (null when missing); by default the file system is read.
    /// With <paramref name="runExamples"/>, failing examples are reported as errors (EXT02xx).
    /// </summary>
    public static CompilationResult Compile(IEnumerable<RuleSource> files, Func<string, byte[]?>? readListFile = null, bool runExamples = true)
    {
        var diagnostics = new List<Diagnostic>();
        RuleProgram? program = null;
        var sources = files.ToList();
        try
        {
            var syntax = sources.Select(file => RuleParser.Parse(file.Path, file.Text, diagnostics)).ToList();
            program = new Binder(diagnostics, readListFile ?? ReadFile).Bind(syntax);
            if (diagnostics.Any(diagnostic => diagnostic.IsError)) program = null;
            if (program is not null && runExamples)
            {
                diagnostics.AddRange(Examples(program));
                if (diagnostics.Any(diagnostic => diagnostic.IsError)) program = null;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic(InternalErrorId, DiagnosticSeverity.Error,
                $"the rule compiler failed: {exception.GetType().Name}: {exception.Message}. This is a bug in Extract; please report it with the rule file.",
                new SourceLocation(sources.FirstOrDefault()?.Path ?? "", 1, 1, 0)));
            program = null;
        }
        return new CompilationResult(program, diagnostics.ToEquatableArray());
    }

    /// <summary>Compiles one file.</summary>
    public static CompilationResult Compile(string path, string text, Func<string, byte[]?>? readListFile = null, bool runExamples = true) =>
        Compile([new RuleSource(path, text)], readListFile, runExamples);

    /// <summary>
    /// Runs every example of <paramref name="program"/>; one error diagnostic per failure, with the
    /// why-not. <paramref name="analyze"/> analyzes the examples' texts (<c>Document.Analyze</c> by default).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Examples(RuleProgram program, Func<string, Extract.Matching.Document>? analyze = null)
    {
        if (program.Rules.All(rule => rule.Examples.Count == 0)) return [];   // a pack without examples needs no interpreter
        var interpreter = new Interpreter(program);
        var failures = new List<Diagnostic>();
        foreach (var result in ExampleRunner.Run(interpreter, analyze))
        {
            if (result.Passed) continue;
            string id = result.Failure switch
            {
                ExampleFailureKind.NoMatch => BindingIds.ExampleNotMatched,
                ExampleFailureKind.WrongArguments => BindingIds.ExampleWrongArguments,
                _ => BindingIds.CounterexampleMatched,
            };
            failures.Add(new Diagnostic(id, DiagnosticSeverity.Error, result.Message, result.Example.Location));
        }
        return failures;
    }

    private static byte[]? ReadFile(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;
}
