using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public sealed class MessageSnapshotTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly RecordingDiffLauncher _launcher = new();

    public void Dispose() => _temp.Dispose();

    private string SourceFile => _temp.Combine("OwnerTests.cs");

    private SnapshotSettings Settings(bool? accept = null) =>
        new() { Environment = TestEnvironments.Local(), DiffLauncher = _launcher, Accept = accept };

    private Task<SnapshotOutcome> Verify(OutputMessageBuilder message, bool? accept = null) =>
        MessageSnapshot.VerifyAsync(message.ToText(), Settings(accept), SourceFile, "Migrates");

    [Theory]
    [MemberData(nameof(Mutations.Names), MemberType = typeof(Mutations))]
    public async Task AChangedMessageFailsWithAMessageNamingTheField(string mutation)
    {
        await Verify(Mutations.Baseline(), accept: true);
        var changed = Mutations.Baseline();
        var (apply, field) = Mutations.All[mutation];
        apply(changed);

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => Verify(changed));

        Assert.Contains(field, failure.Outcome.Fields);
        Assert.Contains("Fields: " + field, failure.Message);
        Assert.Contains("NotEqual:", failure.Message);
        Assert.Contains("Directory: " + _temp.Path, failure.Message);
        Assert.Contains("Received: OwnerTests.Migrates.received.txt", failure.Message);
        Assert.Contains("Verified: OwnerTests.Migrates.verified.txt", failure.Message);
        Assert.Contains("mailmig-fidelity accept", failure.Message);
        Assert.Contains("MAILMIG_ACCEPT=true", failure.Message);
        Assert.Contains("\n@@ ", failure.Message);
    }

    [Fact]
    public async Task IdenticalOutputPassesAndVolatileValuesNeverFail()
    {
        await Verify(Mutations.Baseline(), accept: true);
        var again = Mutations.Baseline();
        again.MessageId = "another-" + Guid.NewGuid().ToString("N") + "@elsewhere.example";
        again.Source = "export/Smith, Grover.txt@999999";

        var outcome = await Verify(again);

        Assert.Equal(SnapshotStatus.Matched, outcome.Status);
        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task TheSnapshotIsNamedAfterTheOwnerClassAndMethodNextToItsSource()
    {
        await Verify(Mutations.Baseline(), accept: true);

        Assert.True(File.Exists(_temp.Combine("OwnerTests.Migrates.verified.txt")));
        Assert.False(File.Exists(_temp.Combine("OwnerTests.Migrates.received.txt")));
    }

    [Fact]
    public async Task ASuffixNamesSnapshotsOfParameterisedTests()
    {
        var settings = new SnapshotSettings { Environment = TestEnvironments.Local(), DiffLauncher = _launcher, Accept = true, Suffix = "attmail" };

        await MessageSnapshot.VerifyAsync(Mutations.Baseline().ToText(), settings, SourceFile, "Migrates");

        Assert.True(File.Exists(_temp.Combine("OwnerTests.Migrates_attmail.verified.txt")));
    }

    [Fact]
    public async Task AMismatchWritesTheReceivedFileAndAMatchDeletesIt()
    {
        await Verify(Mutations.Baseline(), accept: true);
        var changed = Mutations.Baseline();
        changed.Subject = "changed";
        await Assert.ThrowsAsync<SnapshotMismatchException>(() => Verify(changed));
        Assert.True(File.Exists(_temp.Combine("OwnerTests.Migrates.received.txt")));

        await Verify(Mutations.Baseline());

        Assert.False(File.Exists(_temp.Combine("OwnerTests.Migrates.received.txt")));
    }

    [Fact]
    public async Task AMalformedEmlIsAMismatchNotACrash()
    {
        await Verify(Mutations.Baseline(), accept: true);

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
            MessageSnapshot.VerifyAsync("Subject: broken\r\n\r\nno contract headers\r\n", Settings(), SourceFile, "Migrates"));

        Assert.Contains("malformed", failure.Outcome.Fields);
    }

    [Fact]
    public async Task APathToAnEmlFileIsReadLikeItsContent()
    {
        var path = Mutations.Baseline().WriteTo(_temp.Combine("out"));
        await Verify(Mutations.Baseline(), accept: true);

        var outcome = await MessageSnapshot.VerifyAsync(path, Settings(), SourceFile, "Migrates");

        Assert.Equal(SnapshotStatus.Matched, outcome.Status);
    }

    [Fact]
    public async Task ANewSnapshotFailsWithTheNewSectionAndTheWholeProjection()
    {
        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(() => Verify(Mutations.Baseline()));

        Assert.Equal(SnapshotStatus.New, failure.Outcome.Status);
        Assert.Contains("New:\n  - Received: OwnerTests.Migrates.received.txt", failure.Message);
        Assert.Contains("+subject: \"Quarterly numbers\"", failure.Message);
        Assert.False(File.Exists(_temp.Combine("OwnerTests.Migrates.verified.txt")));
    }
}
