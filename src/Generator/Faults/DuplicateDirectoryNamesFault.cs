using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q194218, Q200564, Q234665: two directory entries with one name at different post offices; a
 * migration that keys on the name merges two people. The directory gets both entries (the name is
 * reserved so no generated user takes it), and each variant sends mail from one of them.
 */

/// <summary>Two directory entries with one name at different post offices, both sending mail (KB Q194218).</summary>
public sealed class DuplicateDirectoryNamesFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "duplicate-directory-names";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 7, ["Q194218", "Q200564", "Q234665"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "two directory entries with one name at different post offices, both sending mail")
        { ConflictGroup = "from", TargetCount = 2 };

    /// <summary>The remote user whose name two post offices share.</summary>
    public const string Name = "Lee, Chris";

    /// <inheritdoc/>
    public override IEnumerable<string> ReservedNames => [Name];

    /// <inheritdoc/>
    public override SenderRule Sender(int variant) => SenderRule.FromOutside;

    /// <inheritdoc/>
    public override void ShapePostOffice(PostOfficeDraft draft)
    {
        draft.DirectoryOnlyUsers.Add(new RemoteUser(Name, draft.OtherPostOffices[0]));
        draft.DirectoryOnlyUsers.Add(new RemoteUser(Name, draft.OtherPostOffices[1]));
    }

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var duplicate = context.PostOffice.DirectoryOnlyUsers.Where(u => u.Name == Name).ElementAt(variant % 2);
        content.From = AddressFactory.Native(duplicate.Name, duplicate.PostOffice);
        content.Marks.Add(Mark(LineKeywords.From, detail: duplicate.PostOffice));
    }
}
