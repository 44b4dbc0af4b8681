using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q250361: migrating personal address books made blank contacts. The fault puts blank entries (no
 * name, no address; one with only spaces and a comment) between real ones in the first user's book.
 * No contact may be made from a blank entry, and the real entries around them must all arrive.
 */

/// <summary>Blank entries in a personal address book, from which no contact may be made (KB Q250361).</summary>
public sealed class AddressBookBlankContactFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "address-book-blank-contact";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 46, ["Q250361"], FaultWhere.Model, FaultScope.PersonalData, FaultOutcome.Migrated, null,
            "blank personal address book entries (no name, no address) between real ones")
        { InAll = false };

    /// <inheritdoc/>
    public override bool NeedsPersonalData => true;

    /// <inheritdoc/>
    public override void ShapePersonalData(PersonalDataDraft draft)
    {
        var users = draft.PostOffice.Users;
        var book = draft.BookOf(users[0]);
        var entries = draft.Data.AddressBooks[book].Entries;
        entries.Add(new AddressBookEntry());
        entries.Add(new AddressBookEntry { Name = users[^1].Name, Address = users[^1].Address });
        entries.Add(new AddressBookEntry { Name = "   ", Comment = "old entry" });
        draft.Mark(Descriptor, PersonalDataKind.AddressBook, book, detail: "2 blank entries");
    }
}
