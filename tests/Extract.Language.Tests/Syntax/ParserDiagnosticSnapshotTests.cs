using Extract.Language.Diagnostics;
using Extract.Language.Syntax;
using Snapshooter.Xunit;

namespace Extract.Language.Tests.Syntax;

/// <summary>The wording and places of every syntax diagnostic, locked by a snapshot.</summary>
public class ParserDiagnosticSnapshotTests
{
    [Fact]
    public void Every_syntax_message()
    {
        var diagnostics = new List<Diagnostic>();
        RuleParser.Parse("broken.rules", """
            pack T
            rule a: X (سيطر على Y
            rule b: X سيطر "على Y
            rule c: X سيطر على Y => control(x: X)
            rule d: X سيطر {2,1 Y
            rule e: X سيطر على Y
                unless beside لم
            => Control(x: X)
            rule f: X ) Y
            rule g: X سيطر على Y § Z
            rule h:
            rule i: X سيطر على Y
                example قوات => controller "قوات"
            rule j: ~ سيطر
            rule k priority high: X
            list force = a | b
            list Force = a | | b
            pattern Actor Force Word
            overlap some
            rule l: X:
            rule m: * X
            rule n: X سيطر على Y
                => Control(controller: X
            """, diagnostics);
        Snapshot.Match(diagnostics.Select(diagnostic => diagnostic.ToString()));
    }
}
