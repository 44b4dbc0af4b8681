namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>The result of verifying one snapshot: status, files, differing fields and the unified diff.</summary>
/// <param name="Name">The snapshot's name (its verified path without extension, relative to its folder).</param>
/// <param name="Status">What the comparison found.</param>
/// <param name="VerifiedPath">The verified file's full path.</param>
/// <param name="ReceivedPath">The received file's full path (written only when the status is New or NotEqual and writing was allowed).</param>
/// <param name="ReceivedText">The projection that was produced.</param>
/// <param name="VerifiedText">The verified file's normalised text, or null when it does not exist.</param>
/// <param name="Fields">The projection fields that differ (every field of a new snapshot is not listed: empty for New).</param>
/// <param name="Diff">The unified diff from verified to received, or empty.</param>
public sealed record SnapshotOutcome(
    string Name,
    SnapshotStatus Status,
    string VerifiedPath,
    string ReceivedPath,
    string ReceivedText,
    string? VerifiedText,
    IReadOnlyList<string> Fields,
    string Diff)
{
    /// <summary>Whether the snapshot passes (matched, or accepted).</summary>
    public bool Passed => Status is SnapshotStatus.Matched or SnapshotStatus.Accepted;
}
