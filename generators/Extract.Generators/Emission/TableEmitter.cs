using System.Globalization;
using System.Text;
using Extract.Language.Model;

namespace Extract.Generators.Emission;

/// <summary>
/// Emits a pack's data as compact tables, never as code: the vocabulary as a few string literals split
/// once at start-up into a <c>KeyTable</c>, each list as one <c>int[]</c> of word ids
/// (<c>[length, id, …]</c> per entry) built into a trie, the phrase word classes as id sets. A list of
/// 100,000 entries costs a few hundred kilobytes of source and no code.
/// </summary>
internal static class TableEmitter
{
    private const int KeysPerChunk = 400;

    public static string ListField(int list) => "Tables.List" + list.ToString(CultureInfo.InvariantCulture);

    public static void Emit(CodeWriter code, RuleProgram program)
    {
        code.Line("/// <summary>The pack's vocabulary, lists and word classes.</summary>");
        code.Open("private static class Tables");
        code.Line($"/// <summary>Vocabulary size: ids 0 .. {program.Vocabulary.Count - 1} are the pack's words (matching keys).</summary>");
        code.Line($"internal const int VocabularySize = {program.Vocabulary.Count};");
        code.Line();
        code.Line("internal static readonly global::Extract.Matching.KeyTable Vocabulary = new global::Extract.Matching.KeyTable(SplitKeys(new string[]");
        code.Line("{");
        code.Indent();
        var keys = program.Vocabulary.Keys;
        for (int start = 0; start < keys.Count; start += KeysPerChunk)
        {
            var chunk = new StringBuilder();
            for (int i = start; i < Math.Min(keys.Count, start + KeysPerChunk); i++)
            {
                if (i > start) chunk.Append('\n');
                chunk.Append(keys[i]);
            }
            code.Line(CSharp.Literal(chunk.ToString()) + ",");
        }
        code.Outdent();
        code.Line("}));");
        code.Line();
        var lexicon = program.Lexicon;
        code.Line("/// <summary>Words that end a default phrase (prepositions, particles, frequent verbs…).</summary>");
        code.Line($"internal static readonly global::Extract.Matching.Compiled.IdSet Stops = new global::Extract.Matching.Compiled.IdSet(VocabularySize, new int[] {{ {CSharp.IntList(lexicon.Stops)} }});");
        code.Line("/// <summary>Independent and enclitic pronouns.</summary>");
        code.Line($"internal static readonly global::Extract.Matching.Compiled.IdSet Pronouns = new global::Extract.Matching.Compiled.IdSet(VocabularySize, new int[] {{ {CSharp.IntList(lexicon.Pronouns)} }});");
        code.Line("/// <summary>Relative pronouns.</summary>");
        code.Line($"internal static readonly global::Extract.Matching.Compiled.IdSet Relatives = new global::Extract.Matching.Compiled.IdSet(VocabularySize, new int[] {{ {CSharp.IntList(lexicon.RelativePronouns)} }});");
        for (int l = 0; l < program.Lists.Count; l++)
        {
            var list = program.Lists[l];
            code.Line();
            code.Line($"/// <summary>list {CSharp.XmlEscape(list.Name)} ({list.Entries.Count} entries, line {list.Location.Line}).</summary>");
            code.Line($"internal static readonly global::Extract.Matching.Compiled.ListTrie List{l} = new global::Extract.Matching.Compiled.ListTrie(new int[]");
            code.Line("{");
            code.Indent();
            foreach (var line in EntryLines(list)) code.Line(line);
            code.Outdent();
            code.Line("});");
        }
        code.Line();
        code.Open("private static string[] SplitKeys(string[] chunks)");
        code.Line("var keys = new global::System.Collections.Generic.List<string>();");
        code.Line("foreach (var chunk in chunks) keys.AddRange(chunk.Split('\\n'));");
        code.Line("return keys.ToArray();");
        code.Close();
        code.Close();
    }

    // [length, id, …] per entry, twenty entries a line.
    private static IEnumerable<string> EntryLines(ListModel list)
    {
        var line = new StringBuilder();
        int count = 0;
        foreach (var entry in list.Entries)
        {
            line.Append(entry.Count.ToString(CultureInfo.InvariantCulture));
            foreach (int id in entry) line.Append(',').Append(id.ToString(CultureInfo.InvariantCulture));
            line.Append(", ");
            if (++count % 20 == 0)
            {
                yield return line.ToString().TrimEnd();
                line.Clear();
            }
        }
        if (line.Length > 0) yield return line.ToString().TrimEnd();
    }
}
