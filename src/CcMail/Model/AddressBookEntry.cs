using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Model;

/// <summary>One entry of a personal address book: a name, an address in the address grammar, a comment; all may be blank (KB Q250361).</summary>
public sealed class AddressBookEntry
{
    /// <summary>The entry's name as the owner typed it (empty when blank).</summary>
    public string Name { get; set; } = "";

    /// <summary>The entry's address, parsed (SMTP entries included, KB Q253196), or null when the entry has none.</summary>
    public CcAddress? Address { get; set; }

    /// <summary>The free-text comment, or null.</summary>
    public string? Comment { get; set; }

    /// <summary>Whether the entry is blank: no name and no address, so no contact can be made from it.</summary>
    public bool IsBlank => Name.Trim().Length == 0 && (Address is null || Address.Raw.Trim().Length == 0);
}
