using System.Text.RegularExpressions;
using Extract.Language.Binding;
using Microsoft.CodeAnalysis;

namespace Extract.Generators.Pipeline;

/// <summary>
/// One additional file the generator reads — a rule file or a list file — as plain, equatable data:
/// its path as the compiler was given it, its normalized full path, and its text.
/// </summary>
internal sealed record SourceFile(string Path, string Key, string Text)
{
    /// <summary>Reads an additional file; null text (unreadable) becomes empty text.</summary>
    public static SourceFile From(AdditionalText file, CancellationToken cancellationToken) =>
        new(file.Path, PathKey.Of(file.Path), file.GetText(cancellationToken)?.ToString() ?? "");

    /// <summary>The folder holding the file, as a key: the files of one folder form one pack.</summary>
    public string FolderKey => PathKey.DirectoryOf(Key);

    private static readonly Regex ListReference =
        new(@"^[^\n#""]*\bfrom[ \t]*""([^""\n]*)""", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>
    /// The keys of the list files this rule file names with <c>list Name from "path"</c> (relative to the
    /// rule file). The binder resolves and reports them; this only decides which files to read.
    /// </summary>
    public IEnumerable<string> ListReferences()
    {
        foreach (Match match in ListReference.Matches(Text))
        {
            var relative = match.Groups[1].Value;
            // Outside the pack folder: the binder reports it, and nothing is read, even a file the build gives.
            if (ListFile.Resolve(Path, relative) is null) continue;
            yield return PathKey.Combine(FolderKey, relative);
        }
    }
}
