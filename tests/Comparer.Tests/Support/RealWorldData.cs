namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Finds <c>../shared/realworld</c> (real messages from MimeKit's and mail-parser's test suites) beside the repository, never copied into it.</summary>
internal static class RealWorldData
{
    /// <summary>The realworld folder; fails the test with a clear message when it is missing (CI has it).</summary>
    public static string Folder
    {
        get
        {
            var root = RepositoryRoot();
            var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "realworld"));
            Assert.True(Directory.Exists(folder), $"The real-world messages are missing: expected them in {folder} (../shared/realworld beside the repository root {root}; CI provides it).");
            return folder;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MailMig.Fidelity.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MailMig.Fidelity.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies the tree (regular files only) into <paramref name="target"/>, writable, so a test may change its copy.</summary>
    public static void CopyTo(string target)
    {
        var source = Folder;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, File.ReadAllBytes(file));
        }
    }
}
