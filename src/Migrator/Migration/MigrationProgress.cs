namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A snapshot of a running migration.</summary>
/// <param name="MailboxesDone">Mailboxes finished.</param>
/// <param name="MailboxesTotal">Mailboxes in the source.</param>
/// <param name="MessagesDone">Messages accounted for.</param>
/// <param name="MessagesTotal">Messages the source says it holds, or null when unknown.</param>
/// <param name="Skipped">Messages skipped so far.</param>
public sealed record MigrationProgress(int MailboxesDone, int MailboxesTotal, long MessagesDone, long? MessagesTotal, long Skipped);
