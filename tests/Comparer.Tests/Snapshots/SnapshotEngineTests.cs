using System.Text;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public sealed class SnapshotEngineTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly RecordingDiffLauncher _launcher = new();

    public void Dispose() => _temp.Dispose();

    private string Verified => _temp.Combine("T.M.verified.txt");

    private string Received => _temp.Combine("T.M.received.txt");

    private Task<SnapshotOutcome> VerifyAsync(SnapshotEnvironment environment, string text) =>
        new SnapshotEngine(environment, _launcher).VerifyAsync("T.M", Verified, text);

    [Fact]
    public async Task OnCiNothingWritesAVerifiedFileAndNoDiffToolIsLaunchedEvenWhenAcceptIsAsked()
    {
        var ci = TestEnvironments.With(("CI", "true"), ("MAILMIG_ACCEPT", "true"));

        var created = await VerifyAsync(ci, "subject: \"a\"");
        SnapshotFile.Write(Verified, "subject: \"a\"");
        var changed = await VerifyAsync(ci, "subject: \"b\"");

        Assert.Equal((SnapshotStatus.New, SnapshotStatus.NotEqual), (created.Status, changed.Status));
        Assert.Equal("subject: \"a\"", File.ReadAllText(Verified));
        Assert.Equal("subject: \"b\"", File.ReadAllText(Received));
        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task ADetectedBuildServerCountsAsCi()
    {
        var buildServer = SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["MAILMIG_ACCEPT"] = "true" }, buildServerDetected: true);

        var outcome = await VerifyAsync(buildServer, "x");

        Assert.Equal(SnapshotStatus.New, outcome.Status);
        Assert.False(File.Exists(Verified));
        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task TheAcceptSwitchWritesVerifiedFilesLocally()
    {
        var outcome = await VerifyAsync(TestEnvironments.With(("MAILMIG_ACCEPT", "true")), "accepted text");

        Assert.Equal(SnapshotStatus.Accepted, outcome.Status);
        Assert.Equal("accepted text", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task LocallyAMismatchOpensTheDiffToolOnReceivedAndVerified()
    {
        SnapshotFile.Write(Verified, "a");

        await VerifyAsync(TestEnvironments.Local(), "b");

        Assert.Equal([(Received, Verified)], _launcher.Launches);
    }

    [Fact]
    public async Task DiffEngineDisabledKeepsTheDiffToolClosed()
    {
        SnapshotFile.Write(Verified, "a");

        await VerifyAsync(TestEnvironments.With(("DiffEngine_Disabled", "true")), "b");

        Assert.Empty(_launcher.Launches);
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public async Task AMatchLaunchesNothingAndDeletesAStaleReceivedFile()
    {
        SnapshotFile.Write(Verified, "same");
        SnapshotFile.Write(Received, "old");

        var outcome = await VerifyAsync(TestEnvironments.Local(), "same");

        Assert.Equal(SnapshotStatus.Matched, outcome.Status);
        Assert.False(File.Exists(Received));
        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public void FilesAreWrittenAsUtf8WithoutBomWithLfAndNoFinalLineBreak()
    {
        SnapshotFile.Write(Verified, "a: é\nb: ½");

        Assert.Equal(Encoding.UTF8.GetBytes("a: é\nb: ½"), File.ReadAllBytes(Verified));
    }

    [Fact]
    public void ReadingToleratesABomCrLfAndOneFinalLineBreakButNothingMore()
    {
        File.WriteAllText(Verified, "\uFEFFa  \r\nb\n", new UTF8Encoding(true));

        Assert.Equal("a  \nb", SnapshotFile.Read(Verified));
        Assert.Equal("a\n", SnapshotFile.Normalise("a\n\n"));
    }
}
