namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A message that was not migrated.</summary>
/// <param name="Mailbox">The mailbox name.</param>
/// <param name="Index">The 1-based source index.</param>
/// <param name="Reason">The skip reason id.</param>
/// <param name="Detail">A sentence saying what was wrong.</param>
/// <param name="Location">Where it was (or would have been) read.</param>
public sealed record SkippedMessage(string Mailbox, int Index, string Reason, string Detail, ReportLocation Location);
