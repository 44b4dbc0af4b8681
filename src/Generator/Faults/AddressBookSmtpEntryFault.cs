using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q253196: SMTP entries of personal address books were dropped. The fault adds to the first user's
 * address book one SMTP entry in each of the three notations (user@host at SMTPLINK, Name [SMTP:..] at
 * SMTPLINK, SMTP:user@host); each must become a contact with that SMTP address.
 */

/// <summary>Personal address book entries with SMTP addresses in the three notations (KB Q253196).</summary>
public sealed class AddressBookSmtpEntryFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "address-book-smtp-entry";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 45, ["Q253196"], FaultWhere.Model, FaultScope.PersonalData, FaultOutcome.Migrated, null,
            "personal address book entries with SMTP addresses: `user@host at SMTPLINK`, `Name [SMTP:user@host] at SMTPLINK`, `SMTP:user@host`")
        { InAll = false };

    /// <inheritdoc/>
    public override bool NeedsPersonalData => true;

    /// <inheritdoc/>
    public override void ShapePersonalData(PersonalDataDraft draft)
    {
        var domain = draft.Random.ArrayElement(Pools.Domains);
        var entries = new[]
        {
            new AddressBookEntry { Name = "Pat Parkes", Address = AddressFactory.SmtpAtGateway("pparkes@" + domain, Gateways.Smtp) },
            new AddressBookEntry { Name = "Brown, Elizabeth", Address = AddressFactory.Bracketed("Brown, Elizabeth", "SMTP", "ebrown@" + domain, Gateways.Smtp) },
            new AddressBookEntry { Name = "Help desk", Address = AddressFactory.Typed("SMTP", "help.desk@" + domain), Comment = "outside vendor" },
        };
        var book = draft.BookOf(draft.PostOffice.Users[0]);
        draft.Data.AddressBooks[book].Entries.AddRange(entries);
        draft.Mark(Descriptor, PersonalDataKind.AddressBook, book, detail: string.Join("; ", entries.Select(e => e.Address!.Raw)));
    }
}
