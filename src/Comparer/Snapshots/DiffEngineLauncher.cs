using DiffEngine;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Launches the user's diff tool through DiffEngine (<c>DiffRunner.LaunchAsync</c>); only called when <see cref="SnapshotEnvironment.MayLaunchDiffTool"/> allows it.</summary>
public sealed class DiffEngineLauncher : IDiffLauncher
{
    /// <inheritdoc />
    public async Task LaunchAsync(string receivedPath, string verifiedPath) =>
        await DiffRunner.LaunchAsync(receivedPath, verifiedPath).ConfigureAwait(false);
}
