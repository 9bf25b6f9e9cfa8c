using Extract.Language.Binding;
using Extract.Language.Interpretation;
using Extract.Matching;

namespace Extract.Language.Tests.Laws;

/// <summary>One pack instance serves many threads: the results are those of a sequential run.</summary>
public sealed class ThreadSafetyTests
{
    private static readonly string[] Texts =
    [
        "قالت المصادر إن الجيش سيطر على المدينة.",
        "وسيطرت صباح اليوم قوات النظام على حي الشيخ مقصود.",
        "لم تسيطر قوات النظام على الحي. ثم سيطر الجيش على البلدة وعلى القرية.",
        "نص بلا علاقة ولا سيطرة.",
    ];

    [Fact]
    public void Eight_threads_on_one_interpreted_pack_give_the_sequential_results()
    {
        var compiled = PackCompiler.Compile("t.rules", """
            pack T
            list Force = قوات | الجيش
            rule svo: X:Force Word{0,2} ~سيطر على Y => Control(controller: X, controlled: Y)
            rule vso: ~سيطر _{0,3} X:Force Word{0,2} على Y unless before (لم | لن) => Control(controller: X, controlled: Y)
            X سيطر على Y
            """, runExamples: false);
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
        var pack = new InterpretedPack(compiled.Program!);
        var inputs = Enumerable.Range(0, 400).Select(i => Texts[i % Texts.Length] + new string(' ', i % 7)).ToArray();
        var sequential = inputs.Select(text => string.Join("\n", pack.Match(text))).ToArray();
        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = string.Join("\n", pack.Match(Document.Analyze(inputs[i]))));
        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => s.Length > 0);
    }
}
