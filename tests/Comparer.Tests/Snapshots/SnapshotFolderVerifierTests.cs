using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public sealed class SnapshotFolderVerifierTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Actual => _temp.Combine("actual");

    private string VerifiedFolder => _temp.Combine("verified");

    private static List<OutputMessageBuilder> Messages() =>
    [
        Mutations.Baseline(1),
        Mutations.Baseline(2),
        new OutputMessageBuilder { Mailbox = "Doe, Jane", Index = 1, Folder = "Projects\\2024" },
        new OutputMessageBuilder { Mailbox = "Müller/Ü", Index = 5, Folder = "Posteingang" },
    ];

    private static FolderVerificationResult Verify(string actual, string verified, SnapshotEnvironment? environment = null) =>
        new SnapshotFolderVerifier(new SnapshotSettings { Environment = environment ?? TestEnvironments.Local() }).Verify(actual, verified);

    private void Baseline(IEnumerable<OutputMessageBuilder>? messages = null)
    {
        var baseline = _temp.Combine("baseline");
        OutputTree.WriteEml(baseline, messages ?? Messages());
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(baseline, VerifiedFolder);
    }

    [Fact]
    public void FreshOutputOfTheSameMessagesMatchesEvenWithNewIdsBoundariesAndOffsets()
    {
        Baseline();
        var again = Messages();
        foreach (var message in again)
        {
            message.Source = message.Source.Split('@')[0] + "@" + (message.Index * 7777).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        OutputTree.WriteEml(Actual, again);

        var result = Verify(Actual, VerifiedFolder);

        Assert.True(result.IsSuccess, result.Describe());
        Assert.Equal(4, result.Matched.Count);
        Assert.Contains("Smith, Grover/Inbox/000001", result.Matched);
        Assert.True(File.Exists(Path.Combine(VerifiedFolder, "M%C3%BCller%2F%C3%9C", "Posteingang", "000005.verified.txt")));
    }

    [Fact]
    public void PastTheKeptNumberOfDifferencesOnlyNamesStayInMemoryAndTheReceivedFilesHoldTheTexts()
    {
        OutputTree.WriteEml(Actual, Enumerable.Range(1, 5).Select(Mutations.Baseline));
        var settings = new SnapshotSettings { Environment = TestEnvironments.Local(), DetailedDifferences = 2 };

        var result = new SnapshotFolderVerifier(settings).Verify(Actual, VerifiedFolder);

        Assert.Equal(5, result.New.Count);
        Assert.Equal(2, result.New.Count(d => d.Outcome.ReceivedText.Contains("subject:", StringComparison.Ordinal)));
        var kept = result.New[4].Outcome;
        Assert.Contains("not kept in memory past the first 2 differences", kept.ReceivedText, StringComparison.Ordinal);
        Assert.Contains(kept.ReceivedPath, kept.Diff, StringComparison.Ordinal);
        Assert.Contains("subject:", File.ReadAllText(kept.ReceivedPath), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Mutations.Names), MemberType = typeof(Mutations))]
    public void AChangedMessageIsADifferenceNamingTheField(string mutation)
    {
        Baseline();
        var messages = Messages();
        var (apply, field) = Mutations.All[mutation];
        apply(messages[1]);
        OutputTree.WriteEml(Actual, messages);

        var result = Verify(Actual, VerifiedFolder);

        var difference = Assert.Single(result.Differences);
        Assert.Contains(field, difference.Fields);
        Assert.False(result.IsSuccess);
        Assert.Contains("Fields: ", result.Describe());
        Assert.True(File.Exists(difference.Outcome.ReceivedPath));
    }

    [Fact]
    public void AMessageInTheWrongFolderIsOneDifferenceNamingLocationAndFolder()
    {
        Baseline();
        var messages = Messages();
        messages[0].Folder = "Trash";
        OutputTree.WriteEml(Actual, messages);

        var result = Verify(Actual, VerifiedFolder);

        var difference = Assert.Single(result.Differences);
        Assert.Equal(["location", "folder"], difference.Fields);
        Assert.Equal("Smith, Grover/Inbox/000001", difference.MovedFrom);
        Assert.Empty(result.New);
        Assert.Empty(result.Orphaned);
    }

    [Fact]
    public void AMissingMessageIsOrphanedAndAnExtraOneIsNew()
    {
        Baseline();
        var messages = Messages();
        messages.RemoveAt(3);
        messages.Add(new OutputMessageBuilder { Mailbox = "Doe, Jane", Index = 2 });
        OutputTree.WriteEml(Actual, messages);

        var result = Verify(Actual, VerifiedFolder);

        Assert.Equal(["M%C3%BCller%2F%C3%9C/Posteingang/000005"], result.Orphaned);
        Assert.Equal("Doe, Jane/Inbox/000002", Assert.Single(result.New).Name);
        Assert.Contains("Orphaned", result.Describe());
    }

    [Fact]
    public void AMalformedMessageIsADifferenceNotACrash()
    {
        Baseline();
        OutputTree.WriteEml(Actual, Messages());
        File.WriteAllBytes(Path.Combine(Actual, Messages()[0].RelativePath), [0xFF, 0xFE, 0, 1]);

        var result = Verify(Actual, VerifiedFolder);

        Assert.Contains("malformed", Assert.Single(result.Differences).Fields);
    }

    [Fact]
    public void OnCiAcceptingWritesNoVerifiedFile()
    {
        OutputTree.WriteEml(Actual, Messages());

        var result = Verify(Actual, VerifiedFolder, TestEnvironments.With(("CI", "true"), ("MAILMIG_ACCEPT", "true")));

        Assert.Equal(4, result.New.Count);
        Assert.Empty(SnapshotOrphans.ListNames(VerifiedFolder, SnapshotFile.VerifiedExtension));
        Assert.Equal(4, SnapshotOrphans.ListNames(VerifiedFolder, SnapshotFile.ReceivedExtension).Count);
    }

    [Fact]
    public void TheAcceptSwitchMakesTheVerifiedFolderMirrorTheOutput()
    {
        Baseline();
        var messages = Messages();
        messages[0].Folder = "Trash";
        messages.RemoveAt(3);
        OutputTree.WriteEml(Actual, messages);

        var accepted = Verify(Actual, VerifiedFolder, TestEnvironments.With(("MAILMIG_ACCEPT", "true")));
        var again = Verify(Actual, VerifiedFolder);

        Assert.True(accepted.IsSuccess);
        Assert.Equal(3, accepted.Accepted.Count);
        Assert.True(again.IsSuccess, again.Describe());
    }

    [Fact]
    public void MboxOutputIsVerifiedPerEntryNamedByItsSourceIndex()
    {
        var messages = Messages();
        messages[0].Body = "From the start of a line\n>From quoted";
        OutputTree.WriteMbox(_temp.Combine("baseline"), messages);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(_temp.Combine("baseline"), VerifiedFolder);
        OutputTree.WriteMbox(Actual, messages);

        var result = Verify(Actual, VerifiedFolder);
        var projection = File.ReadAllText(Path.Combine(VerifiedFolder, "Smith, Grover", "Inbox", "000001.verified.txt"));

        Assert.True(result.IsSuccess, result.Describe());
        Assert.Equal(4, result.Matched.Count);
        Assert.Contains("  | From the start of a line\n  | >From quoted", projection);
        Assert.Contains("read: no (mbox Status: O)", projection);
    }
}
