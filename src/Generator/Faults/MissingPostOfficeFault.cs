using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q241553: a local recipient written as a name alone, with no post office; the name means the
 * mailbox's own post office. The event needs a local recipient to rewrite, so the planner drops the
 * fault when none fits.
 */

/// <summary>A local recipient written as a name alone (KB Q241553).</summary>
public sealed class MissingPostOfficeFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "missing-post-office";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 2, ["Q241553"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a local recipient written as a name alone");

    /// <inheritdoc/>
    public override bool NeedsLocalRecipient => true;

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var postOffice = context.PostOffice;
        var local = content.To.FindIndex(a => postOffice.Users.Any(u => ReferenceEquals(u.Address, a)));
        if (local >= 0)
        {
            content.To[local] = AddressFactory.NameOnly(content.To[local].DisplayName!, postOffice.Name);
            content.Marks.Add(Mark(LineKeywords.To, local));
        }
    }
}
