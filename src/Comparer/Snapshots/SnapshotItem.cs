using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>One message's snapshot decision before it is committed: its name, the outcome (no file touched yet) and where it was found.</summary>
internal sealed record SnapshotItem(string Name, SnapshotOutcome Outcome, MessageLocation? Location);
