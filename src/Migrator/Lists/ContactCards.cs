using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Addresses;

namespace MailMig.Fidelity.Migrator.Lists;

/*
 * One owner's address book and mailing lists as vCard 4.0: each entry that is not blank is a contact
 * (KIND:individual) whose EMAIL is the entry's address mapped as message addresses are
 * (docs/address-mapping.md: SMTP stays SMTP, every other type is IMCEA-encapsulated) and whose
 * X-MAILMIG-ADDRESS keeps the proxy; each list is a group (KIND:group) with one MEMBER mailto: URI per
 * member, in list order. A blank entry (no name, no address; KB Q250361) makes no card.
 */

/// <summary>Renders one owner's contacts and groups as a vCard 4.0 file.</summary>
public static class ContactCards
{
    /// <summary>The cards of <paramref name="book"/> (or none) and <paramref name="lists"/>, and how many of each were written and how many blank entries were left out.</summary>
    public static (byte[] Bytes, int Contacts, int Groups, int Blank) Render(PersonalAddressBook? book, IReadOnlyList<PersonalMailingList> lists, AddressMapper addresses)
    {
        var cards = new VCardWriter();
        var contacts = 0;
        var blank = 0;
        foreach (var entry in book?.Entries ?? [])
        {
            if (entry.IsBlank)
            {
                blank++;
                continue;
            }

            WriteContact(cards, entry, addresses);
            contacts++;
        }

        foreach (var list in lists)
        {
            cards.Begin("group", list.Name);
            foreach (var member in list.Members)
            {
                cards.Uri("MEMBER", VCardWriter.MailTo(addresses.Map(member).AddrSpec));
            }

            cards.End();
        }

        return (cards.ToBytes(), contacts, lists.Count, blank);
    }

    /// <summary>The contact's name: the entry's name, or the address's display name or text when the name is blank.</summary>
    public static string ContactName(AddressBookEntry entry, MappedAddress? mapped) =>
        entry.Name.Trim().Length > 0 ? entry.Name : mapped?.DisplayName ?? mapped?.Address ?? "";

    private static void WriteContact(VCardWriter cards, AddressBookEntry entry, AddressMapper addresses)
    {
        var mapped = entry.Address is null ? null : addresses.Map(entry.Address);
        cards.Begin("individual", ContactName(entry, mapped));
        if (mapped is not null)
        {
            cards.Property("EMAIL", mapped.AddrSpec);
            cards.Property("X-MAILMIG-ADDRESS", mapped.Proxy);
        }

        if (entry.Comment is { Length: > 0 } comment)
        {
            cards.Property("NOTE", comment);
        }

        cards.End();
    }
}
