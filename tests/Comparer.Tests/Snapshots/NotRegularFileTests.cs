using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public sealed class NotRegularFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Actual => _temp.Combine("actual");

    private string Verified => _temp.Combine("verified");

    private static SnapshotSettings Settings => new() { Environment = TestEnvironments.Local() };

    [Fact]
    public async Task ALinkToTheParentEndsAndListsEachMessageOnceAsADifference()
    {
        Mutations.Baseline(1).WriteTo(Actual);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(Actual, Verified);
        SpecialFiles.Link(Path.Combine(Actual, "loop"), "..");

        var result = await SpecialFiles.WithinSeconds(60, () => new SnapshotFolderVerifier(Settings).Verify(Actual, Verified));

        Assert.Equal((1, 1), (result.MessageCount, result.Matched.Count));
        Assert.False(result.IsSuccess);
        Assert.Contains("loop: not a regular file (symbolic link)", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkToItselfEndsAndIsADifference()
    {
        Mutations.Baseline(1).WriteTo(Actual);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(Actual, Verified);
        SpecialFiles.Link(Path.Combine(Actual, "Smith, Grover", "self"), ".");

        var result = await SpecialFiles.WithinSeconds(60, () => new SnapshotFolderVerifier(Settings).Verify(Actual, Verified));

        Assert.Equal(1, result.MessageCount);
        Assert.False(result.IsSuccess);
        Assert.Contains("Smith, Grover/self: not a regular file (symbolic link)", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFifoNamedLikeAMessageIsADifferenceAndIsNeverOpened()
    {
        Mutations.Baseline(1).WriteTo(Actual);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(Actual, Verified);
        SpecialFiles.Fifo(Path.Combine(Actual, "Smith, Grover", "Inbox", "000002.eml"));

        var result = await SpecialFiles.WithinSeconds(20, () => new SnapshotFolderVerifier(Settings).Verify(Actual, Verified));

        Assert.False(result.IsSuccess);
        Assert.Contains("Smith, Grover/Inbox/000002.eml: not a regular file (named pipe)", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptingATreeWithAFifoEndsAndStillFails()
    {
        Mutations.Baseline(1).WriteTo(Actual);
        SpecialFiles.Fifo(Path.Combine(Actual, "Smith, Grover", "Inbox", "000002.eml"));

        var result = await SpecialFiles.WithinSeconds(20, () => new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(Actual, Verified));

        Assert.False(result.IsSuccess);
        Assert.Equal(["Smith, Grover/Inbox/000001"], result.Accepted);
    }

    [Fact]
    public async Task TheGroundTruthCheckCountsAFifoAsADifferenceWithoutOpeningIt()
    {
        var message = Mutations.Baseline(1);
        message.WriteTo(Actual);
        SpecialFiles.Fifo(Path.Combine(Actual, "Smith, Grover", "Inbox", "000002.eml"));
        var manifest = OutputTree.WriteManifest(_temp.Combine("manifest.jsonl"), [message]);

        var result = await SpecialFiles.WithinSeconds(20, () => new TruthChecker().Check(Actual, manifest));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("malformed", "Smith, Grover/Inbox/000002.eml"), (difference.Field, difference.OutputFile));
        Assert.Equal("not a regular file (named pipe)", difference.Actual.Full);
    }
}
