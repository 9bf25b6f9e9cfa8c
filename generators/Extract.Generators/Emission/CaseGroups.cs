using System.Globalization;

namespace Extract.Generators.Emission;

/// <summary>
/// The cases of a state switch grouped by body: states that run the same code share one case group
/// (<c>case 3: case 5: …</c>), in the order their bodies first occur, each with the descriptions of
/// its states as a comment. Keeps the emitted methods small enough for the JIT to optimize whatever
/// the size of the automaton.
/// </summary>
internal sealed class CaseGroups
{
    private const int LabelsPerLine = 12;
    private readonly Dictionary<string, int> indexOf = new(StringComparer.Ordinal);
    private readonly List<(string Body, List<int> States, List<string> Comments)> groups = [];

    /// <summary>Adds state <paramref name="pc"/> with its body and a description of what it does.</summary>
    public void Add(int pc, string body, string comment)
    {
        if (!indexOf.TryGetValue(body, out int index))
        {
            index = groups.Count;
            indexOf.Add(body, index);
            groups.Add((body, [], []));
        }
        groups[index].States.Add(pc);
        if (!groups[index].Comments.Contains(comment)) groups[index].Comments.Add(comment);
    }

    public void Emit(CodeWriter code)
    {
        foreach (var (body, states, comments) in groups)
        {
            var shown = comments.Take(3).ToList();
            if (comments.Count > shown.Count) shown.Add("…");
            code.Line("// " + string.Join("; ", shown));
            for (int i = 0; i < states.Count; i += LabelsPerLine)
                code.Line(string.Concat(states.Skip(i).Take(LabelsPerLine).Select(pc => "case " + pc.ToString(CultureInfo.InvariantCulture) + ": ")).TrimEnd());
            code.Indent();
            code.Line(body);
            code.Outdent();
        }
    }
}
