using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q197114: messages whose recipients mixed every address type were where gateways went wrong.
 * One message gets a recipient of every foreign type beside its native ones.
 */

/// <summary>Recipients of every address type in one message (KB Q197114).</summary>
public sealed class MixedAddressTypesFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "mixed-address-types";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 1, ["Q197114"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "recipients of every address type in one message");

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var foreign = context.Foreign;
        var faker = context.Faker;
        var first = content.To.Count;
        content.To.Add(foreign.Of(ForeignForm.Remote, faker));
        content.To.Add(foreign.Of(ForeignForm.SmtpAtGateway, faker));
        content.To.Add(foreign.Of(ForeignForm.SmtpBracketed, faker));
        content.To.Add(foreign.Of(ForeignForm.SmtpTyped, faker));
        content.To.Add(foreign.Of(ForeignForm.X400Typed, faker));
        content.To.Add(foreign.Of(ForeignForm.Attmail, faker));
        content.To.Add(foreign.Of(ForeignForm.MsMail, faker));
        content.To.Add(foreign.Of(ForeignForm.Fax, faker));
        content.Cc.Add(foreign.Of(ForeignForm.Notes, faker));
        content.Cc.Add(foreign.Of(ForeignForm.Mhs, faker));
        content.Marks.Add(Mark(LineKeywords.To, first));
    }
}
