using System.Diagnostics;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>Fixture scripts and sources are LF text that diffs as text in review; only genuinely binary fixture inputs (export files) are binary.</summary>
public sealed class FixtureAttributesTests
{
    [Theory]
    [InlineData("tests/Fixtures/HostileMigrators/fifo-and-symlink-loop.sh")]
    [InlineData("tests/Fixtures/HostileMigrators/write-outside.sh")]
    [InlineData("tests/Fixtures/DocsOnlyMigrator/Program.cs")]
    [InlineData("tests/Fixtures/Q197114Migrator/Program.cs")]
    public void AFixtureScriptOrSourceIsLfTextThatDiffsAsText(string path)
    {
        var attributes = CheckAttributes(path);

        Assert.Equal("set", attributes["text"]);
        Assert.Equal("lf", attributes["eol"]);
        Assert.NotEqual("unset", attributes["diff"]);
    }

    [Theory]
    [InlineData("tests/CcMail.Tests/Export/Fixtures/cp932.exp")]
    [InlineData("tests/CcMail.Tests/Export/Fixtures/lf-only.exp")]
    public void AnExportFixtureStaysBinary(string path)
    {
        var attributes = CheckAttributes(path);

        Assert.Equal("unset", attributes["text"]);
        Assert.Equal("unset", attributes["diff"]);
    }

    /// <summary>The text, eol and diff attributes git gives <paramref name="path"/> ("set", "unset", "unspecified" or a value).</summary>
    private static Dictionary<string, string> CheckAttributes(string path)
    {
        var info = new ProcessStartInfo("git", ["check-attr", "text", "eol", "diff", "--", path]) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true };
        using var git = Process.Start(info)!;
        var lines = git.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        return lines.Select(l => l.Split(": ")).ToDictionary(p => p[1], p => p[2]);
    }
}
