namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A personal address book as the manifest expects it (an <c>addressBook</c> record).</summary>
/// <param name="Mailbox">The owner's mailbox name.</param>
/// <param name="Contacts">The contacts that must exist, in book order.</param>
/// <param name="Blank">How many blank entries the book had, of which no contact may be made.</param>
public sealed record ExpectedAddressBook(string Mailbox, IReadOnlyList<ExpectedContact> Contacts, int Blank);
