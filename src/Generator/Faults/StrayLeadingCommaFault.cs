using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q179677: mail through the Exchange connector arrived from ",User [SMTP:user@domain] at site";
 * the comma is noise. The fault writes the From line, so the event is mail from outside.
 */

/// <summary>A sender ',User [SMTP:user@domain] at site' (KB Q179677).</summary>
public sealed class StrayLeadingCommaFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "stray-leading-comma";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 5, ["Q179677"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a sender ',User [SMTP:user@domain] at site'")
        { ConflictGroup = "from" };

    /// <inheritdoc/>
    public override SenderRule Sender(int variant) => SenderRule.FromOutside;

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var faker = context.Faker;
        var name = $"{faker.Name.FirstName()} {faker.Name.LastName()}";
        content.From = AddressFactory.Bracketed(name, "SMTP", $"{ForeignAddresses.Ascii(name).ToLowerInvariant()}@exchange.example", Gateways.ExchangeSite, strayComma: true);
        content.Marks.Add(Mark(LineKeywords.From));
    }
}
