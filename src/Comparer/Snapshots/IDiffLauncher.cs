namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Opens a diff tool on a received and a verified snapshot; injectable so tests can see whether it was asked to.</summary>
public interface IDiffLauncher
{
    /// <summary>Shows the difference between <paramref name="receivedPath"/> and <paramref name="verifiedPath"/>.</summary>
    Task LaunchAsync(string receivedPath, string verifiedPath);
}
