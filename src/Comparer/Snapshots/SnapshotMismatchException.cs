namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Thrown by <see cref="MessageSnapshot.VerifyAsync"/> when a snapshot is new or differs; the message is Verify's layout with the diff inline.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception for <paramref name="outcome"/> with the failure text <paramref name="message"/>.</summary>
    public SnapshotMismatchException(SnapshotOutcome outcome, string message)
        : base(message) => Outcome = outcome;

    /// <summary>The failing outcome: status, files, differing fields and diff.</summary>
    public SnapshotOutcome Outcome { get; }
}
