namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>The snapshot names one output group has in the verified folder, listed when the group's first file is due.</summary>
/// <param name="Verified">The names with a <c>.verified.txt</c> file.</param>
/// <param name="Received">The names with a <c>.received.txt</c> file.</param>
internal sealed record SnapshotGroup(HashSet<string> Verified, HashSet<string> Received);
