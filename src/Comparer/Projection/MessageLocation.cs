namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Where a migrated message was found in an output folder, and the names derived from that place.</summary>
/// <param name="RelativePath">The output file relative to the output root, with <c>/</c> separators.</param>
/// <param name="Entry">The 1-based entry number inside a multi-message file (mbox), or null for one-message files.</param>
/// <param name="Mailbox">The mailbox name decoded from the first path segment, or null when the file is at the root.</param>
/// <param name="Folder">The folder path decoded from the remaining directory segments, joined by <c>\</c>.</param>
/// <param name="SnapshotName">The snapshot's path without extension relative to a verified folder (<c>Smith%2C Grover/Inbox/000017</c>).</param>
public sealed record MessageLocation(string RelativePath, int? Entry, string? Mailbox, string Folder, string SnapshotName)
{
    /// <summary>The location for people: the relative path, with <c>#entry</c> for an mbox entry.</summary>
    public override string ToString() =>
        Entry is null ? RelativePath : RelativePath + "#" + Entry.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
