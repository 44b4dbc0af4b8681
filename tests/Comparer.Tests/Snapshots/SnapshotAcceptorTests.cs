using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public sealed class SnapshotAcceptorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AReceivedFileReplacesItsVerifiedFile()
    {
        File.WriteAllText(_temp.Combine("A.B.verified.txt"), "old");
        File.WriteAllText(_temp.Combine("A.B.received.txt"), "new");

        var written = new SnapshotAcceptor(TestEnvironments.Local()).AcceptReceived(_temp.Combine("A.B.received.txt"));

        Assert.Equal([_temp.Combine("A.B.verified.txt")], written);
        Assert.Equal("new", File.ReadAllText(_temp.Combine("A.B.verified.txt")));
        Assert.False(File.Exists(_temp.Combine("A.B.received.txt")));
    }

    [Fact]
    public void EveryReceivedFileBelowAFolderIsAccepted()
    {
        Directory.CreateDirectory(_temp.Combine("m", "Inbox"));
        File.WriteAllText(_temp.Combine("m", "Inbox", "000001.received.txt"), "1");
        File.WriteAllText(_temp.Combine("m", "000002.received.txt"), "2");

        var written = new SnapshotAcceptor(TestEnvironments.Local()).AcceptReceived(_temp.Path);

        Assert.Equal(2, written.Count);
        Assert.Empty(SnapshotOrphans.ListNames(_temp.Path, SnapshotFile.ReceivedExtension));
    }

    [Fact]
    public void AcceptingIsRefusedOnCi()
    {
        File.WriteAllText(_temp.Combine("A.B.received.txt"), "new");

        Assert.Throws<InvalidOperationException>(() => new SnapshotAcceptor(TestEnvironments.Ci()).AcceptReceived(_temp.Path));
        Assert.Throws<InvalidOperationException>(() => new SnapshotAcceptor(TestEnvironments.Ci()).AcceptActual(_temp.Path, _temp.Combine("v")));
        Assert.False(File.Exists(_temp.Combine("A.B.verified.txt")));
    }

    [Fact]
    public void SomethingThatIsNeitherAReceivedFileNorAFolderIsRejected()
    {
        File.WriteAllText(_temp.Combine("A.B.verified.txt"), "v");

        Assert.Throws<FileNotFoundException>(() => new SnapshotAcceptor(TestEnvironments.Local()).AcceptReceived(_temp.Combine("A.B.verified.txt")));
    }

    [Fact]
    public void AcceptingAnOutputFolderWithAllowRemovalsRemovesOrphansAndReceivedFiles()
    {
        var actual = _temp.Combine("actual");
        var verified = _temp.Combine("verified");
        OutputTree.WriteEml(actual, [Mutations.Baseline(1)]);
        Directory.CreateDirectory(Path.Combine(verified, "Gone", "Inbox"));
        File.WriteAllText(Path.Combine(verified, "Gone", "Inbox", "000009.verified.txt"), "orphan");
        File.WriteAllText(Path.Combine(verified, "Gone", "Inbox", "000010.received.txt"), "stale, of no message");
        Directory.CreateDirectory(Path.Combine(verified, "Smith, Grover", "Inbox"));
        File.WriteAllText(Path.Combine(verified, "Smith, Grover", "Inbox", "000001.received.txt"), "stale");

        var result = new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(actual, verified, allowRemovals: true);

        Assert.Equal(["Gone/Inbox/000009", "Smith, Grover/Inbox/000001"], result.Accepted);
        Assert.Equal(["Smith, Grover/Inbox/000001"], SnapshotOrphans.ListNames(verified, SnapshotFile.VerifiedExtension));
        Assert.Empty(SnapshotOrphans.ListNames(verified, SnapshotFile.ReceivedExtension));
    }

    [Fact]
    public void AcceptingAnOutputFolderKeepsADuplicateAsADifferenceAndAcceptsTheFirstMessageOfItsName()
    {
        var actual = _temp.Combine("actual");
        var verified = _temp.Combine("verified");
        var copy = OutputMessageBuilder.Numbered(1);
        copy.Subject = "a copy";
        OutputTree.WriteMbox(actual, [OutputMessageBuilder.Numbered(1), copy, OutputMessageBuilder.Numbered(2)]);

        var result = new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(actual, verified);

        Assert.Equal(["Smith, Grover/Inbox/000001", "Smith, Grover/Inbox/000002"], result.Accepted);
        Assert.Equal(["duplicate"], Assert.Single(result.Differences).Fields);
        Assert.Empty(result.New);
        Assert.Contains("Message 1", File.ReadAllText(Path.Combine(verified, "Smith, Grover", "Inbox", "000001.verified.txt")), StringComparison.Ordinal);
        Assert.Empty(SnapshotOrphans.ListNames(verified, SnapshotFile.ReceivedExtension));
    }

    [Fact]
    public void AcceptingAnOutputFolderWithoutAllowRemovalsKeepsOrphansAndTheOldSnapshotsOfMovedMessages()
    {
        var actual = _temp.Combine("actual");
        var verified = _temp.Combine("verified");
        OutputTree.WriteEml(_temp.Combine("baseline"), [.. Enumerable.Range(1, 3).Select(i => OutputMessageBuilder.Numbered(i))]);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(_temp.Combine("baseline"), verified);
        var changed = OutputMessageBuilder.Numbered(1);
        changed.Subject = "changed";
        var moved = OutputMessageBuilder.Numbered(2);
        moved.Folder = "Archive";
        OutputTree.WriteEml(actual, [changed, moved]);

        var result = new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(actual, verified);

        Assert.Equal(["Smith, Grover/Archive/000002", "Smith, Grover/Inbox/000001"], result.Accepted);
        Assert.Equal(["Smith, Grover/Inbox/000002", "Smith, Grover/Inbox/000003"], result.Orphaned);
        Assert.Empty(result.Differences);
        Assert.Empty(result.New);
        Assert.Equal(4, SnapshotOrphans.ListNames(verified, SnapshotFile.VerifiedExtension).Count);
        Assert.Empty(SnapshotOrphans.ListNames(verified, SnapshotFile.ReceivedExtension));
    }

    [Fact]
    public void AcceptedNamesAreInOrdinalOrderEvenWhenAnOrphanOfAFolderSortsBeforeItsMessages()
    {
        var verified = _temp.Combine("verified");
        OutputTree.WriteEml(_temp.Combine("baseline"), [OutputMessageBuilder.Numbered(1), OutputMessageBuilder.Numbered(2)]);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(_temp.Combine("baseline"), verified);
        var changed = OutputMessageBuilder.Numbered(2);
        changed.Subject = "changed";
        OutputTree.WriteEml(_temp.Combine("actual"), [changed, OutputMessageBuilder.Numbered(3)]);

        var result = new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(_temp.Combine("actual"), verified, allowRemovals: true);

        Assert.Equal(["Smith, Grover/Inbox/000001", "Smith, Grover/Inbox/000002", "Smith, Grover/Inbox/000003"], result.Accepted);
        Assert.Empty(result.Orphaned);
        Assert.Equal(["Smith, Grover/Inbox/000002", "Smith, Grover/Inbox/000003"], SnapshotOrphans.ListNames(verified, SnapshotFile.VerifiedExtension));
    }

    [Fact]
    public void ApplyingAVerificationRunAgainstACopyMovesItsReceivedFilesIntoTheVerifiedFolder()
    {
        var verified = _temp.Combine("verified");
        var copy = _temp.Combine("copy");
        OutputTree.WriteEml(_temp.Combine("baseline"), [OutputMessageBuilder.Numbered(1), OutputMessageBuilder.Numbered(2)]);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(_temp.Combine("baseline"), verified);
        var changed = OutputMessageBuilder.Numbered(2);
        changed.Subject = "changed";
        OutputTree.WriteEml(_temp.Combine("actual"), [changed, OutputMessageBuilder.Numbered(3)]);
        CopyFolder(verified, copy);
        var verification = new SnapshotFolderVerifier(new SnapshotSettings { Environment = TestEnvironments.Local(), Accept = false }).Verify(_temp.Combine("actual"), copy);

        var result = new SnapshotAcceptor(TestEnvironments.Local()).Apply(verification, verified, allowRemovals: false);

        Assert.Equal(["Smith, Grover/Inbox/000002", "Smith, Grover/Inbox/000003"], result.Accepted);
        Assert.Equal(["Smith, Grover/Inbox/000001"], result.Orphaned);
        Assert.True(result.IsSuccess is false && result.Differences.Count == 0 && result.New.Count == 0);
        Assert.Contains("changed", File.ReadAllText(Path.Combine(verified, "Smith, Grover", "Inbox", "000002.verified.txt")), StringComparison.Ordinal);
        Assert.Equal(3, SnapshotOrphans.ListNames(verified, SnapshotFile.VerifiedExtension).Count);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
