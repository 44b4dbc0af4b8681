namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>A mailbox as the DB8 index lists it, before its messages are read.</summary>
/// <param name="Id">The mailbox's number in the store.</param>
/// <param name="Name">The owner's name.</param>
/// <param name="Folders">Its folders as <c>\</c>-joined paths, in store order.</param>
/// <param name="MessageCount">How many messages the witnesses (mailbox list, index, records) say it holds.</param>
/// <param name="RecoveredFrom">Null for a mailbox the mailbox list holds; else the witness it was recovered from: <c>index</c> or <c>records</c>.</param>
public sealed record Db8MailboxInfo(int Id, string Name, IReadOnlyList<string> Folders, int MessageCount, string? RecoveredFrom = null);
