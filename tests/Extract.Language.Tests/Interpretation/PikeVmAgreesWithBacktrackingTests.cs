using CsCheck;
using Extract.Language.Interpretation;
using Extract.Language.Model;
using Extract.Language.Tests.Support;
using static Extract.Language.Tests.Support.ModelPack;

namespace Extract.Language.Tests.Interpretation;

/// <summary>
/// The law behind "deterministic leftmost-first submatch semantics": on random patterns and random
/// lattices, the Pike VM finds exactly the match (start, end, captures) that a naive backtracking
/// matcher exploring alternatives in priority order finds first.
/// </summary>
public class PikeVmAgreesWithBacktrackingTests
{
    [Fact]
    public void Pike_vm_and_backtracking_find_the_same_first_match() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var pack = new ModelPack();
            var pattern = RandomPatterns.Next(pack, random);
            var program = pack.Program(pattern, ["S0", "S1"]);
            var text = RandomPatterns.Text(random);
            var interpreter = new Interpreter(program);
            var lattice = interpreter.Analyze(LatticeFixture.Build(text));
            var vmProgram = interpreter.Compiled(0).Main.Program;
            var vm = new PikeVm(vmProgram);
            bool found = vm.Find(lattice, 0, anchored: false, lattice.TokenCount * 2, requiredEnd: -1, out var match);
            var expected = Backtrack(vmProgram, lattice);
            if (!found) return expected is null;
            return expected is { } e
                && e.Start == match.StartStep && e.End == match.EndStep
                && e.Registers.SequenceEqual(match.Registers);
        }, iter: 3000);

    private sealed record Found(int Start, int End, int[] Registers);

    private static Found? Backtrack(VmProgram program, Lattice lattice)
    {
        for (int token = 0; token < lattice.TokenCount; token++)
        {
            var registers = Enumerable.Repeat(-1, program.RegisterCount).ToArray();
            if (Dfs(program, lattice, program.Start, token * 2, -1, registers, []) is { } end)
                return new Found(token * 2, end.Step, end.Registers);
        }
        return null;
    }

    // Depth-first in priority order; a state met twice at one position without consuming is cut,
    // as the Pike VM does.
    private static (int Step, int[] Registers)? Dfs(VmProgram program, Lattice lattice, int pc, int step, int split, int[] registers, HashSet<int> seen)
    {
        if (!seen.Add(pc)) return null;
        int token = step >> 1;
        bool boundary = (step & 1) == 0;
        switch (program.Ops[pc])
        {
            case VmProgram.Op.Match:
                return (step, (int[])registers.Clone());
            case VmProgram.Op.Split:
                foreach (int target in program.Targets[pc])
                    if (Dfs(program, lattice, target, step, split, registers, seen) is { } found) return found;
                return null;
            case VmProgram.Op.Save:
            {
                int register = program.Arg[pc];
                int old = registers[register];
                registers[register] = PikeVm.Offset(lattice, step, split, closing: (register & 1) == 1);
                var found = Dfs(program, lattice, program.Next[pc], step, split, registers, seen);
                registers[register] = old;
                return found;
            }
            case VmProgram.Op.Assert:
                return boundary && Holds((Anchor)program.Arg[pc], lattice, token)
                    ? Dfs(program, lattice, program.Next[pc], step, split, registers, seen)
                    : null;
            case VmProgram.Op.Consume:
            {
                var unit = (ConsumeUnit)program.Arg[pc];
                var predicate = program.Predicates[pc]!;
                if (unit == ConsumeUnit.Enclitic)
                    return !boundary && split >= 0 && predicate.OnEnclitic(lattice, split)
                        ? Dfs(program, lattice, program.Next[pc], step + 1, -1, registers, [])
                        : null;
                if (!boundary || token >= lattice.TokenCount || !predicate.OnToken(lattice, token)) return null;
                if (Dfs(program, lattice, program.Next[pc], step + 2, -1, registers, []) is { } whole) return whole;
                if (unit != ConsumeUnit.Stem) return null;
                if (predicate is not IdSetPredicate stems)
                    return lattice.FirstSplit[token] >= 0
                        ? Dfs(program, lattice, program.Next[pc], step + 1, lattice.FirstSplit[token], registers, [])
                        : null;
                for (int f = lattice.FormStart[token]; f < lattice.FormStart[token + 1]; f++)
                    if (lattice.FormSplit[f] >= 0 && stems.Ids.Contains(lattice.FormId[f]))
                        return Dfs(program, lattice, program.Next[pc], step + 1, lattice.FormSplit[f], registers, []);
                return null;
            }
            default:
                return null;
        }
    }

    private static bool Holds(Anchor anchor, Lattice lattice, int token) => anchor switch
    {
        Anchor.SentenceStart => lattice.IsSentenceStart(token),
        Anchor.SentenceEnd => lattice.IsSentenceEnd(token),
        _ => lattice.IsInsideSentence(token),
    };
}
