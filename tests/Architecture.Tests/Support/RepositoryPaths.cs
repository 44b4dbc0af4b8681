namespace MailMig.Fidelity.Architecture.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding MailMig.Fidelity.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
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
}
