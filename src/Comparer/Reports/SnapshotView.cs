using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Comparer.Reports;

/// <summary>The texts a report shows for one snapshot difference, redacted when asked.</summary>
/// <param name="Verified">The verified projection (empty for a new snapshot).</param>
/// <param name="Received">The received projection.</param>
/// <param name="Diff">The unified diff from verified to received.</param>
internal sealed record SnapshotView(string Verified, string Received, string Diff)
{
    /// <summary>Builds the view of <paramref name="difference"/>; redacted views are diffed after redaction, so no content leaks through the diff.</summary>
    public static SnapshotView Of(SnapshotDifference difference, bool redact)
    {
        var outcome = difference.Outcome;
        if (!redact)
        {
            return new SnapshotView(outcome.VerifiedText ?? "", outcome.ReceivedText, outcome.Diff.Length > 0 ? outcome.Diff : UnifiedDiff.Create(outcome.VerifiedText ?? "", outcome.ReceivedText));
        }

        var verified = ProjectionRedactor.Redact(outcome.VerifiedText ?? "");
        var received = ProjectionRedactor.Redact(outcome.ReceivedText);
        return new SnapshotView(verified, received, UnifiedDiff.Create(verified, received));
    }

    /// <summary>The mailbox part (first path segment, decoded) of a snapshot name.</summary>
    public static string MailboxOf(string snapshotName)
    {
        var slash = snapshotName.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "(root)" : Output.PathSegments.Decode(snapshotName[..slash]);
    }
}
