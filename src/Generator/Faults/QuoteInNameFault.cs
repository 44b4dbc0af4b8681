using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q154099: a name containing a double quote is written with the quote doubled inside quotes.
 */

/// <summary>A name containing a double quote, written doubled inside quotes (KB Q154099).</summary>
public sealed class QuoteInNameFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "quote-in-name";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 4, ["Q154099"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a name containing a double quote, written doubled inside quotes");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var faker = context.Faker;
        var other = context.PostOffice.RemoteUsers[0].PostOffice;
        content.To.Add(AddressFactory.Native($"{faker.Name.LastName()}, {faker.Name.FirstName()} \"{(variant == 0 ? "Red" : "Doc")}\"", other));
        content.Marks.Add(Mark(LineKeywords.To, content.To.Count - 1));
    }
}
