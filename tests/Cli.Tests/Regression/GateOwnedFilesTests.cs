using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>The gate's own files in a case's work folder (the run record, the snapshot copies) are never written through a link a candidate left in their place.</summary>
public sealed class GateOwnedFilesTests
{
    private const string Case = "fault-attmail-address";

    private static SnapshotSettings Settings => new() { Environment = SnapshotEnvironment.FromVariables(new Dictionary<string, string>()), Accept = false };

    [Fact]
    public async Task TheRunRecordIsNotWrittenThroughALinkTheCandidateLeftInItsPlace()
    {
        using var work = new TempFolder();
        var victim = Path.Combine(work.Path, "victim.json");
        File.WriteAllText(victim, "untouched\n");
        var candidate = new EditingMigratorRunner(output => File.CreateSymbolicLink(Path.Combine(output, "..", RunAcceptance.FileName), victim));

        await new CorpusRunner(candidate, Path.Combine(work.Path, "work"), Settings).RunAsync(CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, Case)));

        Assert.Equal("untouched\n", File.ReadAllText(victim));
    }

    [Fact]
    public async Task TheApprovedSnapshotsAreNotCopiedThroughALinkTheCandidateLeftInPlaceOfTheSnapshotsFolder()
    {
        using var work = new TempFolder();
        var victim = Path.Combine(work.Path, "victim");
        Directory.CreateDirectory(victim);
        var candidate = new EditingMigratorRunner(output => Directory.CreateSymbolicLink(Path.Combine(output, "..", RunAcceptance.SnapshotsFolder), victim));

        var result = await new CorpusRunner(candidate, Path.Combine(work.Path, "work"), Settings).RunAsync(CorpusCase.Load(Path.Combine(RepositoryPaths.Corpora, Case)));

        Assert.Empty(Directory.EnumerateFileSystemEntries(victim));
        Assert.True(result.Passed, result.Describe());
    }
}
