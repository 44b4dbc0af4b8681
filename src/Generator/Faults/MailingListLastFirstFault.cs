using MailMig.Fidelity.Generator.Addresses;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q214838: "Last, First" entries of personal mailing lists came out empty: the comma was taken for a
 * list separator and the name alone never resolved. The fault gives the first user a list whose members
 * are written as names alone, "Last, First", which mean users of the own post office (KB Q241553).
 */

/// <summary>Personal mailing list members written <c>Last, First</c> with no post office (KB Q214838).</summary>
public sealed class MailingListLastFirstFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "mailing-list-last-first";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 44, ["Q214838"], FaultWhere.Model, FaultScope.PersonalData, FaultOutcome.Migrated, null,
            "personal mailing list members written `Last, First`, no post office")
        { InAll = false };

    /// <inheritdoc/>
    public override bool NeedsPersonalData => true;

    /// <inheritdoc/>
    public override void ShapePersonalData(PersonalDataDraft draft)
    {
        var users = draft.PostOffice.Users;
        var members = users.Select(u => AddressFactory.NameOnly(u.Name, draft.PostOffice.Name)).ToList();
        var list = draft.AddList(users[0], "Last, First list", members);
        draft.Mark(Descriptor, PersonalDataKind.MailingList, list, detail: string.Join("; ", members.Select(m => m.Raw)));
    }
}
