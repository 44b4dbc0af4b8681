using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * Verifies a whole migrated output folder against a folder of verified snapshots that mirrors the
 * output layout: <mailbox>/<folder>/<index>.verified.txt per message. The work is FolderComparison's
 * single pass (SnapshotPass): the verified folder is listed one mailbox folder at a time (verified
 * and received names), so a run costs one read of each message and of each snapshot and no
 * per-file existence checks. A message found in
 * another folder than its snapshot (same mailbox, same index file name) is reported as one
 * difference with field "location" rather than as one new snapshot plus one orphan. The output
 * is walked without following links (OutputWalker); what is not a regular file is listed in
 * NotRegularFiles and fails the verification, but is never opened (and never accepted).
 */

/// <summary>Verifies every message of a migrated output folder against <c>&lt;mailbox&gt;/&lt;folder&gt;/&lt;index&gt;.verified.txt</c> snapshots.</summary>
public sealed class SnapshotFolderVerifier
{
    private readonly SnapshotSettings _settings;

    /// <summary>Creates a verifier with <paramref name="settings"/> (projection, environment, accept override); never launches diff tools.</summary>
    public SnapshotFolderVerifier(SnapshotSettings? settings = null) => _settings = settings ?? new SnapshotSettings();

    /// <summary>The formats used to read the actual folder; add an Exchange 5.5 reader here when it exists.</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>How many threads project messages; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Verifies the mailboxes of the mail server <paramref name="store"/> against <paramref name="verifiedFolder"/>, writing received files for new and differing messages.</summary>
    public FolderVerificationResult Verify(ImapMailStore store, string verifiedFolder, CancellationToken cancellationToken = default) =>
        new FolderComparison(_settings) { MaxDegreeOfParallelism = MaxDegreeOfParallelism }.Compare(store, verifiedFolder, null, null, cancellationToken).Snapshots!;

    /// <summary>Verifies <paramref name="actualFolder"/> against <paramref name="verifiedFolder"/>, writing received files for new and differing messages.</summary>
    public FolderVerificationResult Verify(string actualFolder, string verifiedFolder, CancellationToken cancellationToken = default)
    {
        var comparison = new FolderComparison(_settings) { MaxDegreeOfParallelism = MaxDegreeOfParallelism };
        comparison.Formats.Clear();
        comparison.Formats.AddRange(Formats);
        return comparison.Compare(actualFolder, verifiedFolder, null, null, cancellationToken).Snapshots!;
    }
}
