namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Where the repository's folders are, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding MailMig.Fidelity.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The corpora folder.</summary>
    public static string Corpora => Path.Combine(Root, "corpora");

    /// <summary>The built mailmig-fidelity command (MailMig.Fidelity.Cli.dll) beside the tests.</summary>
    public static string Cli => Path.Combine(AppContext.BaseDirectory, "MailMig.Fidelity.Cli.dll");

    /// <summary>The built Q197114 fixture migrator beside the tests.</summary>
    public static string Q197114Migrator => Path.Combine(AppContext.BaseDirectory, "q197114-migrator.dll");

    /// <summary>The built docs-only fixture migrator (written from docs/ alone) beside the tests.</summary>
    public static string DocsOnlyMigrator => Path.Combine(AppContext.BaseDirectory, "docs-only-migrator.dll");

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
