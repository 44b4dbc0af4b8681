using DiffEngine;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ProcessEnvironmentTests : IDisposable
{
    private static readonly string[] Variables = ["CI", "MAILMIG_ACCEPT", "DiffEngine_Disabled"];
    private readonly Dictionary<string, string?> _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private readonly bool _buildServer = BuildServerDetector.Detected;
    private readonly TempFolder _temp = new();
    private readonly RecordingDiffLauncher _launcher = new();

    public ProcessEnvironmentTests()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        BuildServerDetector.Detected = false;
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        BuildServerDetector.Detected = _buildServer;
        _temp.Dispose();
    }

    private Task<SnapshotOutcome> VerifyWithTheProcessEnvironment() =>
        MessageSnapshot.VerifyAsync(Mutations.Baseline().ToText(), new SnapshotSettings { DiffLauncher = _launcher }, _temp.Combine("EnvTests.cs"), "Run");

    [Fact]
    public async Task CiTrueInTheProcessEnvironmentWritesNoVerifiedFileAndLaunchesNoDiffTool()
    {
        Environment.SetEnvironmentVariable("CI", "true");
        Environment.SetEnvironmentVariable("MAILMIG_ACCEPT", "true");

        var failure = await Assert.ThrowsAsync<SnapshotMismatchException>(VerifyWithTheProcessEnvironment);

        Assert.Equal(SnapshotStatus.New, failure.Outcome.Status);
        Assert.False(File.Exists(_temp.Combine("EnvTests.Run.verified.txt")));
        Assert.True(File.Exists(_temp.Combine("EnvTests.Run.received.txt")));
        Assert.Empty(_launcher.Launches);
        Assert.Throws<InvalidOperationException>(() => new SnapshotAcceptor().AcceptReceived(_temp.Path));
    }

    [Fact]
    public async Task MailmigAcceptInTheProcessEnvironmentAcceptsLocally()
    {
        Environment.SetEnvironmentVariable("MAILMIG_ACCEPT", "true");

        var outcome = await VerifyWithTheProcessEnvironment();

        Assert.Equal(SnapshotStatus.Accepted, outcome.Status);
        Assert.True(File.Exists(_temp.Combine("EnvTests.Run.verified.txt")));
        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public async Task WithoutSwitchesALocalRunOpensTheDiffTool()
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(VerifyWithTheProcessEnvironment);

        Assert.Single(_launcher.Launches);
    }

    [Fact]
    public async Task DiffEngineDisabledInTheProcessEnvironmentKeepsTheDiffToolClosed()
    {
        Environment.SetEnvironmentVariable("DiffEngine_Disabled", "true");

        await Assert.ThrowsAsync<SnapshotMismatchException>(VerifyWithTheProcessEnvironment);

        Assert.Empty(_launcher.Launches);
    }

    [Fact]
    public void TheEnvironmentIsReadAtEveryQuestionNotCached()
    {
        var environment = SnapshotEnvironment.FromProcess();
        Assert.True(environment.MayWriteVerified);

        Environment.SetEnvironmentVariable("CI", "true");

        Assert.False(environment.MayWriteVerified);
        Assert.False(environment.MayLaunchDiffTool);
    }
}
