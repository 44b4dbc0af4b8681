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
}
