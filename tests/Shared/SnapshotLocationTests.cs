using System.Diagnostics;
using System.Runtime.CompilerServices;
using Xunit;

namespace Extract.Tests.Shared;

/// <summary>
/// Snapshooter reads and writes <c>__snapshots__</c> beside the source file that the test's stack
/// frame names. If the build maps source paths (a CI build maps them to <c>/_/</c>), snapshots
/// would be compared with files outside the clone, and a stale copy there would pass or fail
/// for the wrong reason.
/// </summary>
public sealed class SnapshotLocationTests
{
    [Fact]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Stack_frames_name_the_test_sources_in_this_clone()
    {
        var source = new StackFrame(0, needFileInfo: true).GetFileName();

        Assert.False(string.IsNullOrEmpty(source), "the test assembly has no source paths in its PDB");
        Assert.True(File.Exists(source), $"the PDB names '{source}', which is not a file: source paths are mapped");
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(source)))!;
        Assert.True(File.Exists(Path.Combine(root, "Extract.sln")), $"'{source}' is not inside the clone that holds Extract.sln");
    }
}
