namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>A mailbox record: the public mailbox info and where its index entries and message records start and end.</summary>
internal sealed record Db8MailboxEntry(Db8MailboxInfo Info, long IndexOffset, long StoreStart, long StoreEnd);
