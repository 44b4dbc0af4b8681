using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q137394: cc:Mail allowed 126 characters in an address line, yet exports held longer ones.
 */

/// <summary>An address line over 126 characters (KB Q137394).</summary>
public sealed class LongAddressFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "long-address";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 6, ["Q137394"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "an address line over 126 characters");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.To.Add(AddressFactory.Bracketed(
            "Regional Sales and Marketing Planning Committee Distribution", "X400",
            "/c=US/a=MCI/p=GLOBEX/o=SALES/ou1=REGIONAL/ou2=PLANNING/ou3=COMMITTEE/s=Distribution/g=List", Gateways.X400));
        content.Marks.Add(Mark(LineKeywords.To, content.To.Count - 1));
    }
}
