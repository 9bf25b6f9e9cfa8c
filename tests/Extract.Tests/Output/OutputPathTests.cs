using Extract.Matching;
using Extract.Output;

namespace Extract.Tests.Output;

/// <summary>A document id never steers where a writer writes: brat files stay in the folder they were given.</summary>
public sealed class OutputPathTests
{
    [Fact]
    public void Brat_files_of_hostile_document_ids_stay_in_the_output_folder()
    {
        string root = Path.Combine(Path.GetTempPath(), "extract-brat-paths-" + Guid.NewGuid().ToString("N"));
        string folder = Path.Combine(root, "out");
        Directory.CreateDirectory(folder);
        var writer = new BratWriter(folder);
        string[] ids = ["../../etc/passwd", "/etc/passwd", "..", "a/../../b", "C:\\Windows\\x", "..\\..\\y", "", ".", "\0", "../out2/z"];
        foreach (var id in ids) writer.Write(id, "نص", Array.Empty<Relation>());
        writer.Complete();

        Assert.Equal([folder], Directory.GetFileSystemEntries(root));
        Assert.Empty(Directory.GetDirectories(folder));
        Assert.Equal(ids.Length * 2 + 1, Directory.GetFiles(folder).Length);
        Directory.Delete(root, recursive: true);
    }
}
