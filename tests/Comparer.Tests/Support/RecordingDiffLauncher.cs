using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>A diff launcher that only records what it was asked to show.</summary>
internal sealed class RecordingDiffLauncher : IDiffLauncher
{
    public List<(string Received, string Verified)> Launches { get; } = [];

    public Task LaunchAsync(string receivedPath, string verifiedPath)
    {
        Launches.Add((receivedPath, verifiedPath));
        return Task.CompletedTask;
    }
}
