namespace Extract.Language.Model;

/// <summary>
/// A Thompson NFA over the analysis lattice of a document, with capture registers.
/// <para>
/// Positions. Token <c>i</c> has two positions: its start boundary <c>B(i)</c> and its middle
/// <c>M(i)</c>, the clitic boundary between its stem and its enclitic pronoun; <c>B(n)</c> ends the
/// document. A <see cref="ConsumeState"/> moves a thread from <c>B(i)</c> to <c>B(i+1)</c> (the
/// whole token, proclitics and enclitics absorbed), from <c>B(i)</c> to <c>M(i)</c> (a stem whose
/// enclitic is left for the next element), or from <c>M(i)</c> to <c>B(i+1)</c> (the enclitic).
/// Every thread steps through B(0), M(0), B(1), M(1)… in lockstep, which is what makes the Pike VM's
/// priority order (leftmost-first, greedy/lazy as written) exact.
/// </para>
/// <para>
/// Registers. Slot <c>k</c> saves its start in register <c>2k</c> and its end in <c>2k+1</c>.
/// </para>
/// </summary>
/// <param name="States">The states; a state's number is its index.</param>
/// <param name="Start">The initial state.</param>
/// <param name="RegisterCount">Number of capture registers (twice the number of slots).</param>
public sealed record Automaton(EquatableArray<AutomatonState> States, int Start, int RegisterCount)
{
    /// <summary>The number of states.</summary>
    public int Count => States.Count;
}

/// <summary>One state of an <see cref="Automaton"/>.</summary>
public abstract record AutomatonState;

/// <summary>Accepts: a match ends here.</summary>
public sealed record MatchState : AutomatonState;

/// <summary>Continues at each of <see cref="Next"/>, in priority order (one target is a jump).</summary>
/// <param name="Next">Target states, preferred first.</param>
public sealed record SplitState(EquatableArray<int> Next) : AutomatonState;

/// <summary>Saves the current offset into register <see cref="Register"/>, then continues.</summary>
/// <param name="Register">The register (2k: start of slot k; 2k+1: its end).</param>
/// <param name="Next">The next state.</param>
public sealed record SaveState(int Register, int Next) : AutomatonState;

/// <summary>Continues only when the position satisfies <see cref="Anchor"/>.</summary>
/// <param name="Anchor">The zero-width condition.</param>
/// <param name="Next">The next state.</param>
public sealed record AssertState(Anchor Anchor, int Next) : AutomatonState;

/// <summary>Consumes one token, stem or enclitic satisfying <see cref="Test"/> (see <see cref="ConsumeUnit"/>).</summary>
/// <param name="Test">The predicate.</param>
/// <param name="Unit">What is consumed, from which position.</param>
/// <param name="Next">The next state.</param>
/// <param name="Element">The rule element this state matches, as written (for explanations).</param>
public sealed record ConsumeState(TokenTest Test, ConsumeUnit Unit, int Next, string Element) : AutomatonState;

/// <summary>
/// Consumes one entry of a list: from a token boundary, one word per token, each word matched like a
/// bare word (<see cref="ConsumeUnit.Stem"/>); the last word may leave its enclitic. Longer entries
/// are preferred.
/// </summary>
/// <param name="List">Index into <see cref="RuleProgram.Lists"/>.</param>
/// <param name="Next">The next state.</param>
/// <param name="Element">The rule element, as written.</param>
public sealed record ListState(int List, int Next, string Element) : AutomatonState;

/// <summary>What a <see cref="ConsumeState"/> consumes.</summary>
public enum ConsumeUnit : byte
{
    /// <summary>From B(i): the whole token i, clitics included, to B(i+1).</summary>
    Token,
    /// <summary>
    /// From B(i): token i when it passes the test, proclitics absorbed; then either the enclitic too
    /// (to B(i+1), preferred) or not (to M(i)). For a <see cref="StemIn"/> test the split is that of the
    /// first segmentation whose stem passes and has an enclitic; for other tests (the classes Word and
    /// Any) the first segmentation that has an enclitic.
    /// </summary>
    Stem,
    /// <summary>From M(i): the enclitic segment(s) of the segmentation chosen at B(i), to B(i+1).</summary>
    Enclitic,
}
