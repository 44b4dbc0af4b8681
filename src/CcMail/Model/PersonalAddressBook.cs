namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A user's personal address book: its entries in book order.</summary>
public sealed class PersonalAddressBook
{
    /// <summary>The owner's mailbox name.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The entries in book order, blank ones included.</summary>
    public List<AddressBookEntry> Entries { get; set; } = [];
}
