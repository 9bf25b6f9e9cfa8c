using CsCheck;
using Extract.Generators.Tests.Support;
using Extract.Language.Interpretation;

namespace Extract.Generators.Tests.Emission;

/// <summary>Two executors, one semantics: generated packs and the interpreter agree on random packs and texts, offsets included.</summary>
public class DifferentialTests
{
    [Fact]
    public void Generated_and_interpreted_packs_find_the_same_relations()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var programs = Enumerable.Range(0, 6).Select(i => RandomPacks.Program(random, "Random" + i)).ToArray();
            var generated = GeneratedPacks.Load(programs);
            int found = 0;
            for (int p = 0; p < programs.Length; p++)
            {
                var interpreted = new InterpretedPack(programs[p]);
                for (int t = 0; t < 30; t++)
                {
                    var text = RandomPacks.Text(random);
                    var document = AnnotatedDocument.Parse(text);
                    var expected = interpreted.Match(document);
                    var actual = generated[p].Match(document);
                    found += actual.Count;
                    Assert.True(expected.SequenceEqual(actual),
                        $"pack {p} of seed {seed} on \"{text}\":\ninterpreter: {string.Join("; ", expected)}\ngenerated:   {string.Join("; ", actual)}");
                }
            }
            Assert.True(found > 0, $"seed {seed}: the random packs found nothing, so they compared nothing");
        }, iter: 8, threads: 1);
    }
}
