using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q198861, Q279175: in code page 932 the trail byte of a double-byte character can be 0x5C (\),
 * 0x5B or 0x5D, which readers took for the grammar's delimiters and turned into ???.
 */

/// <summary>cp932 subjects and names whose trail bytes are 0x5C, 0x5B or 0x5D (KB Q198861, Q279175).</summary>
public sealed class Dbcs5cSubjectFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "dbcs-5c-subject";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 36, ["Q198861", "Q279175"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "cp932 subjects and names whose trail bytes are 0x5C, 0x5B or 0x5D")
        { ConflictGroup = "subject", NeedsDbcs = true };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.Subject = Pools.Dbcs5CSubjects[variant % Pools.Dbcs5CSubjects.Length];
        content.Cc.Add(AddressFactory.Native("十河, ソウタ", context.PostOffice.RemoteUsers[0].PostOffice));
        content.Marks.Add(Mark(LineKeywords.Subject));
    }
}
