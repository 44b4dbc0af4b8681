namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>One owner's contacts in the report.</summary>
/// <param name="Mailbox">The owner's mailbox name.</param>
/// <param name="Path">The vCard file, relative to the output root.</param>
/// <param name="Contacts">Contacts written (one per address book entry that is not blank).</param>
/// <param name="Groups">Groups written (one per personal mailing list).</param>
/// <param name="Blank">Blank address book entries, of which no contact was made.</param>
public sealed record ContactsReport(string Mailbox, string Path, int Contacts, int Groups, int Blank);
