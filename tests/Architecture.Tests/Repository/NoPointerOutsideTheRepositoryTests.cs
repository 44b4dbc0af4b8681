using MailMig.Fidelity.Architecture.Tests.Support;

namespace MailMig.Fidelity.Architecture.Tests.Repository;

/*
 * A reader of this repository must find every fact the code and docs cite inside it: the cc:Mail
 * background and its Knowledge Base articles are in docs/ccmail-background.md. So docs/, src/ and
 * README.md never name the workspace's shared reference folder. tests/ is left out on purpose:
 * tests may read the real-world samples beside the repository (../shared/realworld).
 */
public sealed class NoPointerOutsideTheRepositoryTests
{
    // The folder, and the names of the two files it held that the docs used to cite (they exist nowhere in the repository).
    private static readonly string[] Forbidden = ["shared/reference", "../shared", "..\\shared", "shared\\reference", "ccmail.md", "export-format.md"];

    private static readonly string[] TextExtensions = [".md", ".cs", ".csproj", ".props", ".json", ".txt", ".xml", ".sh"];

    [Fact]
    public void DocsSrcAndTheReadmeNeverNameTheSharedFolderOutsideTheRepositoryOrItsFiles()
    {
        var files = FilesUnder("docs").Concat(FilesUnder("src")).Append(RepositoryPaths.Of("README.md")).ToList();

        var hits = files.SelectMany(Hits).ToList();

        Assert.True(files.Count > 10, "the scan found almost no files: " + files.Count);
        Assert.True(hits.Count == 0, "these lines point outside the repository (restate the fact in docs/ and cite that):\n" + string.Join("\n", hits));
    }

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(RepositoryPaths.Of(folder), "*", SearchOption.AllDirectories)
            .Where(path => TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(RepositoryPaths.Root, path)));

    private static bool IsBuildOutput(string relative) =>
        relative.Split('/', '\\').Any(part => part is "bin" or "obj");

    private static IEnumerable<string> Hits(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Forbidden.Any(f => lines[i].Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{Path.GetRelativePath(RepositoryPaths.Root, path)}:{i + 1}: {lines[i].Trim()}";
            }
        }
    }
}
